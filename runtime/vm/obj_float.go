package vm

import (
	"math"
	"strconv"
	"strings"

	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/internal/exactfloat"
	"github.com/asobiba/asobiba/runtime/internal/libm"
	"github.com/asobiba/asobiba/runtime/internal/pyfmt"
)

// floatBinary applies a binary operator to two floats, with CPython's special cases and
// error messages. It returns NotImplemented for operators floats lack.
func floatBinary(op compile.BinaryOp, a, b float64) (Value, error) {
	switch op {
	case opAdd:
		return Float(a + b), nil
	case opSub:
		return Float(a - b), nil
	case opMul:
		return Float(a * b), nil
	case opTrueDiv:
		if b == 0 {
			return nil, Errorf(ZeroDivisionErrorType, "float division by zero")
		}
		return Float(a / b), nil
	case opFloorDiv:
		q, err := pyfmt.FloorDiv(a, b)
		if err != nil {
			return nil, fmtError(err)
		}
		return Float(q), nil
	case opMod:
		r, err := pyfmt.Mod(a, b)
		if err != nil {
			return nil, fmtError(err)
		}
		return Float(r), nil
	case opPow:
		return floatPow(a, b)
	}
	return NotImplemented, nil
}

// fmtError converts a pyfmt error into the Python exception it names.
func fmtError(err error) error {
	fe, ok := err.(*pyfmt.Error)
	if !ok {
		return err
	}
	cls := ExceptionType
	switch fe.Type {
	case "ValueError":
		cls = ValueErrorType
	case "TypeError":
		cls = TypeErrorType
	case "OverflowError":
		cls = OverflowErrorType
	case "ZeroDivisionError":
		cls = ZeroDivisionErrorType
	case "MemoryError":
		return NewException(MemoryErrorType)
	case "KeyError":
		cls = KeyErrorType
	case "IndexError":
		cls = IndexErrorType
	}
	return Errorf(cls, "%s", fe.Msg)
}

func isOddInteger(x float64) bool {
	return math.Mod(x, 2) == 1 || math.Mod(x, 2) == -1
}

// floatPow is CPython's float_pow.
func floatPow(iv, iw float64) (Value, error) {
	if iw == 0 {
		return Float(1), nil
	}
	if math.IsNaN(iv) {
		return Float(iv), nil
	}
	if math.IsNaN(iw) {
		if iv == 1 {
			return Float(1), nil
		}
		return Float(iw), nil
	}
	if math.IsInf(iw, 0) {
		iv = math.Abs(iv)
		if iv == 1 {
			return Float(1), nil
		}
		if (iw > 0) == (iv > 1) {
			return Float(math.Abs(iw)), nil
		}
		return Float(0), nil
	}
	if math.IsInf(iv, 0) {
		odd := isOddInteger(iw)
		if iw > 0 {
			if odd {
				return Float(iv), nil
			}
			return Float(math.Abs(iv)), nil
		}
		if odd {
			return Float(math.Copysign(0, iv)), nil
		}
		return Float(0), nil
	}
	if iv == 0 {
		if iw < 0 {
			return nil, Errorf(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
		}
		if isOddInteger(iw) {
			return Float(iv), nil
		}
		return Float(0), nil
	}
	negate := false
	if iv < 0 {
		if iw != math.Floor(iw) {
			return complexPow(complex(iv, 0), complex(iw, 0))
		}
		iv = -iv
		negate = isOddInteger(iw)
	}
	if iv == 1 {
		if negate {
			return Float(-1), nil
		}
		return Float(1), nil
	}
	ix := libm.Pow(iv, iw)
	if negate {
		ix = -ix
	}
	if math.IsInf(ix, 0) {
		return nil, NewException(OverflowErrorType, Int(34), Str("Numerical result out of range"))
	}
	return Float(ix), nil
}

// floatSelf extracts the float of a float or float-subclass instance.
func floatSelf(v Value) (float64, bool) {
	switch x := v.(type) {
	case Float:
		return float64(x), true
	case *Instance:
		if f, ok := x.Base.(Float); ok {
			return float64(f), true
		}
	}
	return 0, false
}

// floatOperand converts the other operand of a float dunder: floats and ints qualify.
func floatOperand(v Value) (float64, bool, error) {
	if f, ok := floatSelf(v); ok {
		return f, true, nil
	}
	if i, ok := intLike(v); ok {
		f, err := intToFloat(i)
		return f, true, err
	}
	return 0, false, nil
}

// FloatRepr is repr(f).
func FloatRepr(f float64) string { return pyfmt.FloatRepr(f) }

func init() {
	t := FloatType
	for op := opAdd; op <= opPow; op++ {
		switch op {
		case opMatMul:
			continue
		}
		op := op
		info := binops[op]
		t.AddMethod(info.name, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			return floatDunder(info.name, op, false, args, kwnames)
		})
		t.AddMethod(info.rname, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			return floatDunder(info.rname, op, true, args, kwnames)
		})
	}
	t.AddMethod("__divmod__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return floatDivmodDunder("__divmod__", false, args, kwnames)
	})
	t.AddMethod("__rdivmod__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return floatDivmodDunder("__rdivmod__", true, args, kwnames)
	})
	floatUnary := func(name string, f func(x float64) (Value, error)) {
		t.AddMethod(name, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := checkSlotArgs(name, args, kwnames, 0); err != nil {
				return nil, err
			}
			x, ok := floatSelf(args[0])
			if !ok {
				return nil, descrError(name, FloatType, args[0])
			}
			return f(x)
		})
	}
	floatUnary("__neg__", func(x float64) (Value, error) { return Float(-x), nil })
	floatUnary("__pos__", func(x float64) (Value, error) { return Float(x), nil })
	floatUnary("__abs__", func(x float64) (Value, error) { return Float(math.Abs(x)), nil })
	floatUnary("__bool__", func(x float64) (Value, error) { return Bool(x != 0), nil })
	floatUnary("__float__", func(x float64) (Value, error) { return Float(x), nil })
	floatUnary("__int__", floatToIntValue)
	floatUnary("__trunc__", floatToIntValue)
	floatUnary("__floor__", func(x float64) (Value, error) { return floatToIntValue(math.Floor(x)) })
	floatUnary("__ceil__", func(x float64) (Value, error) { return floatToIntValue(math.Ceil(x)) })
	floatUnary("__hash__", func(x float64) (Value, error) { return Int(hashFloat(x)), nil })
	floatUnary("__repr__", func(x float64) (Value, error) { return Str(pyfmt.FloatRepr(x)), nil })
	floatUnary("__getnewargs__", func(x float64) (Value, error) { return Tuple{Float(x)}, nil })
	floatMethod := func(name string, f func(x float64) (Value, error)) {
		t.AddMethod(name, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := checkNoArgs("float."+name, args, kwnames); err != nil {
				return nil, err
			}
			x, ok := floatSelf(args[0])
			if !ok {
				return nil, descrError(name, FloatType, args[0])
			}
			return f(x)
		})
	}
	floatMethod("is_integer", func(x float64) (Value, error) {
		return Bool(!math.IsInf(x, 0) && x == math.Trunc(x)), nil
	})
	floatMethod("conjugate", func(x float64) (Value, error) { return Float(x), nil })
	floatMethod("hex", func(x float64) (Value, error) { return Str(floatHex(x)), nil })
	floatMethod("as_integer_ratio", func(x float64) (Value, error) {
		if math.IsInf(x, 0) {
			return nil, Errorf(OverflowErrorType, "cannot convert Infinity to integer ratio")
		}
		if math.IsNaN(x) {
			return nil, Errorf(ValueErrorType, "cannot convert NaN to integer ratio")
		}
		num, den := exactfloat.Ratio(x)
		return Tuple{MakeInt(num), MakeInt(den)}, nil
	})
	t.AddMethod("__round__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkArgRange("__round__", args, kwnames, 0, 1); err != nil {
			return nil, err
		}
		x, ok := floatSelf(args[0])
		if !ok {
			return nil, descrError("__round__", FloatType, args[0])
		}
		if len(args) == 1 || args[1] == None {
			n, err := pyfmt.RoundToInt(x)
			if err != nil {
				return nil, fmtError(err)
			}
			return MakeInt(n), nil
		}
		nd, err := Index(th, args[1])
		if err != nil {
			return nil, err
		}
		nds := 0
		if i, ok := nd.(Int); ok {
			nds = int(max(min(i, 100000), -100000))
		} else if intSign(nd) > 0 {
			nds = 100000
		} else {
			nds = -100000
		}
		r, err := pyfmt.Round(x, nds)
		if err != nil {
			return nil, fmtError(err)
		}
		return Float(r), nil
	})
	t.AddMethod("__format__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkArgRange("__format__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		x, ok := floatSelf(args[0])
		if !ok {
			return nil, descrError("__format__", FloatType, args[0])
		}
		spec, ok := strSelf(args[1])
		if !ok {
			return nil, Errorf(TypeErrorType, "__format__() argument must be str, not %s", typeNameOf(args[1]))
		}
		s, err := formatFloat(x, spec)
		return Str(s), err
	})
	t.AddClassMethod("fromhex", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkOneArg("float.fromhex", args, kwnames); err != nil {
			return nil, err
		}
		s, ok := strSelf(args[1])
		if !ok {
			return nil, Errorf(TypeErrorType, "must be str, not %s", typeNameOf(args[1]))
		}
		f, err := floatFromHex(s)
		if err != nil {
			return nil, err
		}
		return Call(th, args[0], []Value{Float(f)}, nil)
	})
	t.AddStaticMethod("__new__", floatNew)
	addGetter(t, "real", func(th *Thread, self Value) (Value, error) {
		x, _ := floatSelf(self)
		return Float(x), nil
	})
	addGetter(t, "imag", func(th *Thread, self Value) (Value, error) { return Float(0), nil })
	addRichCompare(t, floatRichCompare)
}

func floatDunder(name string, op compile.BinaryOp, reflected bool, args []Value, kwnames []string) (Value, error) {
	n := 1
	if op == opPow && len(args) == 3 {
		n = 2
	}
	if err := checkSlotArgs(name, args, kwnames, n); err != nil {
		return nil, err
	}
	x, ok := floatSelf(args[0])
	if !ok {
		return nil, descrError(name, FloatType, args[0])
	}
	y, ok, err := floatOperand(args[1])
	if err != nil || !ok {
		return NotImplemented, err
	}
	if n == 2 && args[2] != None {
		return nil, Errorf(TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	if reflected {
		x, y = y, x
	}
	return floatBinary(op, x, y)
}

func floatDivmodDunder(name string, reflected bool, args []Value, kwnames []string) (Value, error) {
	if err := checkSlotArgs(name, args, kwnames, 1); err != nil {
		return nil, err
	}
	x, ok := floatSelf(args[0])
	if !ok {
		return nil, descrError(name, FloatType, args[0])
	}
	y, ok, err := floatOperand(args[1])
	if err != nil || !ok {
		return NotImplemented, err
	}
	if reflected {
		x, y = y, x
	}
	q, r, err := pyfmt.FloorDivMod(x, y)
	if err != nil {
		return nil, fmtError(err)
	}
	return Tuple{Float(q), Float(r)}, nil
}

func floatToIntValue(x float64) (Value, error) {
	if x > -9.2e18 && x < 9.2e18 {
		return Int(int64(x)), nil
	}
	n, err := pyfmt.FloatToInt(x)
	if err != nil {
		return nil, fmtError(err)
	}
	return MakeInt(n), nil
}

// floatRichCompare compares a float with a float or int exactly.
func floatRichCompare(th *Thread, a, b Value, op compile.CompareOp) (Value, error) {
	x, ok := floatSelf(a)
	if !ok {
		return NotImplemented, nil
	}
	if y, ok := floatSelf(b); ok {
		return Bool(compareFloats(x, y, op)), nil
	}
	if i, ok := intLike(b); ok {
		c, ok := compareIntFloat(i, x)
		if !ok {
			return Bool(op == compile.CmpNE), nil
		}
		return Bool(cmpResult(-c, op)), nil
	}
	return NotImplemented, nil
}

func compareFloats(x, y float64, op compile.CompareOp) bool {
	switch op {
	case compile.CmpLT:
		return x < y
	case compile.CmpLE:
		return x <= y
	case compile.CmpEQ:
		return x == y
	case compile.CmpNE:
		return x != y
	case compile.CmpGT:
		return x > y
	}
	return x >= y
}

// cmpResult turns a three-way comparison into the answer for op.
func cmpResult(c int, op compile.CompareOp) bool {
	switch op {
	case compile.CmpLT:
		return c < 0
	case compile.CmpLE:
		return c <= 0
	case compile.CmpEQ:
		return c == 0
	case compile.CmpNE:
		return c != 0
	case compile.CmpGT:
		return c > 0
	}
	return c >= 0
}

// floatNew is float.__new__(cls, x=0.0).
func floatNew(th *Thread, args []Value, kwnames []string) (Value, error) {
	if len(args) < 1 {
		return nil, Errorf(TypeErrorType, "float.__new__(): not enough arguments")
	}
	cls, ok := args[0].(*Type)
	if !ok || !cls.IsSubtype(FloatType) {
		return nil, Errorf(TypeErrorType, "float.__new__(X): X is not a subtype of float")
	}
	if len(kwnames) > 0 {
		return nil, Errorf(TypeErrorType, "float() takes no keyword arguments")
	}
	if len(args) > 2 {
		return nil, Errorf(TypeErrorType, "float expected at most 1 argument, got %d", len(args)-1)
	}
	f := 0.0
	if len(args) == 2 {
		var err error
		if f, err = ToFloat(th, args[1]); err != nil {
			return nil, err
		}
	}
	if cls == FloatType {
		return Float(f), nil
	}
	return newInstanceWithBase(cls, Float(f)), nil
}

// ToFloat is float(v): numbers, objects with __float__ or __index__, and strings.
func ToFloat(th *Thread, v Value) (float64, error) {
	switch x := v.(type) {
	case Float:
		return float64(x), nil
	case Str:
		return parseFloatStr(string(x))
	case Bytes:
		return parseFloatStr(string(x))
	}
	if s, ok := strSelf(v); ok {
		if LookupSpecial(v, "__float__") == nil {
			return parseFloatStr(s)
		}
	}
	if b, ok := bytesLike(v); ok && LookupSpecial(v, "__float__") == nil {
		return parseFloatStr(string(b))
	}
	if LookupSpecial(v, "__float__") == nil && LookupSpecial(v, "__index__") == nil {
		return 0, Errorf(TypeErrorType, "float() argument must be a string or a real number, not '%s'", typeNameOf(v))
	}
	return AsFloat(th, v)
}

func parseFloatStr(s string) (float64, error) {
	f, err := pyfmt.ParseFloat(s)
	if err != nil {
		return 0, fmtError(err)
	}
	return f, nil
}

// floatHex is float.hex().
func floatHex(x float64) string {
	if math.IsNaN(x) {
		return "nan"
	}
	if math.IsInf(x, 0) {
		if x > 0 {
			return "inf"
		}
		return "-inf"
	}
	sign := ""
	if math.Signbit(x) {
		sign = "-"
		x = -x
	}
	if x == 0 {
		return sign + "0x0.0p+0"
	}
	bitsv := math.Float64bits(x)
	exp := int((bitsv >> 52) & 0x7ff)
	mant := bitsv & (1<<52 - 1)
	lead := 1
	if exp == 0 {
		lead = 0
		exp = -1022
	} else {
		exp -= 1023
	}
	digits := strconv.FormatUint(mant, 16)
	digits = strings.Repeat("0", 13-len(digits)) + digits
	esign := "+"
	if exp < 0 {
		esign = "-"
		exp = -exp
	}
	return sign + "0x" + strconv.Itoa(lead) + "." + digits + "p" + esign + strconv.Itoa(exp)
}

// floatFromHex is float.fromhex(s).
func floatFromHex(s string) (float64, error) {
	t := strings.TrimSpace(s)
	low := strings.ToLower(t)
	switch strings.TrimLeft(low, "+-") {
	case "inf", "infinity":
		if strings.HasPrefix(low, "-") {
			return math.Inf(-1), nil
		}
		return math.Inf(1), nil
	case "nan":
		return math.NaN(), nil
	}
	neg := false
	if strings.HasPrefix(t, "-") {
		neg = true
		t = t[1:]
	} else if strings.HasPrefix(t, "+") {
		t = t[1:]
	}
	if strings.HasPrefix(strings.ToLower(t), "0x") {
		t = t[2:]
	}
	mant, exp := t, "0"
	if i := strings.IndexAny(t, "pP"); i >= 0 {
		mant, exp = t[:i], t[i+1:]
	}
	if mant == "" || mant == "." {
		return 0, Errorf(ValueErrorType, "invalid hexadecimal floating-point string")
	}
	e, err := strconv.Atoi(exp)
	if err != nil && !strings.Contains(err.Error(), "range") {
		return 0, Errorf(ValueErrorType, "invalid hexadecimal floating-point string")
	}
	f, perr := strconv.ParseFloat("0x"+mant+"p"+strconv.Itoa(e), 64)
	if perr != nil {
		if ne, ok := perr.(*strconv.NumError); ok && ne.Err == strconv.ErrRange && math.IsInf(f, 0) {
			return 0, Errorf(OverflowErrorType, "hexadecimal value too large to represent as a float")
		}
		if !strings.Contains(perr.Error(), "range") {
			return 0, Errorf(ValueErrorType, "invalid hexadecimal floating-point string")
		}
	}
	if neg {
		f = -f
	}
	return f, nil
}

// formatFloat is format(x, spec) for a float.
func formatFloat(x float64, spec string) (string, error) {
	if spec == "" {
		return pyfmt.FloatRepr(x), nil
	}
	sp, err := pyfmt.ParseSpec(spec)
	if err != nil {
		return "", fmtError(err)
	}
	s, err := pyfmt.FormatFloat(x, sp)
	if err != nil {
		return "", fmtError(err)
	}
	return s, nil
}
