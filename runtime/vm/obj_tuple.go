package vm

import "github.com/asobiba/asobiba/runtime/compile"

// NewTuple returns a tuple of the given items (not copied).
func NewTuple(items ...Value) Tuple { return Tuple(items) }

// tupleSelf extracts the Tuple of a tuple or tuple-subclass instance.
func tupleSelf(v Value) (Tuple, bool) {
	switch x := v.(type) {
	case Tuple:
		return x, true
	case *Instance:
		t, ok := x.Base.(Tuple)
		return t, ok
	}
	return nil, false
}

func tupleGetItem(th *Thread, t Tuple, key Value) (Value, error) {
	if s, ok := key.(*Slice); ok {
		start, _, step, n, err := s.Indices(th, len(t))
		if err != nil {
			return nil, err
		}
		if step == 1 && n == len(t) {
			return t, nil
		}
		if n == 0 {
			return Tuple{}, nil
		}
		if step == 1 {
			return append(Tuple(nil), t[start:start+n]...), nil
		}
		out := make(Tuple, n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			out[i] = t[j]
		}
		return out, nil
	}
	i, ok, err := seqIndex(th, key, len(t))
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, seqIndexError("tuple", key)
	}
	if i < 0 || i >= len(t) {
		return nil, Errorf(IndexErrorType, "tuple index out of range")
	}
	return t[i], nil
}

func init() {
	t := TupleType
	t.AddStaticMethod("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) < 1 {
			return nil, Errorf(TypeErrorType, "tuple.__new__(): not enough arguments")
		}
		cls, ok := args[0].(*Type)
		if !ok || !cls.IsSubtype(TupleType) {
			return nil, Errorf(TypeErrorType, "tuple.__new__(X): X is not a subtype of tuple")
		}
		if len(kwnames) > 0 && cls == TupleType {
			return nil, Errorf(TypeErrorType, "tuple() takes no keyword arguments")
		}
		npos := len(args) - len(kwnames)
		if npos > 2 {
			return nil, Errorf(TypeErrorType, "tuple expected at most 1 argument, got %d", npos-1)
		}
		var tup Tuple = Tuple{}
		if npos == 2 {
			if x, ok := args[1].(Tuple); ok && cls == TupleType {
				return x, nil
			}
			items, err := Collect(th, args[1])
			if err != nil {
				return nil, err
			}
			if len(items) > 0 {
				tup = Tuple(items)
			}
		}
		if cls == TupleType {
			return tup, nil
		}
		return newInstanceWithBase(cls, tup), nil
	})
	recv := func(name string, args []Value) (Tuple, error) {
		if len(args) == 0 {
			return nil, Errorf(TypeErrorType, "unbound method tuple.%s() needs an argument", name)
		}
		tp, ok := tupleSelf(args[0])
		if !ok {
			return nil, descrError(name, TupleType, args[0])
		}
		return tp, nil
	}
	t.AddMethod("index", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		tp, err := recv("index", args)
		if err != nil {
			return nil, err
		}
		if err := checkArgRange("index", args, kwnames, 1, 3); err != nil {
			return nil, err
		}
		start, stop, err := searchRange(th, args[2:], len(tp))
		if err != nil {
			return nil, err
		}
		for i := start; i < stop; i++ {
			eq, err := equalItems(th, tp[i], args[1])
			if err != nil {
				return nil, err
			}
			if eq {
				return Int(i), nil
			}
		}
		return nil, Errorf(ValueErrorType, "tuple.index(x): x not in tuple")
	})
	t.AddMethod("count", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		tp, err := recv("count", args)
		if err != nil {
			return nil, err
		}
		if err := checkOneArg("tuple.count", args, kwnames); err != nil {
			return nil, err
		}
		n := 0
		for _, v := range tp {
			eq, err := equalItems(th, v, args[1])
			if err != nil {
				return nil, err
			}
			if eq {
				n++
			}
		}
		return Int(n), nil
	})
	slot := func(name string, n int, f func(th *Thread, tp Tuple, args []Value) (Value, error)) *Builtin {
		return t.AddMethod(name, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := checkSlotArgs(name, args, kwnames, n); err != nil {
				return nil, err
			}
			tp, ok := tupleSelf(args[0])
			if !ok {
				return nil, descrError(name, TupleType, args[0])
			}
			return f(th, tp, args)
		})
	}
	slot("__len__", 0, func(th *Thread, tp Tuple, args []Value) (Value, error) { return Int(len(tp)), nil })
	slot("__getitem__", 1, func(th *Thread, tp Tuple, args []Value) (Value, error) { return tupleGetItem(th, tp, args[1]) })
	slot("__contains__", 1, func(th *Thread, tp Tuple, args []Value) (Value, error) {
		r, err := Contains(th, tp, args[1])
		return Bool(r), err
	})
	slot("__iter__", 0, func(th *Thread, tp Tuple, args []Value) (Value, error) { return &tupleIter{t: tp}, nil })
	slot("__hash__", 0, func(th *Thread, tp Tuple, args []Value) (Value, error) {
		h, err := hashTuple(th, tp)
		return Int(h), err
	})
	slot("__repr__", 0, func(th *Thread, tp Tuple, args []Value) (Value, error) {
		s, err := tupleRepr(th, tp)
		return Str(s), err
	})
	slot("__getnewargs__", 0, func(th *Thread, tp Tuple, args []Value) (Value, error) {
		return Tuple{append(Tuple(nil), tp...)}, nil
	})
	concat := func(a, b Tuple) Tuple {
		out := make(Tuple, 0, len(a)+len(b))
		return append(append(out, a...), b...)
	}
	add := slot("__add__", 1, func(th *Thread, tp Tuple, args []Value) (Value, error) {
		o, ok := tupleSelf(args[1])
		if !ok {
			return nil, Errorf(TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple", typeNameOf(args[1]))
		}
		return concat(tp, o), nil
	})
	seqSlots[add] = func(th *Thread, a, b Value) (Value, error) {
		x, _ := tupleSelf(a)
		y, ok := tupleSelf(b)
		if !ok {
			return NotImplemented, nil
		}
		return concat(x, y), nil
	}
	mulImpl := func(th *Thread, tp Tuple, n Value, strict bool) (Value, error) {
		k, ok, err := repeatCount(th, n)
		if err != nil {
			return nil, err
		}
		if !ok {
			if strict {
				return nil, Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", typeNameOf(n))
			}
			return NotImplemented, nil
		}
		items, err := repeatItems(tp, k)
		if err != nil {
			return nil, err
		}
		return Tuple(items), nil
	}
	mul := slot("__mul__", 1, func(th *Thread, tp Tuple, args []Value) (Value, error) { return mulImpl(th, tp, args[1], true) })
	rmul := slot("__rmul__", 1, func(th *Thread, tp Tuple, args []Value) (Value, error) { return mulImpl(th, tp, args[1], true) })
	for _, b := range []*Builtin{mul, rmul} {
		seqSlots[b] = func(th *Thread, a, n Value) (Value, error) {
			tp, _ := tupleSelf(a)
			return mulImpl(th, tp, n, false)
		}
	}
	addRichCompare(t, func(th *Thread, a, b Value, op compile.CompareOp) (Value, error) {
		x, _ := tupleSelf(a)
		y, ok := tupleSelf(b)
		if !ok {
			return NotImplemented, nil
		}
		return compareSequences(th, func() []Value { return x }, func() []Value { return y }, op)
	})
	addClassGetItem(t)
}
