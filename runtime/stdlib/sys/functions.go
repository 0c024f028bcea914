package sys

import (
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

func loadFunctions(m *vm.Module) {
	modkit.Function(m, "exit", "status=, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		if a[0] == nil {
			return nil, vm.NewException(vm.SystemExitType)
		}
		return nil, vm.NewException(vm.SystemExitType, a[0])
	})
	modkit.Function(m, "getrecursionlimit", "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		lim := th.Interp.RecursionLimit
		if lim <= 0 {
			lim = 1000
		}
		return vm.Int(lim), nil
	})
	modkit.Function(m, "setrecursionlimit", "limit, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		if _, ok := a[0].(vm.Float); ok {
			return nil, vm.Errorf(vm.TypeErrorType, "'float' object cannot be interpreted as an integer")
		}
		n, err := modkit.Int64(th, a[0])
		if err != nil {
			return nil, err
		}
		if n < 1 {
			return nil, vm.Errorf(vm.ValueErrorType, "recursion limit must be greater or equal than 1")
		}
		th.Interp.RecursionLimit = int(min(n, 1<<30))
		return vm.None, nil
	})
	modkit.Function(m, "set_coroutine_origin_tracking_depth", "depth", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		n, err := modkit.Int64(th, a[0])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, vm.Errorf(vm.ValueErrorType, "depth must be >= 0")
		}
		th.SetCoroutineOriginTrackingDepth(int(min(n, 1<<20)))
		return vm.None, nil
	})
	modkit.Function(m, "get_coroutine_origin_tracking_depth", "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		return vm.Int(th.CoroutineOriginTrackingDepth()), nil
	})
	modkit.Function(m, "get_asyncgen_hooks", "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		first, final := th.AsyncGenHooks()
		return asyncgenHooks.New(modkit.Or(first, vm.None), modkit.Or(final, vm.None)), nil
	})
	modkit.Function(m, "set_asyncgen_hooks", "firstiter=, finalizer=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		first, final := th.AsyncGenHooks()
		for i, name := range [...]string{"finalizer", "firstiter"} {
			v := a[1-i]
			if v != nil && v != vm.None && !vm.IsCallable(v) {
				return nil, vm.Errorf(vm.TypeErrorType, "callable %s expected, got %s", name, v.Type().Name)
			}
		}
		if a[0] != nil {
			first = a[0]
		}
		if a[1] != nil {
			final = a[1]
		}
		th.SetAsyncGenHooks(first, final)
		return vm.None, nil
	})
	modkit.Function(m, "exc_info", "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		e := th.HandledException()
		if e == nil {
			return vm.Tuple{vm.None, vm.None, vm.None}, nil
		}
		var tb vm.Value = vm.None
		if e.Traceback != nil {
			tb = e.Traceback
		}
		return vm.Tuple{e.Class, e, tb}, nil
	})
	modkit.Function(m, "exception", "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		if e := th.HandledException(); e != nil {
			return e, nil
		}
		return vm.None, nil
	})
	modkit.Function(m, "getsizeof", "object, default=", getsizeof)
	modkit.Function(m, "intern", "string, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		if a[0].Type() != vm.StrType {
			return nil, vm.Errorf(vm.TypeErrorType, "intern() argument must be str, not %s", a[0].Type().Name)
		}
		return a[0], nil
	})
	for _, name := range []string{"getdefaultencoding", "getfilesystemencoding"} {
		modkit.Function(m, name, "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) { return vm.Str("utf-8"), nil })
	}
	modkit.Function(m, "getfilesystemencodeerrors", "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		return vm.Str("surrogateescape"), nil
	})
	modkit.Function(m, "getrefcount", "object, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) { return vm.Int(2), nil })
	modkit.Function(m, "is_finalizing", "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) { return vm.False, nil })
	modkit.Function(m, "getswitchinterval", "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) { return vm.Float(0.005), nil })
	modkit.Function(m, "setswitchinterval", "interval, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) { return vm.None, nil })
	modkit.Func(m, "audit", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) { return vm.None, nil })
	modkit.Function(m, "addaudithook", "hook", func(th *vm.Thread, a []vm.Value) (vm.Value, error) { return vm.None, nil })
	modkit.Function(m, "_getframe", "depth=, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		depth := int64(0)
		if a[0] != nil {
			d, err := modkit.Int64(th, a[0])
			if err != nil {
				return nil, err
			}
			depth = d
		}
		f := th.CurrentFrame()
		for ; depth > 0 && f != nil; depth-- {
			f = f.Back
		}
		if f == nil {
			return nil, vm.Errorf(vm.ValueErrorType, "call stack is not deep enough")
		}
		return f.Escape(), nil
	})
	for _, name := range []string{"settrace", "setprofile"} {
		name := name
		modkit.Function(m, name, "function, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
			if a[0] == vm.None {
				return vm.None, nil
			}
			return nil, vm.Errorf(vm.NotImplementedErrorType, "sys.%s() is not supported in Asobiba", name)
		})
	}
	for _, name := range []string{"gettrace", "getprofile"} {
		modkit.Function(m, name, "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) { return vm.None, nil })
	}
	modkit.Function(m, "get_int_max_str_digits", "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		if th.Interp.MaxStrDigitsSet {
			return vm.Int(th.Interp.MaxStrDigits), nil
		}
		return vm.Int(4300), nil
	})
	modkit.Function(m, "set_int_max_str_digits", "maxdigits", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		n, err := modkit.Int64(th, a[0])
		if err != nil {
			return nil, err
		}
		if n != 0 && n < 640 {
			return nil, vm.Errorf(vm.ValueErrorType, "maxdigits must be 0 or larger than 640")
		}
		th.Interp.MaxStrDigits, th.Interp.MaxStrDigitsSet = int(n), true
		return vm.None, nil
	})
	display := modkit.Function(m, "displayhook", "object, /", displayhook)
	modkit.Set(m, "__displayhook__", display)
	except := modkit.Function(m, "excepthook", "exctype, value, traceback, /", excepthook)
	modkit.Set(m, "__excepthook__", except)
	unraisable := modkit.Function(m, "unraisablehook", "unraisable, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		return vm.None, nil
	})
	modkit.Set(m, "__unraisablehook__", unraisable)
}

// displayhook is sys.displayhook: print repr(value) and keep it in builtins._.
func displayhook(th *vm.Thread, a []vm.Value) (vm.Value, error) {
	v := a[0]
	if v == vm.None {
		return vm.None, nil
	}
	b := th.Interp.Builtins
	if b != nil {
		b.SetStr("_", vm.None)
	}
	r, err := vm.Repr(th, v)
	if err != nil {
		return nil, err
	}
	if err := vm.WriteStdout(th, r+"\n"); err != nil {
		return nil, err
	}
	if b != nil {
		b.SetStr("_", v)
	}
	return vm.None, nil
}

// excepthook is sys.excepthook: print the exception and its traceback to sys.stderr.
func excepthook(th *vm.Thread, a []vm.Value) (vm.Value, error) {
	exc, ok := a[1].(*vm.Exception)
	if !ok {
		r, err := vm.ToStr(th, a[1])
		if err != nil {
			return nil, err
		}
		return vm.None, vm.WriteStderr(th, "TypeError: print_exception(): Exception expected for value, "+a[1].Type().Name+" found\n"+r+"\n")
	}
	return vm.None, vm.WriteStderr(th, th.FormatException(exc))
}

// getsizeof returns a rough size in bytes, close to CPython's on 64-bit builds for the common
// types; __sizeof__ is used when a class defines it.
func getsizeof(th *vm.Thread, a []vm.Value) (vm.Value, error) {
	v := a[0]
	switch x := v.(type) {
	case vm.Int:
		if x == 0 {
			return vm.Int(24), nil
		}
		n := int64(28)
		for y := uint64(max(int64(x), -int64(x))) >> 30; y > 0; y >>= 30 {
			n += 4
		}
		return vm.Int(n), nil
	case *vm.BigInt:
		return vm.Int(24 + 4*((x.Big().BitLen()+29)/30)), nil
	case vm.Bool:
		return vm.Int(28), nil
	case vm.Float:
		return vm.Int(24), nil
	case vm.Complex:
		return vm.Int(32), nil
	case vm.Str:
		ascii := true
		for i := 0; i < len(x); i++ {
			if x[i] >= 0x80 {
				ascii = false
				break
			}
		}
		if ascii {
			return vm.Int(41 + len(x)), nil
		}
		n := len([]rune(string(x)))
		return vm.Int(74 + 2*n), nil
	case vm.Bytes:
		return vm.Int(33 + len(x)), nil
	case vm.Tuple:
		return vm.Int(40 + 8*len(x)), nil
	case *vm.List:
		return vm.Int(56 + 8*cap(x.Items)), nil
	case *vm.Dict:
		n := x.Len()
		switch {
		case n == 0:
			return vm.Int(64), nil
		case n <= 5:
			return vm.Int(184), nil
		case n <= 10:
			return vm.Int(272), nil
		}
		return vm.Int(64 + 40*n), nil
	}
	if r, found, err := vm.CallSpecial(th, v, "__sizeof__"); found {
		if err != nil {
			return nil, err
		}
		n, err := modkit.Int64(th, r)
		if err != nil {
			return nil, err
		}
		return vm.Int(n + 16), nil
	}
	if a[1] != nil {
		return a[1], nil
	}
	return vm.Int(56), nil
}
