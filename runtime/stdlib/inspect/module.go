package inspect

import (
	"strings"

	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// Load builds the inspect module.
func Load(th *vm.Thread) (*vm.Module, error) {
	setup()
	m := modkit.NewModule("inspect", "Get useful information from live Python objects.")
	pred := func(name string, f func(th *vm.Thread, v vm.Value) bool) {
		modkit.Function(m, name, "object", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
			return vm.Bool(f(th, a[0])), nil
		})
	}
	gen := func(v vm.Value) *vm.Generator { g, _ := v.(*vm.Generator); return g }
	pred("iscoroutine", func(th *vm.Thread, v vm.Value) bool { g := gen(v); return g != nil && g.IsCoroutine() })
	pred("isasyncgen", func(th *vm.Thread, v vm.Value) bool { g := gen(v); return g != nil && g.IsAsyncGenerator() })
	pred("isgenerator", func(th *vm.Thread, v vm.Value) bool {
		g := gen(v)
		return g != nil && !g.IsCoroutine() && !g.IsAsyncGenerator()
	})
	pred("isawaitable", func(th *vm.Thread, v vm.Value) bool {
		if g := gen(v); g != nil {
			return g.IsCoroutine() || g.IsIterableCoroutine()
		}
		return vm.LookupSpecial(v, "__await__") != nil
	})
	pred("iscoroutinefunction", func(th *vm.Thread, v vm.Value) bool {
		if codeFlag(th, v, compile.FlagCoroutine) {
			return true
		}
		u := unwrapPartial(th, v)
		if f, _ := function(th, u); f != nil {
			u = f
		}
		marker, ok, _ := vm.GetAttrOK(th, u, "_is_coroutine_marker")
		return ok && marker != vm.None
	})
	pred("isgeneratorfunction", func(th *vm.Thread, v vm.Value) bool { return codeFlag(th, v, compile.FlagGenerator) })
	pred("isasyncgenfunction", func(th *vm.Thread, v vm.Value) bool { return codeFlag(th, v, compile.FlagAsyncGenerator) })
	pred("isfunction", func(th *vm.Thread, v vm.Value) bool { _, ok := v.(*vm.Function); return ok })
	pred("ismethod", func(th *vm.Thread, v vm.Value) bool { return v.Type().Name == "method" })
	pred("isclass", func(th *vm.Thread, v vm.Value) bool { _, ok := v.(*vm.Type); return ok })
	pred("ismodule", func(th *vm.Thread, v vm.Value) bool { _, ok := v.(*vm.Module); return ok })
	pred("isbuiltin", func(th *vm.Thread, v vm.Value) bool { return v.Type() == vm.BuiltinFunctionType })
	pred("ismethoddescriptor", func(th *vm.Thread, v vm.Value) bool { return v.Type() == vm.MethodDescriptorType })
	pred("isroutine", func(th *vm.Thread, v vm.Value) bool {
		switch v.Type() {
		case vm.BuiltinFunctionType, vm.MethodDescriptorType, vm.FunctionType:
			return true
		}
		return v.Type().Name == "method"
	})
	pred("isframe", func(th *vm.Thread, v vm.Value) bool { _, ok := v.(*vm.Frame); return ok })
	pred("iscode", func(th *vm.Thread, v vm.Value) bool { _, ok := v.(*vm.Code); return ok })
	pred("istraceback", func(th *vm.Thread, v vm.Value) bool { _, ok := v.(*vm.Traceback); return ok })
	pred("isabstract", func(th *vm.Thread, v vm.Value) bool {
		t, ok := v.(*vm.Type)
		if !ok {
			return false
		}
		am, ok, _ := vm.GetAttrOK(th, t, "__abstractmethods__")
		if !ok {
			return false
		}
		n, err := vm.Len(th, am)
		return err == nil && n > 0
	})
	modkit.Function(m, "markcoroutinefunction", "func", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		target := a[0]
		if f, _ := function(th, target); f != nil {
			target = f
		}
		return a[0], vm.SetAttr(th, target, "_is_coroutine_marker", vm.True)
	})
	modkit.Function(m, "getmembers", "object, predicate=", getmembers)
	modkit.Function(m, "signature", "obj, *, follow_wrapped=, globals=, locals=, eval_str=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		obj := a[0]
		for i := 0; i < 100; i++ {
			w, ok, _ := vm.GetAttrOK(th, obj, "__wrapped__")
			if !ok {
				break
			}
			obj = w
		}
		f, bound := function(th, obj)
		if f == nil {
			if t, ok := obj.(*vm.Type); ok {
				if init, ok := t.Lookup("__init__").(*vm.Function); ok {
					return signatureOf(th, init, true)
				}
			}
			r, _ := vm.Repr(th, obj)
			if !vm.IsCallable(obj) {
				return nil, vm.Errorf(vm.TypeErrorType, "%s is not a callable object", r)
			}
			return nil, vm.Errorf(vm.ValueErrorType, "no signature found for %s", r)
		}
		return signatureOf(th, f, bound)
	})
	modkit.Function(m, "getsource", "object", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		s, err := getsource(th, a[0])
		return vm.Str(s), err
	})
	modkit.Function(m, "getsourcelines", "object", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		s, err := getsource(th, a[0])
		if err != nil {
			return nil, err
		}
		f, _ := function(th, a[0])
		var lines []vm.Value
		for _, l := range strings.SplitAfter(s, "\n") {
			if l != "" {
				lines = append(lines, vm.Str(l))
			}
		}
		return vm.Tuple{vm.NewList(lines), vm.Int(f.Code.FirstLine)}, nil
	})
	modkit.Function(m, "getdoc", "object", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		doc, ok, err := vm.GetAttrOK(th, a[0], "__doc__")
		if err != nil || !ok {
			return vm.None, err
		}
		s, isStr := modkit.Str(doc)
		if !isStr {
			return vm.None, nil
		}
		return vm.Str(cleandoc(s)), nil
	})
	modkit.Function(m, "cleandoc", "doc", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		s, err := modkit.StrArg("cleandoc", 1, a[0])
		return vm.Str(cleandoc(s)), err
	})
	modkit.Function(m, "unwrap", "func, *, stop=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		f := a[0]
		for i := 0; i < 1000; i++ {
			w, ok, err := vm.GetAttrOK(th, f, "__wrapped__")
			if err != nil {
				return nil, err
			}
			if !ok {
				return f, nil
			}
			f = w
		}
		return nil, vm.Errorf(vm.ValueErrorType, "wrapper loop when unwrapping %s", f.Type().Name)
	})
	modkit.Function(m, "currentframe", "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		if f := th.CurrentFrame(); f != nil {
			return f.Escape(), nil
		}
		return vm.None, nil
	})
	modkit.Function(m, "getfile", "object", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		if f, _ := function(th, a[0]); f != nil {
			return vm.Str(f.Code.Filename), nil
		}
		if mod, ok := a[0].(*vm.Module); ok {
			if file, ok := mod.Dict.GetStr("__file__"); ok {
				return file, nil
			}
			return nil, vm.Errorf(vm.TypeErrorType, "<module '%s' (built-in)> is a built-in module", mod.Name)
		}
		return nil, vm.Errorf(vm.TypeErrorType, "module, class, method, function, traceback, frame, or code object was expected, got %s", a[0].Type().Name)
	})
	modkit.Set(m, "Signature", SignatureType)
	modkit.Set(m, "_empty", emptyType)
	// Signature objects with Parameter and BoundArguments, getfullargspec and a few helpers
	// are written in Python: they replace the Go signature().
	if sig, err := th.ImportModule("_inspect_signature"); err == nil {
		for _, name := range []string{"Signature", "Parameter", "BoundArguments", "signature",
			"getfullargspec", "FullArgSpec", "formatannotation", "getmro", "isdatadescriptor",
			"getgeneratorstate", "getcoroutinestate", "getgeneratorlocals", "getcoroutinelocals", "get_annotations", "_empty", "_void",
			"_ParameterKind", "GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "GEN_CLOSED",
			"CORO_CREATED", "CORO_RUNNING", "CORO_SUSPENDED", "CORO_CLOSED"} {
			if v, err := vm.GetAttr(th, sig, name); err == nil {
				modkit.Set(m, name, v)
			}
		}
	}
	for name, v := range map[string]int64{"CO_OPTIMIZED": 1, "CO_NEWLOCALS": 2, "CO_VARARGS": 4, "CO_VARKEYWORDS": 8,
		"CO_NESTED": 16, "CO_GENERATOR": 32, "CO_NOFREE": 64, "CO_COROUTINE": 128, "CO_ITERABLE_COROUTINE": 256, "CO_ASYNC_GENERATOR": 512} {
		modkit.Set(m, name, vm.Int(v))
	}
	return m, nil
}

func getmembers(th *vm.Thread, a []vm.Value) (vm.Value, error) {
	dir, _ := th.Interp.Builtins.GetStr("dir")
	names, err := vm.Call(th, dir, []vm.Value{a[0]}, nil)
	if err != nil {
		return nil, err
	}
	items, err := vm.Collect(th, names)
	if err != nil {
		return nil, err
	}
	var out []vm.Value
	for _, n := range items {
		name, _ := modkit.Str(n)
		v, ok, err := vm.GetAttrOK(th, a[0], name)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		if a[1] != nil && a[1] != vm.None {
			r, err := vm.Call(th, a[1], []vm.Value{v}, nil)
			if err != nil {
				return nil, err
			}
			if keep, err := vm.Truth(th, r); err != nil || !keep {
				if err != nil {
					return nil, err
				}
				continue
			}
		}
		out = append(out, vm.Tuple{n, v})
	}
	return vm.NewList(out), nil
}

// getsource returns the source text of a function: its first line and the following lines
// that are blank or indented more deeply.
func getsource(th *vm.Thread, obj vm.Value) (string, error) {
	f, _ := function(th, obj)
	if f == nil {
		return "", vm.Errorf(vm.TypeErrorType, "module, class, method, function, traceback, frame, or code object was expected, got %s", obj.Type().Name)
	}
	lines := th.SourceLines(f.Code.Filename)
	first := f.Code.FirstLine - 1
	if first < 0 || first >= len(lines) {
		return "", vm.Errorf(vm.OSErrorType, "could not get source code")
	}
	indent := func(l string) int { return len(l) - len(strings.TrimLeft(l, " \t")) }
	base := indent(lines[first])
	end := first + 1
	// Skip decorator lines to the def line, then take the body.
	for end < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[end-1]), "@") {
		end++
	}
	for end < len(lines) && (strings.TrimSpace(lines[end]) == "" || indent(lines[end]) > base) {
		end++
	}
	for end > first+1 && strings.TrimSpace(lines[end-1]) == "" {
		end--
	}
	return strings.Join(lines[first:end], "\n") + "\n", nil
}
