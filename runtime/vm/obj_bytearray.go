package vm

import "slices"

// byteArraySelf extracts the *ByteArray of a bytearray or subclass instance.
func byteArraySelf(v Value) (*ByteArray, bool) {
	switch x := v.(type) {
	case *ByteArray:
		return x, true
	case *Instance:
		b, ok := x.Base.(*ByteArray)
		return b, ok
	}
	return nil, false
}

// byteValue converts an int argument to a byte.
func byteValue(th *Thread, v Value) (byte, error) {
	if _, ok := intLike(v); !ok && LookupSpecial(v, "__index__") == nil {
		return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", typeNameOf(v))
	}
	n, err := AsIndex(th, v)
	if err != nil {
		return 0, err
	}
	if n < 0 || n > 255 {
		return 0, Errorf(ValueErrorType, "byte must be in range(0, 256)")
	}
	return byte(n), nil
}

func init() {
	t := ByteArrayType
	initBytesMethods(t, func(b []byte) Value { return &ByteArray{B: append([]byte{}, b...)} })
	t.Dict.SetStr("__hash__", None)
	t.AddStaticMethod("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		cls, err := iterNewCheck(args, ByteArrayType)
		if err != nil {
			return nil, err
		}
		if cls == ByteArrayType {
			return &ByteArray{B: []byte{}}, nil
		}
		return newInstanceWithBase(cls, &ByteArray{B: []byte{}}), nil
	})
	recv := func(name string, args []Value) (*ByteArray, error) {
		if len(args) == 0 {
			return nil, Errorf(TypeErrorType, "unbound method bytearray.%s() needs an argument", name)
		}
		b, ok := byteArraySelf(args[0])
		if !ok {
			return nil, descrError(name, ByteArrayType, args[0])
		}
		return b, nil
	}
	t.AddMethod("__init__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		ba, err := recv("__init__", args)
		if err != nil {
			return nil, err
		}
		b, err := bytesNewArgs(th, "bytearray", args, kwnames, 1)
		if err != nil {
			return nil, err
		}
		ba.B = b
		return None, nil
	})
	m := func(name string, min, max int, f func(th *Thread, ba *ByteArray, args []Value) (Value, error)) {
		t.AddMethod(name, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			ba, err := recv(name, args)
			if err != nil {
				return nil, err
			}
			switch {
			case min == 0 && max == 0:
				err = checkNoArgs("bytearray."+name, args, kwnames)
			case min == 1 && max == 1:
				err = checkOneArg("bytearray."+name, args, kwnames)
			default:
				err = checkArgRange(name, args, kwnames, min, max)
			}
			if err != nil {
				return nil, err
			}
			return f(th, ba, args)
		})
	}
	m("append", 1, 1, func(th *Thread, ba *ByteArray, args []Value) (Value, error) {
		c, err := byteValue(th, args[1])
		if err != nil {
			return nil, err
		}
		ba.B = append(ba.B, c)
		return None, nil
	})
	m("extend", 1, 1, func(th *Thread, ba *ByteArray, args []Value) (Value, error) {
		if _, ok := strSelf(args[1]); ok {
			return nil, Errorf(TypeErrorType, "expected iterable of integers; got: 'str'")
		}
		b, err := bytesFromValue(th, args[1], "bytearray")
		if err != nil {
			return nil, err
		}
		ba.B = append(ba.B, b...)
		return None, nil
	})
	m("insert", 2, 2, func(th *Thread, ba *ByteArray, args []Value) (Value, error) {
		i, err := AsClampedIndex(th, args[1])
		if err != nil {
			return nil, err
		}
		c, err := byteValue(th, args[2])
		if err != nil {
			return nil, err
		}
		n := len(ba.B)
		if i < 0 {
			i = max(i+n, 0)
		}
		i = min(i, n)
		ba.B = slices.Insert(ba.B, i, c)
		return None, nil
	})
	m("pop", 0, 1, func(th *Thread, ba *ByteArray, args []Value) (Value, error) {
		i := -1
		if len(args) == 2 {
			var err error
			if i, err = AsIndex(th, args[1]); err != nil {
				return nil, err
			}
		}
		n := len(ba.B)
		if n == 0 {
			return nil, Errorf(IndexErrorType, "pop from empty bytearray")
		}
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, Errorf(IndexErrorType, "pop index out of range")
		}
		c := ba.B[i]
		ba.B = slices.Delete(ba.B, i, i+1)
		return Int(c), nil
	})
	m("remove", 1, 1, func(th *Thread, ba *ByteArray, args []Value) (Value, error) {
		c, err := byteValue(th, args[1])
		if err != nil {
			return nil, err
		}
		for i, x := range ba.B {
			if x == c {
				ba.B = slices.Delete(ba.B, i, i+1)
				return None, nil
			}
		}
		return nil, Errorf(ValueErrorType, "value not found in bytearray")
	})
	m("clear", 0, 0, func(th *Thread, ba *ByteArray, args []Value) (Value, error) {
		ba.B = []byte{}
		return None, nil
	})
	m("copy", 0, 0, func(th *Thread, ba *ByteArray, args []Value) (Value, error) {
		return &ByteArray{B: append([]byte{}, ba.B...)}, nil
	})
	m("reverse", 0, 0, func(th *Thread, ba *ByteArray, args []Value) (Value, error) {
		slices.Reverse(ba.B)
		return None, nil
	})
	t.AddMethod("__setitem__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkSlotArgs("__setitem__", args, kwnames, 2); err != nil {
			return nil, err
		}
		ba, err := recv("__setitem__", args)
		if err != nil {
			return nil, err
		}
		if s, ok := args[1].(*Slice); ok {
			src, err := bytesFromValue(th, args[2], "bytearray")
			if err != nil {
				return nil, err
			}
			start, stop, step, n, err := s.Indices(th, len(ba.B))
			if err != nil {
				return nil, err
			}
			if step == 1 {
				if stop < start {
					stop = start
				}
				ba.B = slices.Replace(ba.B, start, stop, src...)
				return None, nil
			}
			if len(src) != n {
				return nil, Errorf(ValueErrorType, "attempt to assign bytes of size %d to extended slice of size %d", len(src), n)
			}
			for i, j := 0, start; i < n; i, j = i+1, j+step {
				ba.B[j] = src[i]
			}
			return None, nil
		}
		i, ok, err := seqIndex(th, args[1], len(ba.B))
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, Errorf(TypeErrorType, "bytearray indices must be integers or slices, not %s", typeNameOf(args[1]))
		}
		if i < 0 || i >= len(ba.B) {
			return nil, Errorf(IndexErrorType, "bytearray index out of range")
		}
		c, err := byteValue(th, args[2])
		if err != nil {
			return nil, err
		}
		ba.B[i] = c
		return None, nil
	})
	t.AddMethod("__delitem__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkSlotArgs("__delitem__", args, kwnames, 1); err != nil {
			return nil, err
		}
		ba, err := recv("__delitem__", args)
		if err != nil {
			return nil, err
		}
		if s, ok := args[1].(*Slice); ok {
			tmp := &List{Items: make([]Value, len(ba.B))}
			for i, c := range ba.B {
				tmp.Items[i] = Int(c)
			}
			if err := listDelItem(th, tmp, s); err != nil {
				return nil, err
			}
			out := make([]byte, len(tmp.Items))
			for i, v := range tmp.Items {
				out[i] = byte(v.(Int))
			}
			ba.B = out
			return None, nil
		}
		i, ok, err := seqIndex(th, args[1], len(ba.B))
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, Errorf(TypeErrorType, "bytearray indices must be integers or slices, not %s", typeNameOf(args[1]))
		}
		if i < 0 || i >= len(ba.B) {
			return nil, Errorf(IndexErrorType, "bytearray index out of range")
		}
		ba.B = slices.Delete(ba.B, i, i+1)
		return None, nil
	})
	t.AddMethod("__iadd__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		ba, err := recv("__iadd__", args)
		if err != nil {
			return nil, err
		}
		b, ok := bytesLike(args[1])
		if !ok {
			return nil, Errorf(TypeErrorType, "can't concat %s to bytearray", typeNameOf(args[1]))
		}
		ba.B = append(ba.B, b...)
		return args[0], nil
	})
	t.AddMethod("__imul__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		ba, err := recv("__imul__", args)
		if err != nil {
			return nil, err
		}
		k, ok, err := repeatCount(th, args[1])
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", typeNameOf(args[1]))
		}
		if k <= 0 {
			ba.B = []byte{}
		} else if len(ba.B) > 0 {
			if k > maxSeqBytes/len(ba.B) || !fitsMemory(int64(k*len(ba.B))) {
				return nil, NewException(MemoryErrorType)
			}
			ba.B = []byte(string(slices.Repeat(ba.B, k)))
		}
		return args[0], nil
	})
	t.AddMethod("__alloc__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		ba, err := recv("__alloc__", args)
		if err != nil {
			return nil, err
		}
		return Int(cap(ba.B) + 1), nil
	})
	addClassGetItem(t)
}
