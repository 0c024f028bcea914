package weakref

import (
	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// The weak mapping classes. Their entries are held strongly (see the package comment).
var (
	WeakValueDictType = modkit.NewClass("weakref", "WeakValueDictionary", nil)
	WeakKeyDictType   = modkit.NewClass("weakref", "WeakKeyDictionary", nil)
)

// weakDict is the payload of WeakValueDictionary (weakKeys false) and WeakKeyDictionary
// (weakKeys true): a dict whose values, or keys, must accept weak references.
type weakDict struct {
	d        *vm.Dict
	weakKeys bool
}

// Type returns the weak mapping's class.
func (w *weakDict) Type() *vm.Type {
	if w.weakKeys {
		return WeakKeyDictType
	}
	return WeakValueDictType
}

// check verifies that the weak side of an entry accepts weak references.
func (w *weakDict) check(key, value vm.Value) error {
	if w.weakKeys {
		return CheckWeakrefable(key)
	}
	return CheckWeakrefable(value)
}

func (w *weakDict) set(th *vm.Thread, key, value vm.Value) error {
	if err := w.check(key, value); err != nil {
		return err
	}
	return w.d.Set(th, key, value)
}

// lookupKey checks a key used to look an entry up: a WeakKeyDictionary makes a weak
// reference to it first, so keys that cannot have one raise TypeError.
func (w *weakDict) lookupKey(key vm.Value) error {
	if w.weakKeys {
		return CheckWeakrefable(key)
	}
	return nil
}

// keyError is the KeyError for a missing key: a WeakKeyDictionary reports the weak
// reference it looked up, as CPython's does.
func (w *weakDict) keyError(th *vm.Thread, key vm.Value) error {
	if w.weakKeys {
		if r, err := newRef(th, RefType, key, nil); err == nil {
			return vm.NewException(vm.KeyErrorType, r)
		}
	}
	return vm.NewException(vm.KeyErrorType, key)
}

// update adds the entries of a mapping or iterable of pairs, then of the keywords.
func (w *weakDict) update(th *vm.Thread, other vm.Value, kwargs []vm.Value, kwnames []string) error {
	tmp := vm.NewDict()
	if other != nil && other != vm.None {
		if err := vm.DictUpdate(th, tmp, other); err != nil {
			return err
		}
	}
	for i, k := range kwnames {
		tmp.SetStr(k, kwargs[i])
	}
	for pos := 0; ; {
		k, v, next, ok := tmp.Next(pos)
		if !ok {
			return nil
		}
		if err := w.set(th, k, v); err != nil {
			return err
		}
		pos = next
	}
}

// snapshot returns the entries in order.
func (w *weakDict) snapshot() (keys, values []vm.Value) {
	w.d.Items(func(k, v vm.Value) bool {
		keys = append(keys, k)
		values = append(values, v)
		return true
	})
	return keys, values
}

// iterOver returns an iterator over a snapshot of values.
func iterOver(th *vm.Thread, vs []vm.Value) (vm.Value, error) {
	return vm.Iter(th, vm.NewList(vs))
}

// initDicts gives WeakValueDictionary and WeakKeyDictionary their methods; setup calls it.
func initDicts() {
	for _, t := range []*vm.Type{WeakValueDictType, WeakKeyDictType} {
		addDictMethods(t, t == WeakKeyDictType)
	}
}

func addDictMethods(t *vm.Type, weakKeys bool) {
	method := func(name, params string, fn func(th *vm.Thread, w *weakDict, a []vm.Value) (vm.Value, error)) {
		modkit.Method(t, name, params, fn)
	}
	t.AddStaticMethod("__new__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return modkit.NewInstance(args[0].(*vm.Type), &weakDict{d: vm.NewDict(), weakKeys: weakKeys}), nil
	})
	t.AddMethod("__init__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		w, err := modkit.Self[*weakDict](t, "__init__", args)
		if err != nil {
			return nil, err
		}
		npos := len(args) - 1 - len(kwnames)
		if npos > 1 || (weakKeys && len(kwnames) > 0) {
			return nil, modkit.ClinicCountError("__init__", npos, 0, 1)
		}
		var other vm.Value
		if npos == 1 {
			other = args[1]
		}
		return vm.None, w.update(th, other, args[1+npos:], kwnames)
	})
	t.Dict.SetStr("__hash__", vm.None)
	method("__len__", "", func(th *vm.Thread, w *weakDict, a []vm.Value) (vm.Value, error) {
		return vm.Int(w.d.Len()), nil
	})
	method("__getitem__", "key, /", func(th *vm.Thread, w *weakDict, a []vm.Value) (vm.Value, error) {
		if err := w.lookupKey(a[0]); err != nil {
			return nil, err
		}
		v, ok, err := w.d.Get(th, a[0])
		if err == nil && !ok {
			err = w.keyError(th, a[0])
		}
		return v, err
	})
	method("__setitem__", "key, value, /", func(th *vm.Thread, w *weakDict, a []vm.Value) (vm.Value, error) {
		return vm.None, w.set(th, a[0], a[1])
	})
	method("__delitem__", "key, /", func(th *vm.Thread, w *weakDict, a []vm.Value) (vm.Value, error) {
		if err := w.lookupKey(a[0]); err != nil {
			return nil, err
		}
		ok, err := w.d.Delete(th, a[0])
		if err == nil && !ok {
			err = w.keyError(th, a[0])
		}
		return vm.None, err
	})
	method("__contains__", "key, /", func(th *vm.Thread, w *weakDict, a []vm.Value) (vm.Value, error) {
		if w.lookupKey(a[0]) != nil {
			return vm.False, nil
		}
		_, ok, err := w.d.Get(th, a[0])
		return vm.Bool(ok), err
	})
	method("__iter__", "", func(th *vm.Thread, w *weakDict, a []vm.Value) (vm.Value, error) {
		keys, _ := w.snapshot()
		return iterOver(th, keys)
	})
	method("keys", "", func(th *vm.Thread, w *weakDict, a []vm.Value) (vm.Value, error) {
		keys, _ := w.snapshot()
		return iterOver(th, keys)
	})
	method("values", "", func(th *vm.Thread, w *weakDict, a []vm.Value) (vm.Value, error) {
		_, values := w.snapshot()
		return iterOver(th, values)
	})
	method("items", "", func(th *vm.Thread, w *weakDict, a []vm.Value) (vm.Value, error) {
		keys, values := w.snapshot()
		pairs := make([]vm.Value, len(keys))
		for i := range keys {
			pairs[i] = vm.Tuple{keys[i], values[i]}
		}
		return iterOver(th, pairs)
	})
	refs := func(th *vm.Thread, w *weakDict, a []vm.Value) ([]vm.Value, error) {
		keys, values := w.snapshot()
		out := make([]vm.Value, len(keys))
		for i := range keys {
			obj, cls := values[i], KeyedRefType
			if weakKeys {
				obj, cls = keys[i], RefType
			}
			r, err := newRef(th, cls, obj, nil)
			if err != nil {
				return nil, err
			}
			if inst, ok := r.(*vm.Instance); ok {
				inst.Dict.SetStr("key", keys[i])
			}
			out[i] = r
		}
		return out, nil
	}
	refsName, iterName := "valuerefs", "itervaluerefs"
	if weakKeys {
		refsName, iterName = "keyrefs", "iterkeyrefs"
	}
	method(refsName, "", func(th *vm.Thread, w *weakDict, a []vm.Value) (vm.Value, error) {
		rs, err := refs(th, w, a)
		if err != nil {
			return nil, err
		}
		return vm.NewList(rs), nil
	})
	method(iterName, "", func(th *vm.Thread, w *weakDict, a []vm.Value) (vm.Value, error) {
		rs, err := refs(th, w, a)
		if err != nil {
			return nil, err
		}
		return iterOver(th, rs)
	})
	method("get", "key, default=, /", func(th *vm.Thread, w *weakDict, a []vm.Value) (vm.Value, error) {
		if err := w.lookupKey(a[0]); err != nil {
			return nil, err
		}
		v, ok, err := w.d.Get(th, a[0])
		if err != nil || ok {
			return v, err
		}
		return modkit.Or(a[1], vm.None), nil
	})
	method("pop", "key, default=, /", func(th *vm.Thread, w *weakDict, a []vm.Value) (vm.Value, error) {
		if err := w.lookupKey(a[0]); err != nil {
			return nil, err
		}
		v, ok, err := w.d.Get(th, a[0])
		switch {
		case err != nil:
			return nil, err
		case ok:
			_, err = w.d.Delete(th, a[0])
			return v, err
		case a[1] != nil:
			return a[1], nil
		}
		return nil, w.keyError(th, a[0])
	})
	method("popitem", "", func(th *vm.Thread, w *weakDict, a []vm.Value) (vm.Value, error) {
		k, v, ok := w.d.PopLast()
		if !ok {
			return nil, vm.Errorf(vm.KeyErrorType, "popitem(): dictionary is empty")
		}
		return vm.Tuple{k, v}, nil
	})
	method("setdefault", "key, default=, /", func(th *vm.Thread, w *weakDict, a []vm.Value) (vm.Value, error) {
		if err := w.lookupKey(a[0]); err != nil {
			return nil, err
		}
		v, ok, err := w.d.Get(th, a[0])
		if err != nil || ok {
			return v, err
		}
		def := modkit.Or(a[1], vm.None)
		return def, w.set(th, a[0], def)
	})
	method("clear", "", func(th *vm.Thread, w *weakDict, a []vm.Value) (vm.Value, error) {
		w.d.Clear()
		return vm.None, nil
	})
	t.AddMethod("update", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		w, err := modkit.Self[*weakDict](t, "update", args)
		if err != nil {
			return nil, err
		}
		npos := len(args) - 1 - len(kwnames)
		if npos > 1 {
			return nil, modkit.ClinicCountError("update", npos, 0, 1)
		}
		var other vm.Value
		if npos == 1 {
			other = args[1]
		}
		return vm.None, w.update(th, other, args[1+npos:], kwnames)
	})
	copyFn := func(th *vm.Thread, w *weakDict, a []vm.Value) (vm.Value, error) {
		return &weakDict{d: w.d.Copy(), weakKeys: w.weakKeys}, nil
	}
	method("copy", "", copyFn)
	method("__copy__", "", copyFn)
	method("__deepcopy__", "memo, /", copyFn)
	method("__repr__", "", func(th *vm.Thread, w *weakDict, a []vm.Value) (vm.Value, error) {
		return vm.Str(msgfmt.Sprintf("<%s at %s>", t.Name, addr(w))), nil
	})
	method("__or__", "other, /", func(th *vm.Thread, w *weakDict, a []vm.Value) (vm.Value, error) {
		if !isMapping(a[0]) {
			return vm.NotImplemented, nil
		}
		c := &weakDict{d: w.d.Copy(), weakKeys: w.weakKeys}
		return c, c.update(th, a[0], nil, nil)
	})
	method("__ror__", "other, /", func(th *vm.Thread, w *weakDict, a []vm.Value) (vm.Value, error) {
		if !isMapping(a[0]) {
			return vm.NotImplemented, nil
		}
		c := &weakDict{d: vm.NewDict(), weakKeys: w.weakKeys}
		if err := c.update(th, a[0], nil, nil); err != nil {
			return nil, err
		}
		return c, c.update(th, w, nil, nil)
	})
	t.AddMethod("__ior__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		w, err := modkit.Self[*weakDict](t, "__ior__", args)
		if err != nil {
			return nil, err
		}
		return args[0], w.update(th, args[1], nil, nil)
	})
	for name, eq := range map[string]bool{"__eq__": true, "__ne__": false} {
		method(name, "other, /", func(th *vm.Thread, w *weakDict, a []vm.Value) (vm.Value, error) {
			other := a[0]
			if o, ok := modkit.Payload[*weakDict](other); ok {
				other = o.d
			} else if _, ok := other.(*vm.Dict); !ok {
				return vm.NotImplemented, nil
			}
			r, err := vm.RichCompare(th, w.d, other, compile.CmpEQ)
			if err != nil {
				return nil, err
			}
			same, err := vm.Truth(th, r)
			return vm.Bool(same == eq), err
		})
	}
}

// isMapping reports whether v is a dict or a weak mapping (the operands | accepts).
func isMapping(v vm.Value) bool {
	if _, ok := modkit.Payload[*weakDict](v); ok {
		return true
	}
	return v.Type().IsSubtype(vm.DictType)
}
