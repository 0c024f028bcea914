package weakref

import (
	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// FinalizeType is weakref.finalize. Since objects never die in Asobiba, a finalizer runs
// only when it is called; it is not run at interpreter exit either.
var FinalizeType = modkit.NewClass("weakref", "finalize", nil)

// finalizer is the payload of a finalize object.
type finalizer struct {
	obj, fn vm.Value
	args    vm.Tuple
	kwargs  *vm.Dict
	alive   bool
	atexit  bool
}

// Type returns FinalizeType.
func (*finalizer) Type() *vm.Type { return FinalizeType }

// state is the (obj, func, args, kwargs) tuple of detach and peek.
func (f *finalizer) state() vm.Value {
	kw := f.kwargs
	if kw == nil {
		kw = vm.NewDict()
	}
	return vm.Tuple{f.obj, f.fn, f.args, kw}
}

// initFinalize gives finalize its methods; setup calls it.
func initFinalize() {
	t := FinalizeType
	t.AddStaticMethod("__new__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		cls := args[0].(*vm.Type)
		npos := len(args) - 1 - len(kwnames)
		if npos < 2 {
			names := []string{"obj", "func"}[npos:]
			return nil, vm.Errorf(vm.TypeErrorType, "finalize.__init__() missing %d required positional %s: '%s'",
				len(names), modkit.Plural(len(names), "argument"), joinNames(names))
		}
		f := &finalizer{obj: args[1], fn: args[2], args: vm.Tuple(append([]vm.Value(nil), args[3:1+npos]...)),
			alive: true, atexit: true}
		if len(kwnames) > 0 {
			f.kwargs = vm.NewDict()
			for i, k := range kwnames {
				f.kwargs.SetStr(k, args[1+npos+i])
			}
		}
		self := modkit.NewInstance(cls, f)
		if _, err := newRef(th, RefType, f.obj, self); err != nil {
			return nil, err
		}
		return self, nil
	})
	t.AddMethod("__init__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return vm.None, nil
	})
	modkit.Method(t, "__call__", "_=", func(th *vm.Thread, f *finalizer, a []vm.Value) (vm.Value, error) {
		if !f.alive {
			return vm.None, nil
		}
		f.alive = false
		args := append([]vm.Value(nil), f.args...)
		var names []string
		if f.kwargs != nil {
			f.kwargs.Items(func(k, v vm.Value) bool {
				s, _ := modkit.Str(k)
				names = append(names, s)
				args = append(args, v)
				return true
			})
		}
		return vm.Call(th, f.fn, args, names)
	})
	modkit.Method(t, "detach", "", func(th *vm.Thread, f *finalizer, a []vm.Value) (vm.Value, error) {
		if !f.alive {
			return vm.None, nil
		}
		f.alive = false
		return f.state(), nil
	})
	modkit.Method(t, "peek", "", func(th *vm.Thread, f *finalizer, a []vm.Value) (vm.Value, error) {
		if !f.alive {
			return vm.None, nil
		}
		return f.state(), nil
	})
	t.AddGetSet("alive", func(th *vm.Thread, self vm.Value) (vm.Value, error) {
		f, _ := modkit.Payload[*finalizer](self)
		return vm.Bool(f != nil && f.alive), nil
	}, nil)
	t.AddGetSet("atexit", func(th *vm.Thread, self vm.Value) (vm.Value, error) {
		f, _ := modkit.Payload[*finalizer](self)
		return vm.Bool(f != nil && f.alive && f.atexit), nil
	}, func(th *vm.Thread, self vm.Value, v vm.Value) error {
		f, _ := modkit.Payload[*finalizer](self)
		if f == nil || !f.alive {
			return nil
		}
		b, err := vm.Truth(th, v)
		f.atexit = b
		return err
	})
	t.AddMethod("__repr__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		f, err := modkit.Self[*finalizer](t, "__repr__", args)
		if err != nil {
			return nil, err
		}
		name := args[0].Type().Name
		if !f.alive {
			return vm.Str(msgfmt.Sprintf("<%s object at %s; dead>", name, addr(args[0]))), nil
		}
		return vm.Str(msgfmt.Sprintf("<%s object at %s; for '%s' at %s>", name, addr(args[0]), f.obj.Type().Name, addr(f.obj))), nil
	})
}

func joinNames(names []string) string {
	if len(names) == 2 {
		return names[0] + "' and '" + names[1]
	}
	return names[0]
}
