package vm

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/internal/pyfmt"
)

// intRecv extracts the int value of a method's receiver.
func intRecv(name string, t *Type, args []Value) (Value, error) {
	if len(args) == 0 {
		return nil, Errorf(TypeErrorType, "unbound method int.%s() needs an argument", name)
	}
	x, ok := intLike(args[0])
	if !ok {
		return nil, descrError(name, t, args[0])
	}
	return x, nil
}

func init() {
	t := IntType
	for op := opAdd; op <= opOr; op++ {
		if op == opMatMul {
			continue
		}
		op := op
		info := binops[op]
		for _, reflected := range []bool{false, true} {
			reflected := reflected
			name := info.name
			if reflected {
				name = info.rname
			}
			t.AddMethod(name, func(th *Thread, args []Value, kwnames []string) (Value, error) {
				n := 1
				if op == opPow && len(args) == 3 {
					n = 2
				}
				if err := checkSlotArgs(name, args, kwnames, n); err != nil {
					return nil, err
				}
				x, ok := intLike(args[0])
				if !ok {
					return nil, descrError(name, IntType, args[0])
				}
				y, ok := intLike(args[1])
				if !ok {
					return NotImplemented, nil
				}
				if reflected {
					x, y = y, x
				}
				if n == 2 && args[2] != None {
					m, ok := intLike(args[2])
					if !ok {
						return NotImplemented, nil
					}
					return intPowMod(x, y, m)
				}
				return intBinary(op, x, y)
			})
		}
	}
	t.AddMethod("__divmod__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkSlotArgs("__divmod__", args, kwnames, 1); err != nil {
			return nil, err
		}
		x, err := intRecv("__divmod__", IntType, args)
		if err != nil {
			return nil, err
		}
		y, ok := intLike(args[1])
		if !ok {
			return NotImplemented, nil
		}
		return intDivmod(x, y)
	})
	t.AddMethod("__rdivmod__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkSlotArgs("__rdivmod__", args, kwnames, 1); err != nil {
			return nil, err
		}
		x, err := intRecv("__rdivmod__", IntType, args)
		if err != nil {
			return nil, err
		}
		y, ok := intLike(args[1])
		if !ok {
			return NotImplemented, nil
		}
		return intDivmod(y, x)
	})
	unary := func(name string, f func(th *Thread, x Value) (Value, error)) {
		t.AddMethod(name, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := checkSlotArgs(name, args, kwnames, 0); err != nil {
				return nil, err
			}
			x, err := intRecv(name, IntType, args)
			if err != nil {
				return nil, err
			}
			return f(th, x)
		})
	}
	same := func(th *Thread, x Value) (Value, error) { return x, nil }
	unary("__neg__", func(th *Thread, x Value) (Value, error) { return intNeg(x), nil })
	unary("__pos__", same)
	unary("__abs__", func(th *Thread, x Value) (Value, error) { return intAbs(x), nil })
	unary("__invert__", func(th *Thread, x Value) (Value, error) { return intInvert(x), nil })
	unary("__bool__", func(th *Thread, x Value) (Value, error) { return Bool(intSign(x) != 0), nil })
	unary("__int__", same)
	unary("__index__", same)
	unary("__trunc__", same)
	unary("__floor__", same)
	unary("__ceil__", same)
	unary("__float__", func(th *Thread, x Value) (Value, error) {
		f, err := intToFloat(x)
		return Float(f), err
	})
	unary("__hash__", func(th *Thread, x Value) (Value, error) {
		h, _ := fastHash(x)
		return Int(h), nil
	})
	unary("__repr__", func(th *Thread, x Value) (Value, error) {
		s, err := IntRepr(th, x)
		return Str(s), err
	})
	unary("__getnewargs__", func(th *Thread, x Value) (Value, error) { return Tuple{x}, nil })
	method := func(name string, f func(th *Thread, x Value) (Value, error)) {
		t.AddMethod(name, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			x, err := intRecv(name, IntType, args)
			if err != nil {
				return nil, err
			}
			if err := checkNoArgs("int."+name, args, kwnames); err != nil {
				return nil, err
			}
			return f(th, x)
		})
	}
	method("bit_length", func(th *Thread, x Value) (Value, error) {
		if i, ok := x.(Int); ok {
			return Int(bits.Len64(absU(int64(i)))), nil
		}
		return Int(bigOf(x).BitLen()), nil
	})
	method("bit_count", func(th *Thread, x Value) (Value, error) {
		if i, ok := x.(Int); ok {
			return Int(bits.OnesCount64(absU(int64(i)))), nil
		}
		n := 0
		for _, w := range new(big.Int).Abs(bigOf(x)).Bits() {
			n += bits.OnesCount(uint(w))
		}
		return Int(n), nil
	})
	method("conjugate", same)
	method("is_integer", func(th *Thread, x Value) (Value, error) { return True, nil })
	method("as_integer_ratio", func(th *Thread, x Value) (Value, error) { return Tuple{x, Int(1)}, nil })
	method("__sizeof__", func(th *Thread, x Value) (Value, error) {
		n := (bigOf(x).BitLen() + 29) / 30
		return Int(24 + 4*max(n, 1)), nil
	})
	getter := func(name string, f func(x Value) Value) {
		addGetter(t, name, func(th *Thread, self Value) (Value, error) {
			x, _ := intLike(self)
			return f(x), nil
		})
	}
	getter("real", func(x Value) Value { return x })
	getter("imag", func(x Value) Value { return Int(0) })
	getter("numerator", func(x Value) Value { return x })
	getter("denominator", func(x Value) Value { return Int(1) })
	t.AddMethod("__round__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		x, err := intRecv("__round__", IntType, args)
		if err != nil {
			return nil, err
		}
		if err := checkArgRange("__round__", args, kwnames, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 1 || args[1] == None {
			return x, nil
		}
		nd, err := Index(th, args[1])
		if err != nil {
			return nil, err
		}
		if intSign(nd) >= 0 {
			return x, nil
		}
		ndi, ok := nd.(Int)
		if !ok || ndi < -100000 {
			return Int(0), nil
		}
		return MakeInt(pyfmt.RoundInt(bigOf(x), int(ndi))), nil
	})
	t.AddMethod("__format__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		x, err := intRecv("__format__", IntType, args)
		if err != nil {
			return nil, err
		}
		if err := checkArgRange("__format__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		spec, ok := strSelf(args[1])
		if !ok {
			return nil, Errorf(TypeErrorType, "__format__() argument must be str, not %s", typeNameOf(args[1]))
		}
		if spec == "" {
			s, err := ToStr(th, args[0])
			return Str(s), err
		}
		name := "int"
		if _, isBool := args[0].(Bool); isBool {
			name = "bool"
		}
		s, err := formatInt(th, x, spec, name)
		return Str(s), err
	})
	t.AddMethod("to_bytes", intToBytes)
	t.AddClassMethod("from_bytes", intFromBytes)
	t.AddStaticMethod("__new__", intNew)
	addRichCompare(t, func(th *Thread, a, b Value, op compile.CompareOp) (Value, error) {
		x, _ := intLike(a)
		if y, ok := intLike(b); ok {
			return Bool(cmpResult(intCompare(x, y), op)), nil
		}
		if f, ok := floatSelf(b); ok {
			c, ok := compareIntFloat(x, f)
			if !ok {
				return Bool(op == compile.CmpNE), nil
			}
			return Bool(cmpResult(c, op)), nil
		}
		return NotImplemented, nil
	})
	t.Dict.SetStr("__doc__", Str("int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4"))
}

// intNew is int.__new__(cls, x=0, /, base=10).
func intNew(th *Thread, args []Value, kwnames []string) (Value, error) {
	if len(args) < 1 {
		return nil, Errorf(TypeErrorType, "int.__new__(): not enough arguments")
	}
	cls, ok := args[0].(*Type)
	if !ok || !cls.IsSubtype(IntType) {
		return nil, Errorf(TypeErrorType, "int.__new__(X): X is not a subtype of int")
	}
	npos := len(args) - 1 - len(kwnames)
	var x, base Value
	for i, k := range kwnames {
		if k != "base" {
			return nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for int()", k)
		}
		base = args[1+npos+i]
	}
	switch npos {
	case 0:
	case 1:
		x = args[1]
	case 2:
		if base != nil {
			return nil, Errorf(TypeErrorType, "argument for int() given by name ('base') and position (2)")
		}
		x, base = args[1], args[2]
	default:
		return nil, Errorf(TypeErrorType, "int() takes at most 2 arguments (%d given)", npos)
	}
	var r Value = Int(0)
	if x == nil {
		if base != nil {
			return nil, Errorf(TypeErrorType, "int() missing string argument")
		}
	} else {
		var err error
		if r, err = intFromValue(th, x, base); err != nil {
			return nil, err
		}
	}
	if cls == IntType {
		return r, nil
	}
	return newInstanceWithBase(cls, r), nil
}

// intFromValue is int(x) or int(x, base).
func intFromValue(th *Thread, x, base Value) (Value, error) {
	if base != nil {
		b, err := Index(th, base)
		if err != nil {
			return nil, err
		}
		bi, ok := b.(Int)
		if !ok || bi != 0 && (bi < 2 || bi > 36) {
			return nil, Errorf(ValueErrorType, "int() base must be >= 2 and <= 36, or 0")
		}
		s, ok := strSelf(x)
		if !ok {
			bs, ok := bytesLike(x)
			if !ok {
				return nil, Errorf(TypeErrorType, "int() can't convert non-string with explicit base")
			}
			s = string(bs)
			return parseIntValue(th, s, int(bi), x)
		}
		return parseIntValue(th, s, int(bi), x)
	}
	switch v := x.(type) {
	case Int:
		return v, nil
	case Bool:
		v2, _ := intLike(v)
		return v2, nil
	case *BigInt:
		return v, nil
	case Float:
		return floatToIntValue(float64(v))
	case Str:
		return parseIntValue(th, string(v), 10, x)
	}
	if m := LookupSpecial(x, "__int__"); m != nil {
		r, err := callDunder(th, m, x)
		if err != nil {
			return nil, err
		}
		if v, ok := intLike(r); ok {
			return v, nil
		}
		return nil, Errorf(TypeErrorType, "__int__ returned non-int (type %s)", typeNameOf(r))
	}
	if LookupSpecial(x, "__index__") != nil {
		return Index(th, x)
	}
	if m := LookupSpecial(x, "__trunc__"); m != nil {
		r, err := callDunder(th, m, x)
		if err != nil {
			return nil, err
		}
		if v, ok := intLike(r); ok {
			return v, nil
		}
		return Index(th, r)
	}
	if s, ok := strSelf(x); ok {
		return parseIntValue(th, s, 10, x)
	}
	if b, ok := bytesLike(x); ok {
		return parseIntValue(th, string(b), 10, x)
	}
	return nil, Errorf(TypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not '%s'", typeNameOf(x))
}

// parseIntValue parses int(s, base), reporting errors with repr(orig) as CPython does.
func parseIntValue(th *Thread, s string, base int, orig Value) (Value, error) {
	n, err := pyfmt.ParseIntLimit(s, base, maxStrDigits(th))
	if err != nil {
		if fe, ok := err.(*pyfmt.Error); ok && fe.Type == "ValueError" && len(fe.Msg) > 0 {
			if _, isStr := orig.(Str); !isStr {
				r, _ := Repr(nil, orig)
				return nil, Errorf(ValueErrorType, "invalid literal for int() with base %d: %s", base, r)
			}
		}
		return nil, fmtError(err)
	}
	return MakeInt(n), nil
}

// byteOrder parses the byteorder argument of to_bytes / from_bytes.
func byteOrder(v Value) (bool, error) {
	if v == nil {
		return false, nil
	}
	s, ok := strSelf(v)
	if !ok {
		return false, Errorf(TypeErrorType, "to_bytes() argument 'byteorder' must be str, not %s", typeNameOf(v))
	}
	switch s {
	case "big":
		return false, nil
	case "little":
		return true, nil
	}
	return false, Errorf(ValueErrorType, "byteorder must be either 'little' or 'big'")
}

// intToBytes is int.to_bytes(length=1, byteorder='big', *, signed=False).
func intToBytes(th *Thread, args []Value, kwnames []string) (Value, error) {
	x, err := intRecv("to_bytes", IntType, args)
	if err != nil {
		return nil, err
	}
	spec := argSpec{fname: "to_bytes", names: []string{"length", "byteorder", "signed"}, kwOnly: 2}
	a, err := spec.parse(args, kwnames, 1)
	if err != nil {
		return nil, err
	}
	length := 1
	if a[0] != nil {
		if length, err = AsIndex(th, a[0]); err != nil {
			return nil, err
		}
		if length < 0 {
			return nil, Errorf(ValueErrorType, "length argument must be non-negative")
		}
	}
	little, err := byteOrder(a[1])
	if err != nil {
		return nil, err
	}
	signed := false
	if a[2] != nil {
		if signed, err = Truth(th, a[2]); err != nil {
			return nil, err
		}
	}
	b := bigOf(x)
	if b.Sign() < 0 && !signed {
		return nil, Errorf(OverflowErrorType, "can't convert negative int to unsigned")
	}
	if length > maxSeqBytes {
		return nil, NewException(MemoryErrorType)
	}
	v := new(big.Int).Set(b)
	if v.Sign() < 0 {
		// Two's complement in length bytes.
		v.Add(v, new(big.Int).Lsh(big.NewInt(1), uint(8*length)))
	}
	limitBits := 8 * length
	if signed {
		limitBits--
	}
	if b.Sign() >= 0 && b.BitLen() > limitBits || b.Sign() < 0 && (v.Sign() < 0 || new(big.Int).Neg(b).Cmp(new(big.Int).Lsh(big.NewInt(1), uint(limitBits))) > 0) {
		return nil, Errorf(OverflowErrorType, "int too big to convert")
	}
	out := v.FillBytes(make([]byte, length))
	if little {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return Bytes(out), nil
}

// intFromBytes is int.from_bytes(bytes, byteorder='big', *, signed=False).
func intFromBytes(th *Thread, args []Value, kwnames []string) (Value, error) {
	spec := argSpec{fname: "from_bytes", names: []string{"bytes", "byteorder", "signed"}, kwOnly: 2, required: 1}
	a, err := spec.parse(args, kwnames, 1)
	if err != nil {
		return nil, err
	}
	var data []byte
	if b, ok := bytesLike(a[0]); ok {
		data = []byte(b)
	} else {
		items, err := Collect(th, a[0])
		if err != nil {
			return nil, Errorf(TypeErrorType, "cannot convert '%s' object to bytes", typeNameOf(a[0]))
		}
		for _, it := range items {
			n, err := AsIndex(th, it)
			if err != nil {
				return nil, err
			}
			if n < 0 || n > 255 {
				return nil, Errorf(ValueErrorType, "bytes must be in range(0, 256)")
			}
			data = append(data, byte(n))
		}
	}
	little, err := byteOrder(a[1])
	if err != nil {
		return nil, err
	}
	signed := false
	if a[2] != nil {
		if signed, err = Truth(th, a[2]); err != nil {
			return nil, err
		}
	}
	buf := append([]byte(nil), data...)
	if little {
		for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
			buf[i], buf[j] = buf[j], buf[i]
		}
	}
	v := new(big.Int).SetBytes(buf)
	if signed && len(buf) > 0 && buf[0]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(buf))))
	}
	r := MakeInt(v)
	if cls, ok := args[0].(*Type); ok && cls != IntType {
		return Call(th, cls, []Value{r}, nil)
	}
	return r, nil
}

var _ = math.MaxInt64
