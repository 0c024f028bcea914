// Package weakref implements _weakref, the part of Python's weakref module that must be
// written in Go: ref (ReferenceType), getweakrefcount and getweakrefs. The rest of weakref
// (proxy with ProxyType and CallableProxyType in _weakproxy, KeyedRef, WeakMethod,
// WeakValueDictionary, WeakKeyDictionary, finalize, and WeakSet in _weakrefset) is Python
// source in package pylib, as in CPython, and is fetched by the browser engine only when a
// program imports weakref. _weakproxy hands its proxies to _register so that they count in
// getweakrefcount and getweakrefs, as CPython's do.
//
// In Asobiba nothing is ever collected: Go's garbage collector owns memory, and Asobiba has
// no moment at which a Python object becomes garbage. Weak references therefore hold STRONG
// references and never die: ref() always returns its object, a proxy always forwards, and
// callbacks passed to ref() and proxy() are remembered (__callback__) but never called.
//
// Everything else follows CPython 3.12: which objects accept weak references ("cannot create
// weak reference to 'int' object"), ref() returning the same reference object when called
// again without a callback, getweakrefcount and getweakrefs, ref equality and hashing by
// referent, and the classes' names.
package weakref

import (
	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// The classes of the module.
var (
	// RefType is weakref.ref (weakref.ReferenceType). Python code subclasses it (KeyedRef,
	// WeakMethod); instances of a subclass carry a *Ref as their payload.
	RefType = modkit.NewClass("weakref", "ReferenceType", nil)
)

// Ref is the payload of a weak reference.
type Ref struct {
	obj      vm.Value
	callback vm.Value // nil when none was given
}

// Type returns RefType.
func (*Ref) Type() *vm.Type { return RefType }

// registry maps each referent (by identity) to the weak references and proxies made to it,
// in creation order, for getweakrefcount, getweakrefs and the reuse of callback-less refs.
type registry struct {
	refs map[int64][]weakEntry
}

// weakEntry is one weak reference or proxy w made to obj.
type weakEntry struct {
	obj, w vm.Value
}

type registryKey struct{}

// registryOf returns the interpreter's registry.
func registryOf(th *vm.Thread) *registry {
	ip := th.Interp
	if ip.Ext == nil {
		ip.Ext = map[any]any{}
	}
	r, ok := ip.Ext[registryKey{}].(*registry)
	if !ok {
		r = &registry{refs: map[int64][]weakEntry{}}
		ip.Ext[registryKey{}] = r
	}
	return r
}

// list returns the weak references and proxies to obj.
func (r *registry) list(obj vm.Value) []vm.Value {
	var out []vm.Value
	for _, e := range r.refs[vm.ObjectID(obj)] {
		if vm.Is(e.obj, obj) {
			out = append(out, e.w)
		}
	}
	return out
}

func (r *registry) add(obj, w vm.Value) {
	id := vm.ObjectID(obj)
	r.refs[id] = append(r.refs[id], weakEntry{obj, w})
}

// CheckWeakrefable fails with CPython's TypeError when obj does not support weak
// references: ints, floats, str, bytes, tuples, lists, dicts, None, plain object()
// instances, instances of subclasses of int, tuple and bytes, and instances of classes whose
// __slots__ leave out __weakref__.
func CheckWeakrefable(obj vm.Value) error {
	if !weakrefable(obj) {
		return vm.Errorf(vm.TypeErrorType, "cannot create weak reference to '%s' object", obj.Type().Name)
	}
	return nil
}

func weakrefable(obj vm.Value) bool {
	switch x := obj.(type) {
	case vm.Int, vm.Bool, *vm.BigInt, vm.Float, vm.Complex, vm.Str, vm.Bytes, vm.Tuple,
		*vm.List, *vm.Dict, *vm.NoneType, *vm.ByteArray, *vm.Slice, *vm.Range,
		*vm.NotImplementedType, *vm.EllipsisValue:
		return false
	case *vm.Instance:
		cls := x.Class
		if cls == vm.ObjectType {
			return false
		}
		switch cls.Solid {
		case vm.IntType, vm.TupleType, vm.BytesType:
			return false
		}
		if cls.Flags&vm.FlagHeapType == 0 {
			return true
		}
		if cls.Lookup("__weakref__") != nil {
			return true
		}
		for _, c := range cls.MRO {
			if slots, ok := c.Dict.GetStr("__slots__"); ok && slotsNameWeakref(slots) {
				return true
			}
		}
		return false
	}
	return true
}

func slotsNameWeakref(v vm.Value) bool {
	if s, ok := v.(vm.Str); ok {
		return s == "__weakref__"
	}
	var items []vm.Value
	switch x := v.(type) {
	case vm.Tuple:
		items = x
	case *vm.List:
		items = x.Items
	}
	for _, it := range items {
		if s, ok := it.(vm.Str); ok && s == "__weakref__" {
			return true
		}
	}
	return false
}

// newRef implements ref.__new__(cls, obj, callback=None).
func newRef(th *vm.Thread, cls *vm.Type, obj, callback vm.Value) (vm.Value, error) {
	if err := CheckWeakrefable(obj); err != nil {
		return nil, err
	}
	if callback == vm.None {
		callback = nil
	}
	reg := registryOf(th)
	if callback == nil && cls == RefType {
		for _, w := range reg.list(obj) {
			if r, ok := w.(*Ref); ok && r.callback == nil {
				return r, nil
			}
		}
	}
	w := modkit.NewInstance(cls, &Ref{obj: obj, callback: callback})
	reg.add(obj, w)
	return w, nil
}

// addr formats an object's address for reprs.
func addr(v vm.Value) string { return msgfmt.Sprintf("0x%x", vm.ObjectID(v)) }

// initRef gives ref its methods; setup calls it.
func initRef() {
	t := RefType
	t.AddStaticMethod("__new__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		cls := args[0].(*vm.Type)
		if err := modkit.NoKwargs(cls.Name, kwnames); err != nil {
			return nil, err
		}
		n := len(args) - 1
		if n < 1 || n > 2 {
			return nil, modkit.ClinicCountError("__new__", n, 1, 2)
		}
		var cb vm.Value
		if n == 2 {
			cb = args[2]
		}
		return newRef(th, cls, args[1], cb)
	})
	t.AddMethod("__init__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return vm.None, nil
	})
	t.AddMethod("__call__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		r, err := modkit.Self[*Ref](t, "__call__", args)
		if err != nil {
			return nil, err
		}
		if len(args) > 1 || len(kwnames) > 0 {
			return nil, vm.Errorf(vm.TypeErrorType, "weakref expected 0 arguments, got %d", len(args)-1)
		}
		return r.obj, nil
	})
	t.AddGetSet("__callback__", func(th *vm.Thread, self vm.Value) (vm.Value, error) {
		r, _ := modkit.Payload[*Ref](self)
		if r == nil || r.callback == nil {
			return vm.None, nil
		}
		return r.callback, nil
	}, nil)
	t.AddMethod("__hash__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		r, err := modkit.Self[*Ref](t, "__hash__", args)
		if err != nil {
			return nil, err
		}
		h, err := vm.Hash(th, r.obj)
		return vm.Int(h), err
	})
	cmp := func(name string, eq bool) {
		t.AddMethod(name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			r, err := modkit.Self[*Ref](t, name, args)
			if err != nil {
				return nil, err
			}
			other, ok := modkit.Payload[*Ref](args[1])
			if !ok {
				return vm.NotImplemented, nil
			}
			same, err := vm.Equal(th, r.obj, other.obj)
			return vm.Bool(same == eq), err
		})
	}
	cmp("__eq__", true)
	cmp("__ne__", false)
	t.AddMethod("__repr__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		r, err := modkit.Self[*Ref](t, "__repr__", args)
		if err != nil {
			return nil, err
		}
		s := msgfmt.Sprintf("<weakref at %s; to '%s' at %s", addr(args[0]), r.obj.Type().Name, addr(r.obj))
		if name, ok, _ := vm.GetAttrOK(th, r.obj, "__name__"); ok {
			if n, isStr := modkit.Str(name); isStr {
				s += " (" + n + ")"
			}
		}
		return vm.Str(s + ">"), nil
	})
	t.AddClassMethod("__class_getitem__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if len(args) != 2 {
			return nil, vm.Errorf(vm.TypeErrorType, "__class_getitem__ expected 1 argument, got %d", len(args)-1)
		}
		return vm.MakeGenericAlias(args[0], args[1]), nil
	})

}

// Load builds the _weakref module.
func Load(th *vm.Thread) (*vm.Module, error) {
	setup()
	m := modkit.NewModule("_weakref", "Weak-reference support module.\n\n"+
		"In Asobiba nothing is ever garbage-collected, so weak references hold strong\n"+
		"references: they never die, and their callbacks run only when called explicitly.")
	modkit.Set(m, "ref", RefType)
	modkit.Set(m, "ReferenceType", RefType)
	modkit.Function(m, "getweakrefcount", "object, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		return vm.Int(len(registryOf(th).list(a[0]))), nil
	})
	modkit.Function(m, "getweakrefs", "object, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		return vm.NewList(registryOf(th).list(a[0])), nil
	})
	// _check is Asobiba's own: the weak containers of weakref.py hold their entries directly
	// (nothing dies) and call it to refuse what CPython's could not make a weak reference to.
	modkit.Function(m, "_check", "object, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		return a[0], CheckWeakrefable(a[0])
	})
	// _register is Asobiba's own too: _weakproxy makes proxies in Python and lists each one
	// here as a weak reference to its object.
	modkit.Function(m, "_register", "object, proxy, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		registryOf(th).add(a[0], a[1])
		return vm.None, nil
	})
	return m, nil
}
