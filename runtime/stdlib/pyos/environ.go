package pyos

import (
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// EnvironType is os._Environ, the class of os.environ: a mutable mapping from str to str.
var EnvironType = modkit.NewFinalClass("os", "_Environ", nil)

// Environ is the payload of os.environ.
type Environ struct {
	d *vm.Dict
}

// Type returns EnvironType.
func (*Environ) Type() *vm.Type { return EnvironType }

type environKey struct{}

// environOf returns the interpreter's environment, which starts with HOME and PATH only.
func environOf(th *vm.Thread) *Environ {
	ip := th.Interp
	if ip.Ext == nil {
		ip.Ext = map[any]any{}
	}
	if e, ok := ip.Ext[environKey{}].(*Environ); ok {
		return e
	}
	e := &Environ{d: vm.NewDict()}
	e.d.SetStr("HOME", vm.Str(Home))
	e.d.SetStr("PATH", vm.Str("/usr/bin"))
	ip.Ext[environKey{}] = e
	return e
}

// envStr checks that a key or value of the environment is a str.
func envStr(v vm.Value) (string, error) {
	s, ok := modkit.Str(v)
	if !ok {
		return "", vm.Errorf(vm.TypeErrorType, "str expected, not %s", v.Type().Name)
	}
	return s, nil
}

func (e *Environ) set(key, value vm.Value) error {
	k, err := envStr(key)
	if err != nil {
		return err
	}
	v, err := envStr(value)
	if err != nil {
		return err
	}
	e.d.SetStr(k, vm.Str(v))
	return nil
}

// update adds the entries of a mapping or iterable of pairs and of keyword arguments.
func (e *Environ) update(th *vm.Thread, other vm.Value, kwargs []vm.Value, kwnames []string) error {
	tmp := vm.NewDict()
	if other != nil {
		if err := vm.DictUpdate(th, tmp, other); err != nil {
			return err
		}
	}
	for i, k := range kwnames {
		tmp.SetStr(k, kwargs[i])
	}
	var err error
	tmp.Items(func(k, v vm.Value) bool {
		err = e.set(k, v)
		return err == nil
	})
	return err
}

// registerABC registers classes as virtual subclasses of a collections.abc class, as
// CPython's versions derive from it (so isinstance(x, MutableMapping) holds). Importing
// collections.abc is slow in Asobiba, so os registers only when a program has imported it
// already; a failure is ignored (the classes work without the registration).
func registerABC(th *vm.Thread, abc string, types ...*vm.Type) {
	m, ok := th.Interp.Modules.GetStr("collections.abc")
	if !ok {
		return
	}
	base, err := vm.GetAttr(th, m, abc)
	if err != nil {
		return
	}
	for _, t := range types {
		_, _ = vm.CallMethod(th, base, "register", t)
	}
}

// initEnviron gives os.environ's class its methods; setup calls it.
func initEnviron() {
	t := EnvironType
	t.Dict.SetStr("__hash__", vm.None)
	method := func(name, params string, fn func(th *vm.Thread, e *Environ, a []vm.Value) (vm.Value, error)) {
		modkit.Method(t, name, params, fn)
	}
	method("__getitem__", "key, /", func(th *vm.Thread, e *Environ, a []vm.Value) (vm.Value, error) {
		if _, err := envStr(a[0]); err != nil {
			return nil, err
		}
		v, ok, err := e.d.Get(th, a[0])
		if err == nil && !ok {
			err = vm.NewException(vm.KeyErrorType, a[0])
		}
		return v, err
	})
	method("__setitem__", "key, value, /", func(th *vm.Thread, e *Environ, a []vm.Value) (vm.Value, error) {
		return vm.None, e.set(a[0], a[1])
	})
	method("__delitem__", "key, /", func(th *vm.Thread, e *Environ, a []vm.Value) (vm.Value, error) {
		if _, err := envStr(a[0]); err != nil {
			return nil, err
		}
		ok, err := e.d.Delete(th, a[0])
		if err == nil && !ok {
			err = vm.NewException(vm.KeyErrorType, a[0])
		}
		return vm.None, err
	})
	method("__contains__", "key, /", func(th *vm.Thread, e *Environ, a []vm.Value) (vm.Value, error) {
		if _, ok := modkit.Str(a[0]); !ok {
			return vm.False, nil
		}
		_, ok, err := e.d.Get(th, a[0])
		return vm.Bool(ok), err
	})
	method("__len__", "", func(th *vm.Thread, e *Environ, a []vm.Value) (vm.Value, error) {
		return vm.Int(e.d.Len()), nil
	})
	method("__iter__", "", func(th *vm.Thread, e *Environ, a []vm.Value) (vm.Value, error) {
		return vm.Iter(th, vm.NewList(e.d.Keys()))
	})
	for _, name := range []string{"keys", "values", "items"} {
		method(name, "", func(th *vm.Thread, e *Environ, a []vm.Value) (vm.Value, error) {
			return vm.CallMethod(th, e.d, name)
		})
	}
	method("get", "key, default=, /", func(th *vm.Thread, e *Environ, a []vm.Value) (vm.Value, error) {
		if _, ok := modkit.Str(a[0]); !ok {
			return modkit.Or(a[1], vm.None), nil
		}
		v, ok, err := e.d.Get(th, a[0])
		if err != nil || ok {
			return v, err
		}
		return modkit.Or(a[1], vm.None), nil
	})
	method("setdefault", "key, value, /", func(th *vm.Thread, e *Environ, a []vm.Value) (vm.Value, error) {
		if _, err := envStr(a[0]); err != nil {
			return nil, err
		}
		if v, ok, err := e.d.Get(th, a[0]); err != nil || ok {
			return v, err
		}
		return a[1], e.set(a[0], a[1])
	})
	method("pop", "key, default=, /", func(th *vm.Thread, e *Environ, a []vm.Value) (vm.Value, error) {
		if _, err := envStr(a[0]); err != nil {
			return nil, err
		}
		v, ok, err := e.d.Get(th, a[0])
		switch {
		case err != nil:
			return nil, err
		case ok:
			_, err = e.d.Delete(th, a[0])
			return v, err
		case a[1] != nil:
			return a[1], nil
		}
		return nil, vm.NewException(vm.KeyErrorType, a[0])
	})
	method("popitem", "", func(th *vm.Thread, e *Environ, a []vm.Value) (vm.Value, error) {
		k, v, ok := e.d.PopLast()
		if !ok {
			return nil, vm.NewException(vm.KeyErrorType)
		}
		return vm.Tuple{k, v}, nil
	})
	method("clear", "", func(th *vm.Thread, e *Environ, a []vm.Value) (vm.Value, error) {
		e.d.Clear()
		return vm.None, nil
	})
	method("copy", "", func(th *vm.Thread, e *Environ, a []vm.Value) (vm.Value, error) {
		return e.d.Copy(), nil
	})
	t.AddMethod("update", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		e, err := modkit.Self[*Environ](t, "update", args)
		if err != nil {
			return nil, err
		}
		npos := len(args) - 1 - len(kwnames)
		if npos > 1 {
			return nil, vm.Errorf(vm.TypeErrorType, "update expected at most 1 argument, got %d", npos)
		}
		var other vm.Value
		if npos == 1 {
			other = args[1]
		}
		return vm.None, e.update(th, other, args[1+npos:], kwnames)
	})
	method("__repr__", "", func(th *vm.Thread, e *Environ, a []vm.Value) (vm.Value, error) {
		r, err := vm.Repr(th, e.d)
		return vm.Str("environ(" + r + ")"), err
	})
	method("__eq__", "other, /", func(th *vm.Thread, e *Environ, a []vm.Value) (vm.Value, error) {
		other := a[0]
		if o, ok := other.(*Environ); ok {
			other = o.d
		}
		if _, ok := other.(*vm.Dict); !ok {
			return vm.NotImplemented, nil
		}
		eq, err := vm.Equal(th, e.d, other)
		return vm.Bool(eq), err
	})
	method("__or__", "other, /", func(th *vm.Thread, e *Environ, a []vm.Value) (vm.Value, error) {
		if !a[0].Type().IsSubtype(vm.DictType) {
			return vm.NotImplemented, nil
		}
		d := e.d.Copy()
		return d, vm.DictUpdate(th, d, a[0])
	})
	method("__ror__", "other, /", func(th *vm.Thread, e *Environ, a []vm.Value) (vm.Value, error) {
		if !a[0].Type().IsSubtype(vm.DictType) {
			return vm.NotImplemented, nil
		}
		d := vm.NewDict()
		if err := vm.DictUpdate(th, d, a[0]); err != nil {
			return nil, err
		}
		return d, vm.DictUpdate(th, d, e.d)
	})
	t.AddMethod("__ior__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		e, err := modkit.Self[*Environ](t, "__ior__", args)
		if err != nil {
			return nil, err
		}
		return args[0], e.update(th, args[1], nil, nil)
	})
}
