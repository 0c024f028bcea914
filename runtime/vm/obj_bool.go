package vm

// bool, NoneType, NotImplementedType and ellipsis.

func init() {
	t := BoolType
	t.AddStaticMethod("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(kwnames) > 0 {
			return nil, Errorf(TypeErrorType, "bool() takes no keyword arguments")
		}
		switch len(args) {
		case 1:
			return False, nil
		case 2:
			b, err := Truth(th, args[1])
			return Bool(b), err
		}
		return nil, Errorf(TypeErrorType, "bool expected at most 1 argument, got %d", len(args)-1)
	})
	t.AddMethod("__repr__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkSlotArgs("__repr__", args, kwnames, 0); err != nil {
			return nil, err
		}
		b, ok := args[0].(Bool)
		if !ok {
			return nil, descrError("__repr__", BoolType, args[0])
		}
		if b {
			return Str("True"), nil
		}
		return Str("False"), nil
	})
	for _, op := range []byte{'&', '|', '^'} {
		op := op
		names := map[byte][2]string{'&': {"__and__", "__rand__"}, '|': {"__or__", "__ror__"}, '^': {"__xor__", "__rxor__"}}[op]
		for _, name := range names {
			name := name
			t.AddMethod(name, func(th *Thread, args []Value, kwnames []string) (Value, error) {
				if err := checkSlotArgs(name, args, kwnames, 1); err != nil {
					return nil, err
				}
				a, ok := args[0].(Bool)
				if !ok {
					return nil, descrError(name, BoolType, args[0])
				}
				if b, ok := args[1].(Bool); ok {
					switch op {
					case '&':
						return a && b, nil
					case '|':
						return a || b, nil
					}
					return Bool(a != b), nil
				}
				x, _ := intLike(a)
				y, ok := intLike(args[1])
				if !ok {
					return NotImplemented, nil
				}
				return intBitwise(op, x, y), nil
			})
		}
	}

	n := NoneTypeType
	n.AddStaticMethod("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) > 1 || len(kwnames) > 0 {
			return nil, Errorf(TypeErrorType, "NoneType takes no arguments")
		}
		return None, nil
	})
	constRepr(n, "None")
	n.AddMethod("__bool__", func(th *Thread, args []Value, kwnames []string) (Value, error) { return False, nil })
	n.AddMethod("__hash__", func(th *Thread, args []Value, kwnames []string) (Value, error) { return Int(hashNone), nil })

	ni := NotImplementedTypeType
	ni.AddStaticMethod("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) > 1 || len(kwnames) > 0 {
			return nil, Errorf(TypeErrorType, "NotImplementedType takes no arguments")
		}
		return NotImplemented, nil
	})
	constRepr(ni, "NotImplemented")
	ni.AddMethod("__reduce__", func(th *Thread, args []Value, kwnames []string) (Value, error) { return Str("NotImplemented"), nil })

	e := EllipsisType
	e.AddStaticMethod("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) > 1 || len(kwnames) > 0 {
			return nil, Errorf(TypeErrorType, "ellipsis takes no arguments")
		}
		return Ellipsis, nil
	})
	constRepr(e, "Ellipsis")
	e.AddMethod("__reduce__", func(th *Thread, args []Value, kwnames []string) (Value, error) { return Str("Ellipsis"), nil })
}

func constRepr(t *Type, s string) {
	t.AddMethod("__repr__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkSlotArgs("__repr__", args, kwnames, 0); err != nil {
			return nil, err
		}
		return Str(s), nil
	})
}
