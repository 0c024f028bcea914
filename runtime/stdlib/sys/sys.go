// Package sys implements Python's sys module for Asobiba.
//
// sys describes an interpreter that runs without an operating system: sys.platform is
// "linux" (the platform of the CPython oracle whose outputs Asobiba reproduces, so programs
// that test `sys.platform == "win32"` take the same branch as there), sys.executable is
// empty, and sys.path holds only the program's folder. The standard streams are the
// vm.TextStream objects over the host's writers; they may be reassigned, and print() and
// input() follow the reassignment.
package sys

import (
	"math"
	"slices"

	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// Version is sys.version.
const Version = "3.12.0 (asobiba)"

var (
	versionInfo = modkit.NewStructSeq("sys", "version_info",
		[]string{"major", "minor", "micro", "releaselevel", "serial"}, 5)
	flagsType = modkit.NewStructSeq("sys", "flags", []string{
		"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
		"no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
		"quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
		"warn_default_encoding", "safe_path", "int_max_str_digits"}, 18)
	floatInfo = modkit.NewStructSeq("sys", "float_info", []string{
		"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
		"mant_dig", "epsilon", "radix", "rounds"}, 11)
	intInfo = modkit.NewStructSeq("sys", "int_info", []string{
		"bits_per_digit", "sizeof_digit", "default_max_str_digits",
		"str_digits_check_threshold"}, 4)
	hashInfo = modkit.NewStructSeq("sys", "hash_info", []string{
		"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits",
		"cutoff"}, 9)
	threadInfo = modkit.NewStructSeq("sys", "thread_info", []string{"name", "lock", "version"}, 3)
	// asyncgenHooks is what sys.get_asyncgen_hooks returns (CPython names it without "sys.").
	asyncgenHooks = modkit.NewStructSeq("builtins", "asyncgen_hooks", []string{"firstiter", "finalizer"}, 2)
)

// Namespace is the class of sys.implementation (CPython's types.SimpleNamespace).
var Namespace = func() *vm.Type {
	t := modkit.NewClass("types", "SimpleNamespace", nil)
	t.AddMethod("__repr__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		inst := args[0].(*vm.Instance)
		s := "namespace("
		i := 0
		var err error
		inst.Dict.Items(func(k, v vm.Value) bool {
			var r string
			if r, err = vm.Repr(th, v); err != nil {
				return false
			}
			if i > 0 {
				s += ", "
			}
			ks, _ := modkit.Str(k)
			s += ks + "=" + r
			i++
			return true
		})
		return vm.Str(s + ")"), err
	})
	return t
}()

// Load builds the sys module for th's interpreter.
func Load(th *vm.Thread) (*vm.Module, error) {
	in := th.Interp
	m := modkit.NewModule("sys", "This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter.")
	set := func(name string, v vm.Value) { modkit.Set(m, name, v) }
	vinfo := versionInfo.New(vm.Int(3), vm.Int(12), vm.Int(0), vm.Str("final"), vm.Int(0))
	set("version", vm.Str(Version))
	set("version_info", vinfo)
	set("hexversion", vm.Int(0x030c00f0))
	set("api_version", vm.Int(1013))
	set("copyright", vm.Str("Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved."))
	impl := &vm.Instance{Class: Namespace, Dict: vm.NewDict()}
	impl.Dict.SetStr("name", vm.Str("asobiba"))
	impl.Dict.SetStr("cache_tag", vm.None)
	impl.Dict.SetStr("version", vinfo)
	impl.Dict.SetStr("hexversion", vm.Int(0x030c00f0))
	impl.Dict.SetStr("_multiarch", vm.Str("wasm32"))
	set("implementation", impl)
	set("platform", vm.Str("linux"))
	set("byteorder", vm.Str("little"))
	set("maxsize", vm.Int(math.MaxInt64))
	set("maxunicode", vm.Int(0x10ffff))
	for _, name := range []string{"executable", "_base_executable", "prefix", "base_prefix", "exec_prefix", "base_exec_prefix", "abiflags"} {
		set(name, vm.Str(""))
	}
	set("platlibdir", vm.Str("lib"))
	set("float_repr_style", vm.Str("short"))
	set("dont_write_bytecode", vm.True)
	set("pycache_prefix", vm.None)
	argv := make([]vm.Value, len(in.Argv))
	for i, a := range in.Argv {
		argv[i] = vm.Str(a)
	}
	if len(argv) == 0 {
		argv = []vm.Value{vm.Str("")}
	}
	set("argv", vm.NewList(argv))
	set("orig_argv", vm.NewList(append([]vm.Value{vm.Str("python3")}, argv...)))
	set("path", vm.NewList([]vm.Value{vm.Str("")}))
	set("meta_path", vm.NewList(nil))
	set("path_hooks", vm.NewList(nil))
	set("path_importer_cache", vm.NewDict())
	set("warnoptions", vm.NewList(nil))
	set("_xoptions", vm.NewDict())
	if in.Modules != nil {
		set("modules", in.Modules)
	}
	stdout := vm.NewTextWriter("<stdout>", in.Stdout, 1)
	stderr := vm.NewTextWriter("<stderr>", in.Stderr, 2)
	stdin := vm.NewTextReader("<stdin>", in.Stdin, 0)
	for name, v := range map[string]vm.Value{"stdout": stdout, "stderr": stderr, "stdin": stdin} {
		set(name, v)
		set("__"+name+"__", v)
	}
	set("flags", flagsType.New(vm.Int(0), vm.Int(0), vm.Int(0), vm.Int(0), vm.Int(1), vm.Int(0),
		vm.Int(0), vm.Int(0), vm.Int(0), vm.Int(0), vm.Int(0), vm.Int(0), vm.Int(0),
		vm.False, vm.Int(1), vm.Int(0), vm.False, vm.Int(-1)))
	set("float_info", floatInfo.New(vm.Float(math.MaxFloat64), vm.Int(1024), vm.Int(308),
		vm.Float(2.2250738585072014e-308), vm.Int(-1021), vm.Int(-307), vm.Int(15), vm.Int(53),
		vm.Float(2.220446049250313e-16), vm.Int(2), vm.Int(1)))
	set("int_info", intInfo.New(vm.Int(30), vm.Int(4), vm.Int(4300), vm.Int(640)))
	set("hash_info", hashInfo.New(vm.Int(64), vm.Int(2305843009213693951), vm.Int(314159),
		vm.Int(0), vm.Int(1000003), vm.Str("siphash13"), vm.Int(64), vm.Int(128), vm.Int(0)))
	set("thread_info", threadInfo.New(vm.Str("pthread"), vm.Str("mutex+cond"), vm.None))
	// Sorted as strings with slices.Sort, which the engine has run before this (sort.Slice
	// would be code of its own, reflection included, for the browser to compile first).
	names := make([]string, 0, len(in.Loaders))
	for name := range in.Loaders {
		names = append(names, name)
	}
	slices.Sort(names)
	builtinNames := make(vm.Tuple, len(names))
	for i, name := range names {
		builtinNames[i] = vm.Str(name)
	}
	set("builtin_module_names", builtinNames)
	stdlibNames, err := vm.Call(th, vm.FrozenSetType, []vm.Value{stdlibModuleNames()}, nil)
	if err != nil {
		return nil, err
	}
	set("stdlib_module_names", stdlibNames)
	loadFunctions(m)
	return m, nil
}

// stdlibModuleNames is vm.StdlibModuleNames as a tuple of str.
func stdlibModuleNames() vm.Tuple {
	out := make(vm.Tuple, len(vm.StdlibModuleNames))
	for i, n := range vm.StdlibModuleNames {
		out[i] = vm.Str(n)
	}
	return out
}
