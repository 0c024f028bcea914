package weakref

import (
	"strings"

	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// WeakSetType is weakref.WeakSet. Its items are held strongly (see the package comment).
var WeakSetType = func() *vm.Type {
	t := modkit.NewClass("weakref", "WeakSet", nil)
	t.Module = "_weakrefset"
	return t
}()

// weakSet is the payload of a WeakSet: a set whose items accept weak references.
type weakSet struct {
	s *vm.Set
}

// Type returns WeakSetType.
func (*weakSet) Type() *vm.Type { return WeakSetType }

// checkedItems returns the items of an iterable, failing when one cannot have a weak
// reference.
func checkedItems(th *vm.Thread, v vm.Value) ([]vm.Value, error) {
	items, err := modkit.Collect(th, v)
	if err != nil {
		return nil, err
	}
	for _, it := range items {
		if err := CheckWeakrefable(it); err != nil {
			return nil, err
		}
	}
	return items, nil
}

func (w *weakSet) add(th *vm.Thread, items []vm.Value) error {
	for _, it := range items {
		if err := w.s.Add(th, it); err != nil {
			return err
		}
	}
	return nil
}

// apply calls a method of the inner set with the items of other.
func (w *weakSet) apply(th *vm.Thread, name string, other vm.Value) (vm.Value, error) {
	items, err := modkit.Collect(th, other)
	if err != nil {
		return nil, err
	}
	return vm.CallMethod(th, w.s, name, vm.NewList(items))
}

// wrap makes a WeakSet of the items of a set result.
func wrap(th *vm.Thread, v vm.Value) (vm.Value, error) {
	s, err := vm.NewSetFrom(th, v)
	if err != nil {
		return nil, err
	}
	return &weakSet{s: s}, nil
}

func (w *weakSet) copy(th *vm.Thread) *weakSet {
	c, _ := vm.NewSetFrom(th, w.s)
	return &weakSet{s: c}
}

// registerABC registers classes as virtual subclasses of a collections.abc class, as
// CPython's versions derive from it (so isinstance(x, MutableMapping) holds). A failure
// is ignored: the classes work without the registration.
func registerABC(th *vm.Thread, abc string, types ...*vm.Type) {
	m, err := th.ImportModule("collections.abc")
	if err != nil {
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

// initWeakSet gives WeakSet its methods; setup calls it.
func initWeakSet() {
	t := WeakSetType
	method := func(name, params string, fn func(th *vm.Thread, w *weakSet, a []vm.Value) (vm.Value, error)) {
		modkit.Method(t, name, params, fn)
	}
	t.AddStaticMethod("__new__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return modkit.NewInstance(args[0].(*vm.Type), &weakSet{s: vm.NewSet()}), nil
	})
	method("__init__", "data=", func(th *vm.Thread, w *weakSet, a []vm.Value) (vm.Value, error) {
		if a[0] == nil || a[0] == vm.None {
			return vm.None, nil
		}
		items, err := checkedItems(th, a[0])
		if err != nil {
			return nil, err
		}
		return vm.None, w.add(th, items)
	})
	t.Dict.SetStr("__hash__", vm.None)
	method("__len__", "", func(th *vm.Thread, w *weakSet, a []vm.Value) (vm.Value, error) {
		return vm.Int(w.s.Len()), nil
	})
	method("__iter__", "", func(th *vm.Thread, w *weakSet, a []vm.Value) (vm.Value, error) {
		return iterOver(th, w.s.Items())
	})
	method("__contains__", "item, /", func(th *vm.Thread, w *weakSet, a []vm.Value) (vm.Value, error) {
		if !weakrefable(a[0]) {
			return vm.False, nil
		}
		ok, err := vm.Contains(th, w.s, a[0])
		return vm.Bool(ok), err
	})
	method("__repr__", "", func(th *vm.Thread, w *weakSet, a []vm.Value) (vm.Value, error) {
		parts := []string{}
		for _, it := range w.s.Items() {
			r, err := newRef(th, RefType, it, nil)
			if err != nil {
				return nil, err
			}
			s, err := vm.Repr(th, r)
			if err != nil {
				return nil, err
			}
			parts = append(parts, s)
		}
		if len(parts) == 0 {
			return vm.Str("set()"), nil
		}
		return vm.Str("{" + strings.Join(parts, ", ") + "}"), nil
	})
	method("add", "item, /", func(th *vm.Thread, w *weakSet, a []vm.Value) (vm.Value, error) {
		if err := CheckWeakrefable(a[0]); err != nil {
			return nil, err
		}
		return vm.None, w.s.Add(th, a[0])
	})
	for _, name := range []string{"discard", "remove", "clear", "pop"} {
		params := "item, /"
		if name == "clear" || name == "pop" {
			params = ""
		}
		method(name, params, func(th *vm.Thread, w *weakSet, a []vm.Value) (vm.Value, error) {
			if name == "pop" && w.s.Len() == 0 {
				return nil, vm.Errorf(vm.KeyErrorType, "pop from empty WeakSet")
			}
			return vm.CallMethod(th, w.s, name, a...)
		})
	}
	method("copy", "", func(th *vm.Thread, w *weakSet, a []vm.Value) (vm.Value, error) {
		return w.copy(th), nil
	})
	update := func(th *vm.Thread, w *weakSet, a []vm.Value) (vm.Value, error) {
		items, err := checkedItems(th, a[0])
		if err != nil {
			return nil, err
		}
		return vm.None, w.add(th, items)
	}
	method("update", "other, /", update)
	inplace := func(name string, fn func(th *vm.Thread, w *weakSet, a []vm.Value) (vm.Value, error)) {
		t.AddMethod(name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			w, err := modkit.Self[*weakSet](t, name, args)
			if err != nil {
				return nil, err
			}
			if _, err := fn(th, w, args[1:]); err != nil {
				return nil, err
			}
			return args[0], nil
		})
	}
	inplace("__ior__", update)
	// Operations whose result only holds items of this set.
	for _, op := range []struct{ name, dunder, setMethod string }{
		{"difference", "__sub__", "difference"},
		{"intersection", "__and__", "intersection"},
	} {
		fn := func(th *vm.Thread, w *weakSet, a []vm.Value) (vm.Value, error) {
			r, err := w.apply(th, op.setMethod, a[0])
			if err != nil {
				return nil, err
			}
			return wrap(th, r)
		}
		method(op.name, "other, /", fn)
		method(op.dunder, "other, /", fn)
		upd := func(th *vm.Thread, w *weakSet, a []vm.Value) (vm.Value, error) {
			_, err := w.apply(th, op.setMethod+"_update", a[0])
			return vm.None, err
		}
		method(op.name+"_update", "other, /", upd)
		inplace("__i"+op.dunder[2:], upd)
	}
	// Operations that may bring in items of the other operand.
	for _, op := range []struct{ name, dunder string }{
		{"union", "__or__"}, {"symmetric_difference", "__xor__"},
	} {
		fn := func(th *vm.Thread, w *weakSet, a []vm.Value) (vm.Value, error) {
			items, err := checkedItems(th, a[0])
			if err != nil {
				return nil, err
			}
			r, err := vm.CallMethod(th, w.s, op.name, vm.NewList(items))
			if err != nil {
				return nil, err
			}
			return wrap(th, r)
		}
		method(op.name, "other, /", fn)
		method(op.dunder, "other, /", fn)
	}
	symUpdate := func(th *vm.Thread, w *weakSet, a []vm.Value) (vm.Value, error) {
		items, err := checkedItems(th, a[0])
		if err != nil {
			return nil, err
		}
		_, err = vm.CallMethod(th, w.s, "symmetric_difference_update", vm.NewList(items))
		return vm.None, err
	}
	method("symmetric_difference_update", "other, /", symUpdate)
	inplace("__ixor__", symUpdate)
	method("isdisjoint", "other, /", func(th *vm.Thread, w *weakSet, a []vm.Value) (vm.Value, error) {
		return w.apply(th, "isdisjoint", a[0])
	})
	method("issubset", "other, /", func(th *vm.Thread, w *weakSet, a []vm.Value) (vm.Value, error) {
		return w.apply(th, "issubset", a[0])
	})
	method("issuperset", "other, /", func(th *vm.Thread, w *weakSet, a []vm.Value) (vm.Value, error) {
		return w.apply(th, "issuperset", a[0])
	})
	for name, op := range map[string]compile.CompareOp{"__lt__": compile.CmpLT, "__le__": compile.CmpLE,
		"__gt__": compile.CmpGT, "__ge__": compile.CmpGE, "__eq__": compile.CmpEQ, "__ne__": compile.CmpNE} {
		method(name, "other, /", func(th *vm.Thread, w *weakSet, a []vm.Value) (vm.Value, error) {
			other, ok := modkit.Payload[*weakSet](a[0])
			if !ok {
				if op == compile.CmpEQ || op == compile.CmpNE {
					return vm.NotImplemented, nil
				}
				s, err := vm.NewSetFrom(th, a[0])
				if err != nil {
					return nil, err
				}
				return vm.RichCompare(th, w.s, s, op)
			}
			return vm.RichCompare(th, w.s, other.s, op)
		})
	}
	t.AddClassMethod("__class_getitem__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if len(args) != 2 {
			return nil, vm.Errorf(vm.TypeErrorType, "__class_getitem__ expected 1 argument, got %d", len(args)-1)
		}
		return vm.MakeGenericAlias(args[0], args[1]), nil
	})
}
