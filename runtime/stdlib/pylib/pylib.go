// Package pylib holds the standard-library modules that Asobiba provides as Python source.
//
// Many Python modules (functools, collections, itertools, enum, typing, json, ...) are
// easiest to write, read and keep faithful to CPython when they are written in Python
// itself. Their sources live beside this file as <name>.py, or <name>/__init__.py plus
// submodules for packages, and are embedded into the binary. The importer asks Source for a
// module's text when no Go-implemented module of that name exists, compiles it, and runs it
// like any other module; nothing here depends on the VM.
//
// Built with the tag stdlibfetch (the browser engine), the package embeds none of them: the
// host hands it a bundle (see EncodeBundle) that lists every file, and a function that
// fetches a file's text when its module is first imported, or, for the modules the engine
// ships compiled, only when a traceback shows one of their lines.
//
// The sources are original code written for Asobiba. They may import only each other and the
// modules implemented in Go: sys, math, _asobiba, and the Go cores under Python modules
// (_hashlib, _random, _warnings, _weakref, posix). They never use exec or eval, and only
// traceback and inspect read frames (their whole point); when a module would need help
// from the interpreter it asks _asobiba for it and, except traceback, falls back to a
// portable behaviour when the hook is missing.
//
// Go hooks the sources use when present (optional except for traceback):
//
//   - _asobiba.caller_module(depth int) str: returns the __name__ global of the Python frame
//     depth levels above the caller of caller_module (depth 1 is the caller's caller), or
//     None when there is no such frame. namedtuple, Enum's functional API, TypedDict and
//     NamedTuple's functional forms and TypeVar use it to set __module__ the way CPython does
//     with sys._getframe; without it those classes report the defining pylib module.
//   - _asobiba.source_line(filename str, lineno int) str: line lineno of a file the
//     interpreter compiled, without its line end, or None. traceback's summaries and
//     inspect.getsource read source lines with it (CPython's linecache).
//   - _asobiba.traceback_entries(tb, carets bool) list: a (filename, lineno, name, carets)
//     tuple for each entry of a traceback, outermost first, including entries without a
//     frame; carets is the ~~~^^^ line under the entry's source line ("" for none) when
//     asked for, else None. traceback.format_tb draws it.
//   - _asobiba.format_exception(exc, limit, chain) str: exc formatted by the interpreter's
//     own printer of uncaught exceptions, with its chain, groups and notes, so that
//     traceback.format_exc() and print_exception() print exactly what it does.
//
// What the sources expect of the interpreter itself, beyond the core language:
//
//   - object.__new__(cls) raises TypeError("Can't instantiate abstract class C without an
//     implementation for abstract method 'f'") when cls.__abstractmethods__ is a non-empty
//     set, names sorted and joined with "', '" (CPython 3.12 wording). abc.ABCMeta also checks
//     this in its __call__, so programs see the error either way.
//   - The class statement honours __mro_entries__ (setting __orig_bases__), __class_getitem__,
//     __init_subclass__, __set_name__ and a metaclass's __prepare__; typing, enum and
//     dataclasses rely on them. type.__or__ returns NotImplemented for operands that are not
//     types, so that int | List[int] reaches typing's __ror__.
//   - dict subclasses call __missing__; type(type.__dict__) is a read-only mapping proxy (or
//     plain dict, in which case types supplies a Python mappingproxy); list[int] and int | str
//     give GenericAlias and UnionType objects (collections.abc subclasses GenericAlias when it
//     can).
//   - Modules: builtins, sys (modules, maxsize, exc_info, stdout/stderr assignable, optional
//     hash_info) and math (gcd, isqrt, fsum, exp, log, floor/ceil/trunc protocols).
//
// The checker testdata/check_under_cpython.py runs these sources under CPython and compares
// every observable result with CPython's own modules; see its doc string.
package pylib

import (
	"slices"
	"strings"
)

// Source returns the Python source of the named module ("json", "collections.abc") and
// whether the module is provided here. A package's source is its __init__.py.
//
// A module whose file exists but cannot be read (the browser engine could not download it)
// is given a source that raises ImportError saying so, rather than being reported missing.
// A module whose text the bundle defers (see EncodeBundle) is given a nil source, which
// tells the importer to take its shipped compiled code (see vm.SetDeferredSource).
func Source(module string) ([]byte, bool) {
	if module == "" || strings.ContainsAny(module, "/\\") {
		return nil, false
	}
	lib := current()
	path := strings.ReplaceAll(module, ".", "/")
	for _, p := range []string{path + ".py", path + "/__init__.py"} {
		if !lib.has(p) {
			continue
		}
		if lib.deferred[p] {
			return nil, true
		}
		data, err := lib.read(p)
		if err != nil {
			return unreadable(module, err), true
		}
		return data, true
	}
	return nil, false
}

// IsPackage reports whether the named module is a package (a folder with an __init__.py),
// so that the importer can give it a __path__ and let its submodules be imported.
func IsPackage(module string) bool {
	return current().has(strings.ReplaceAll(module, ".", "/") + "/__init__.py")
}

// Names returns the dotted names of every module provided here, sorted. Packages appear
// under their own name, never as "name.__init__".
func Names() []string {
	var names []string
	for _, path := range current().paths {
		name := strings.TrimSuffix(path, ".py")
		name = strings.TrimSuffix(name, "/__init__")
		names = append(names, strings.ReplaceAll(name, "/", "."))
	}
	slices.Sort(names)
	return names
}

// Paths returns the slash-separated paths of every source file ("json/__init__.py"), sorted.
func Paths() []string { return slices.Clone(current().paths) }

// ReadFile returns the source file at a path that Paths lists.
func ReadFile(path string) ([]byte, error) { return current().read(path) }
