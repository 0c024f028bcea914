package vm

import "github.com/asobiba/asobiba/runtime/compile"

// dictSelf extracts the *Dict of a dict or dict-subclass instance.
func dictSelf(v Value) (*Dict, bool) {
	switch x := v.(type) {
	case *Dict:
		return x, true
	case *Instance:
		d, ok := x.Base.(*Dict)
		return d, ok
	}
	return nil, false
}

// dictRecv checks a dict method's receiver.
func dictRecv(name string, args []Value) (*Dict, error) {
	if len(args) == 0 {
		return nil, Errorf(TypeErrorType, "unbound method dict.%s() needs an argument", name)
	}
	d, ok := dictSelf(args[0])
	if !ok {
		return nil, descrError(name, DictType, args[0])
	}
	return d, nil
}

// DictUpdate is d.update(other): a mapping (anything with keys()) or an iterable of pairs.
func DictUpdate(th *Thread, d *Dict, other Value) error {
	if o, ok := other.(*Dict); ok {
		var err error
		o.Items(func(k, v Value) bool {
			err = d.Set(th, k, v)
			return err == nil
		})
		return err
	}
	if keys, ok, err := GetAttrOK(th, other, "keys"); err != nil {
		return err
	} else if ok {
		ks, err := Call(th, keys, nil, nil)
		if err != nil {
			return err
		}
		return ForEach(th, ks, func(k Value) (bool, error) {
			v, err := GetItem(th, other, k)
			if err != nil {
				return false, err
			}
			return true, d.Set(th, k, v)
		})
	}
	i := 0
	err := ForEach(th, other, func(item Value) (bool, error) {
		pair, err := Collect(th, item)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Class == TypeErrorType {
				return false, Errorf(TypeErrorType, "cannot convert dictionary update sequence element #%d to a sequence", i)
			}
			return false, err
		}
		if len(pair) != 2 {
			return false, Errorf(ValueErrorType, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
		}
		i++
		return true, d.Set(th, pair[0], pair[1])
	})
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Class == TypeErrorType && i == 0 && LookupSpecial(other, "__iter__") == nil && LookupSpecial(other, "__getitem__") == nil {
			return Errorf(TypeErrorType, "'%s' object is not iterable", typeNameOf(other))
		}
	}
	return err
}

// dictUpdateArgs handles the (other=(), /, **kwargs) arguments of update and __init__.
func dictUpdateArgs(th *Thread, d *Dict, name string, args []Value, kwnames []string) error {
	npos := len(args) - len(kwnames)
	if npos > 2 {
		return Errorf(TypeErrorType, "%s expected at most 1 argument, got %d", name, npos-1)
	}
	if npos == 2 {
		if err := DictUpdate(th, d, args[1]); err != nil {
			return err
		}
	}
	for i, k := range kwnames {
		d.SetStr(k, args[npos+i])
	}
	return nil
}

// dictGetItem is d[key] for a dict or subclass instance self, calling __missing__ for
// subclasses that define it.
func dictGetItem(th *Thread, self Value, d *Dict, key Value) (Value, error) {
	v, ok, err := d.Get(th, key)
	if err != nil {
		return nil, err
	}
	if ok {
		return v, nil
	}
	if _, exact := self.(*Dict); !exact {
		if m := LookupSpecial(self, "__missing__"); m != nil {
			return callDunder(th, m, self, key)
		}
	}
	return nil, NewException(KeyErrorType, key)
}

// dictEqual compares two dicts' items.
func dictEqual(th *Thread, a, b *Dict) (bool, error) {
	if a.Len() != b.Len() {
		return false, nil
	}
	eq := true
	var err error
	a.Items(func(k, v Value) bool {
		w, ok, e := b.Get(th, k)
		if e != nil {
			err = e
			return false
		}
		if !ok {
			eq = false
			return false
		}
		same, e := equalItems(th, v, w)
		if e != nil {
			err = e
			return false
		}
		eq = same
		return same
	})
	return eq, err
}

func init() {
	t := DictType
	t.AddStaticMethod("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) < 1 {
			return nil, Errorf(TypeErrorType, "dict.__new__(): not enough arguments")
		}
		cls, ok := args[0].(*Type)
		if !ok || !cls.IsSubtype(DictType) {
			return nil, Errorf(TypeErrorType, "dict.__new__(X): X is not a subtype of dict")
		}
		if cls == DictType {
			return NewDict(), nil
		}
		return newInstanceWithBase(cls, NewDict()), nil
	})
	t.AddMethod("__init__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		d, err := dictRecv("__init__", args)
		if err != nil {
			return nil, err
		}
		return None, dictUpdateArgs(th, d, "dict", args, kwnames)
	})
	t.AddMethod("update", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		d, err := dictRecv("update", args)
		if err != nil {
			return nil, err
		}
		return None, dictUpdateArgs(th, d, "update", args, kwnames)
	})
	t.AddMethod("get", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		d, err := dictRecv("get", args)
		if err != nil {
			return nil, err
		}
		if err := checkArgRange("get", args, kwnames, 1, 2); err != nil {
			return nil, err
		}
		v, ok, err := d.Get(th, args[1])
		if err != nil {
			return nil, err
		}
		if ok {
			return v, nil
		}
		if len(args) == 3 {
			return args[2], nil
		}
		return None, nil
	})
	t.AddMethod("setdefault", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		d, err := dictRecv("setdefault", args)
		if err != nil {
			return nil, err
		}
		if err := checkArgRange("setdefault", args, kwnames, 1, 2); err != nil {
			return nil, err
		}
		v, ok, err := d.Get(th, args[1])
		if err != nil {
			return nil, err
		}
		if ok {
			return v, nil
		}
		var def Value = None
		if len(args) == 3 {
			def = args[2]
		}
		return def, d.Set(th, args[1], def)
	})
	t.AddMethod("pop", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		d, err := dictRecv("pop", args)
		if err != nil {
			return nil, err
		}
		if err := checkArgRange("pop", args, kwnames, 1, 2); err != nil {
			return nil, err
		}
		v, ok, err := d.Get(th, args[1])
		if err != nil {
			return nil, err
		}
		if !ok {
			if len(args) == 3 {
				return args[2], nil
			}
			return nil, NewException(KeyErrorType, args[1])
		}
		if _, err := d.Delete(th, args[1]); err != nil {
			return nil, err
		}
		return v, nil
	})
	t.AddMethod("popitem", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		d, err := dictRecv("popitem", args)
		if err != nil {
			return nil, err
		}
		if err := checkNoArgs("dict.popitem", args, kwnames); err != nil {
			return nil, err
		}
		k, v, ok := d.PopLast()
		if !ok {
			return nil, Errorf(KeyErrorType, "popitem(): dictionary is empty")
		}
		return Tuple{k, v}, nil
	})
	t.AddMethod("copy", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		d, err := dictRecv("copy", args)
		if err != nil {
			return nil, err
		}
		if err := checkNoArgs("dict.copy", args, kwnames); err != nil {
			return nil, err
		}
		return d.Copy(), nil
	})
	t.AddMethod("clear", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		d, err := dictRecv("clear", args)
		if err != nil {
			return nil, err
		}
		if err := checkNoArgs("dict.clear", args, kwnames); err != nil {
			return nil, err
		}
		d.Clear()
		return None, nil
	})
	for _, kind := range []dictIterKind{dictIterKeys, dictIterValues, dictIterItems} {
		kind := kind
		name := [...]string{"keys", "values", "items"}[kind]
		t.AddMethod(name, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			d, err := dictRecv(name, args)
			if err != nil {
				return nil, err
			}
			if err := checkNoArgs("dict."+name, args, kwnames); err != nil {
				return nil, err
			}
			return &DictView{D: d, Kind: kind}, nil
		})
	}
	t.AddClassMethod("fromkeys", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkArgRange("fromkeys", args, kwnames, 1, 2); err != nil {
			return nil, err
		}
		var v Value = None
		if len(args) == 3 {
			v = args[2]
		}
		cls := args[0]
		if cls == DictType {
			d := NewDict()
			err := ForEach(th, args[1], func(k Value) (bool, error) { return true, d.Set(th, k, v) })
			return d, err
		}
		obj, err := Call(th, cls, nil, nil)
		if err != nil {
			return nil, err
		}
		err = ForEach(th, args[1], func(k Value) (bool, error) { return true, SetItem(th, obj, k, v) })
		return obj, err
	})
	slot := func(name string, n int, f func(th *Thread, d *Dict, args []Value) (Value, error)) {
		t.AddMethod(name, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := checkSlotArgs(name, args, kwnames, n); err != nil {
				return nil, err
			}
			d, ok := dictSelf(args[0])
			if !ok {
				return nil, descrError(name, DictType, args[0])
			}
			return f(th, d, args)
		})
	}
	slot("__len__", 0, func(th *Thread, d *Dict, args []Value) (Value, error) { return Int(d.Len()), nil })
	slot("__getitem__", 1, func(th *Thread, d *Dict, args []Value) (Value, error) {
		return dictGetItem(th, args[0], d, args[1])
	})
	slot("__setitem__", 2, func(th *Thread, d *Dict, args []Value) (Value, error) {
		return None, d.Set(th, args[1], args[2])
	})
	slot("__delitem__", 1, func(th *Thread, d *Dict, args []Value) (Value, error) {
		return None, DelItem(th, d, args[1])
	})
	slot("__contains__", 1, func(th *Thread, d *Dict, args []Value) (Value, error) {
		_, ok, err := d.Get(th, args[1])
		return Bool(ok), err
	})
	slot("__iter__", 0, func(th *Thread, d *Dict, args []Value) (Value, error) { return newDictIter(d, dictIterKeys), nil })
	slot("__reversed__", 0, func(th *Thread, d *Dict, args []Value) (Value, error) {
		return newDictRevIter(d, dictIterKeys), nil
	})
	slot("__repr__", 0, func(th *Thread, d *Dict, args []Value) (Value, error) {
		s, err := dictRepr(th, d)
		return Str(s), err
	})
	slot("__sizeof__", 0, func(th *Thread, d *Dict, args []Value) (Value, error) { return Int(64 + 24*d.Len()), nil })
	slot("__or__", 1, func(th *Thread, d *Dict, args []Value) (Value, error) {
		o, ok := dictSelf(args[1])
		if !ok {
			return NotImplemented, nil
		}
		n := d.Copy()
		return n, DictUpdate(th, n, o)
	})
	slot("__ror__", 1, func(th *Thread, d *Dict, args []Value) (Value, error) {
		o, ok := dictSelf(args[1])
		if !ok {
			return NotImplemented, nil
		}
		n := o.Copy()
		return n, DictUpdate(th, n, d)
	})
	slot("__ior__", 1, func(th *Thread, d *Dict, args []Value) (Value, error) {
		if err := DictUpdate(th, d, args[1]); err != nil {
			return nil, err
		}
		return args[0], nil
	})
	t.Dict.SetStr("__hash__", None)
	addRichCompare(t, func(th *Thread, a, b Value, op compile.CompareOp) (Value, error) {
		x, _ := dictSelf(a)
		y, ok := dictSelf(b)
		if !ok || (op != compile.CmpEQ && op != compile.CmpNE) {
			return NotImplemented, nil
		}
		eq, err := dictEqual(th, x, y)
		if err != nil {
			return nil, err
		}
		return Bool(eq == (op == compile.CmpEQ)), nil
	})
	addClassGetItem(t)
}
