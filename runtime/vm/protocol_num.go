package vm

// Binary and unary operators.
//
// BinaryOp first tries Go fast paths for the builtin numeric and sequence representations
// (exact types only, so they cannot disagree with a user override), then follows CPython's
// binary_op1: the in-place dunder (__iadd__) for augmented assignment, the reflected dunder
// of the right operand first when its class is a proper subclass of the left operand's class,
// then the left operand's dunder, then the right operand's reflected dunder. NotImplemented
// moves to the next candidate; when all decline, the TypeError names both types.
//
// Builtin sequence types raise their own message when their __add__ or __mul__ is called
// directly (`[].__add__(())`), but inside the operator they must decline politely so that
// the right operand's __radd__ gets its turn, as CPython's separate nb_add / sq_concat slots
// arrange. seqSlots maps those builtins to the declining versions.

import (
	"math"

	"github.com/asobiba/asobiba/runtime/compile"
)

// Short names for the operator enum.
const (
	opAdd      = compile.OpAdd
	opSub      = compile.OpSub
	opMul      = compile.OpMul
	opMatMul   = compile.OpMatMul
	opTrueDiv  = compile.OpTrueDiv
	opFloorDiv = compile.OpFloorDiv
	opMod      = compile.OpMod
	opPow      = compile.OpPow
	opLShift   = compile.OpLShift
	opRShift   = compile.OpRShift
	opAnd      = compile.OpAnd
	opXor      = compile.OpXor
	opOr       = compile.OpOr
)

// binopInfo names the dunders and the symbol of a binary operator.
type binopInfo struct {
	name, rname, iname, sym string
}

var binops = [...]binopInfo{
	opAdd:      {"__add__", "__radd__", "__iadd__", "+"},
	opSub:      {"__sub__", "__rsub__", "__isub__", "-"},
	opMul:      {"__mul__", "__rmul__", "__imul__", "*"},
	opMatMul:   {"__matmul__", "__rmatmul__", "__imatmul__", "@"},
	opTrueDiv:  {"__truediv__", "__rtruediv__", "__itruediv__", "/"},
	opFloorDiv: {"__floordiv__", "__rfloordiv__", "__ifloordiv__", "//"},
	opMod:      {"__mod__", "__rmod__", "__imod__", "%"},
	opPow:      {"__pow__", "__rpow__", "__ipow__", "**"},
	opLShift:   {"__lshift__", "__rlshift__", "__ilshift__", "<<"},
	opRShift:   {"__rshift__", "__rrshift__", "__irshift__", ">>"},
	opAnd:      {"__and__", "__rand__", "__iand__", "&"},
	opXor:      {"__xor__", "__rxor__", "__ixor__", "^"},
	opOr:       {"__or__", "__ror__", "__ior__", "|"},
}

// BinaryOpSymbol returns the operator's symbol ("+", "//", ...).
func BinaryOpSymbol(op compile.BinaryOp) string {
	return binops[op&^compile.InplaceOffset].sym
}

// binarySlot is the Go implementation behind a builtin binary dunder, used when the operator
// (not a direct call) reaches it.
type binarySlot func(th *Thread, a, b Value) (Value, error)

// seqSlots maps builtin __add__/__mul__ methods that raise when called directly to versions
// that return NotImplemented instead.
var seqSlots = map[*Builtin]binarySlot{}

// BinaryOp is a op b (in-place forms included).
func BinaryOp(th *Thread, op compile.BinaryOp, a, b Value) (Value, error) {
	inplace := op >= compile.InplaceOffset
	base := op &^ compile.InplaceOffset
	if r, ok, err := fastBinary(th, base, inplace, a, b); ok || err != nil {
		return r, err
	}
	return binaryOpSlow(th, base, inplace, a, b)
}

// fastBinary handles exact builtin types. ok is false when the slow path must decide.
func fastBinary(th *Thread, op compile.BinaryOp, inplace bool, a, b Value) (Value, bool, error) {
	switch x := a.(type) {
	case Int:
		switch y := b.(type) {
		case Int:
			switch op {
			case opAdd:
				return intAdd(x, y), true, nil
			case opSub:
				return intSub(x, y), true, nil
			case opMul:
				return intMul(x, y), true, nil
			}
			r, err := intBinary(op, x, y)
			return r, r != NotImplemented, err
		case Float:
			r, err := floatBinary(op, float64(x), float64(y))
			return r, r != NotImplemented, err
		}
	case Float:
		switch y := b.(type) {
		case Float:
			r, err := floatBinary(op, float64(x), float64(y))
			return r, r != NotImplemented, err
		case Int:
			r, err := floatBinary(op, float64(x), float64(y))
			return r, r != NotImplemented, err
		}
	case Str:
		switch op {
		case opAdd:
			if y, ok := b.(Str); ok {
				if len(x)+len(y) > maxSeqBytes || !fitsMemory(int64(len(x)+len(y))) {
					return nil, true, NewException(MemoryErrorType)
				}
				return x + y, true, nil
			}
		case opMod:
			if _, ok := b.(*Instance); !ok {
				r, err := strPercent(th, string(x), b)
				if err != nil {
					return nil, true, err
				}
				return Str(r), true, nil
			}
		}
	case *List:
		if op == opAdd {
			if y, ok := b.(*List); ok {
				if inplace {
					x.Items = append(x.Items, y.Items...)
					return x, true, nil
				}
				return listConcat(x.Items, y.Items), true, nil
			}
		}
	case Tuple:
		if op == opAdd {
			if y, ok := b.(Tuple); ok {
				if len(y) == 0 {
					return x, true, nil
				}
				if len(x) == 0 {
					return y, true, nil
				}
				out := make(Tuple, 0, len(x)+len(y))
				return append(append(out, x...), y...), true, nil
			}
		}
	}
	return nil, false, nil
}

// callBinaryDunder calls a binary dunder m found on a's class.
func callBinaryDunder(th *Thread, m Value, a, b Value) (Value, error) {
	if bf, ok := m.(*Builtin); ok && bf.Self == nil && bf.Kind == BuiltinMethod {
		if slot := seqSlots[bf]; slot != nil {
			return slot(th, a, b)
		}
		return bf.Fn(th, []Value{a, b}, nil)
	}
	return callDunder(th, m, a, b)
}

func binaryOpSlow(th *Thread, op compile.BinaryOp, inplace bool, a, b Value) (Value, error) {
	info := binops[op]
	if inplace {
		if m := a.Type().Lookup(info.iname); m != nil {
			r, err := callBinaryDunder(th, m, a, b)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	ta, tb := a.Type(), b.Type()
	ma := ta.Lookup(info.name)
	var mb Value
	if tb != ta {
		mb = tb.Lookup(info.rname)
	}
	if mb != nil {
		same := Is(mb, ta.Lookup(info.rname))
		if _, builtin := mb.(*Builtin); same && builtin {
			// A builtin's dunders handle both operand orders: the left one covers it.
			mb = nil
		} else if !same && tb.IsSubtype(ta) {
			// A subclass that overrides the reflected method goes first.
			r, err := callBinaryDunder(th, mb, b, a)
			if err != nil || r != NotImplemented {
				return r, err
			}
			mb = nil
		}
	}
	if ma != nil {
		r, err := callBinaryDunder(th, ma, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if mb != nil {
		r, err := callBinaryDunder(th, mb, b, a)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	return nil, binaryTypeError(op, inplace, a, b)
}

// binaryTypeError builds CPython's message for an unsupported operand combination.
func binaryTypeError(op compile.BinaryOp, inplace bool, a, b Value) error {
	switch op {
	case opAdd:
		if name, ok := seqKind(a); ok {
			switch name {
			case "bytes", "bytearray":
				return Errorf(TypeErrorType, "can't concat %s to %s", b.Type().Name, a.Type().Name)
			}
			return Errorf(TypeErrorType, "can only concatenate %s (not \"%s\") to %s", name, b.Type().Name, name)
		}
	case opMul:
		if _, ok := seqKind(a); ok {
			return Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", b.Type().Name)
		}
		if _, ok := seqKind(b); ok {
			return Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", a.Type().Name)
		}
	}
	sym := binops[op].sym
	if inplace {
		sym += "="
	} else if op == opPow {
		sym = "** or pow()"
	}
	return Errorf(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'", sym, a.Type().Name, b.Type().Name)
}

// seqKind reports whether v is a builtin sequence that supports + and * (or an instance of
// a subclass of one), and names the builtin.
func seqKind(v Value) (string, bool) {
	t := v.Type()
	for _, s := range []*Type{StrType, ListType, TupleType, BytesType, ByteArrayType} {
		if t.IsSubtype(s) {
			return s.Name, true
		}
	}
	return "", false
}

// Unary applies UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_INVERT or UNARY_NOT.
func Unary(th *Thread, op compile.Opcode, v Value) (Value, error) {
	switch op {
	case compile.UNARY_NOT:
		t, err := Truth(th, v)
		if err != nil {
			return nil, err
		}
		return Bool(!t), nil
	case compile.UNARY_NEGATIVE:
		switch x := v.(type) {
		case Int:
			if x != math.MinInt64 {
				return -x, nil
			}
		case Float:
			return -x, nil
		}
		return unaryDunder(th, v, "__neg__", "-")
	case compile.UNARY_POSITIVE:
		switch v.(type) {
		case Int, Float:
			return v, nil
		}
		return unaryDunder(th, v, "__pos__", "+")
	case compile.UNARY_INVERT:
		if x, ok := v.(Int); ok {
			return ^x, nil
		}
		return unaryDunder(th, v, "__invert__", "~")
	}
	return nil, Errorf(SystemErrorType, "bad unary opcode %d", int(op))
}

func unaryDunder(th *Thread, v Value, name, sym string) (Value, error) {
	r, found, err := CallSpecial(th, v, name)
	if !found {
		return nil, Errorf(TypeErrorType, "bad operand type for unary %s: '%s'", sym, v.Type().Name)
	}
	return r, err
}

// Abs is abs(v).
func Abs(th *Thread, v Value) (Value, error) {
	switch x := v.(type) {
	case Int:
		if x >= 0 {
			return x, nil
		}
		return intNeg(x), nil
	case Float:
		return Float(math.Abs(float64(x))), nil
	}
	r, found, err := CallSpecial(th, v, "__abs__")
	if !found {
		return nil, Errorf(TypeErrorType, "bad operand type for abs(): '%s'", v.Type().Name)
	}
	return r, err
}

// Divmod is divmod(a, b).
func Divmod(th *Thread, a, b Value) (Value, error) {
	ta, tb := a.Type(), b.Type()
	ma := ta.Lookup("__divmod__")
	var mb Value
	if tb != ta {
		mb = tb.Lookup("__rdivmod__")
	}
	if mb != nil && tb.IsSubtype(ta) {
		r, err := callDunder(th, mb, b, a)
		if err != nil || r != NotImplemented {
			return r, err
		}
		mb = nil
	}
	if ma != nil {
		r, err := callDunder(th, ma, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if mb != nil {
		r, err := callDunder(th, mb, b, a)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	return nil, Errorf(TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'", ta.Name, tb.Name)
}

// Pow3 is pow(a, b, m) with a modulus.
func Pow3(th *Thread, a, b, m Value) (Value, error) {
	if m == None {
		return BinaryOp(th, opPow, a, b)
	}
	x, xok := intLike(a)
	y, yok := intLike(b)
	z, zok := intLike(m)
	if xok && yok && zok {
		return intPowMod(x, y, z)
	}
	if r, found, err := CallSpecial(th, a, "__pow__", b, m); found && (err != nil || r != NotImplemented) {
		return r, err
	}
	if isNumber(a) && isNumber(b) && isNumber(m) {
		return nil, Errorf(TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	return nil, Errorf(TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", a.Type().Name, b.Type().Name, m.Type().Name)
}

func isNumber(v Value) bool {
	t := v.Type()
	return t.IsSubtype(IntType) || t.IsSubtype(FloatType) || t.IsSubtype(ComplexType)
}

// Index is operator.index(v): v itself for ints, else v.__index__(), which must return an
// int. The result is a plain Int or *BigInt (bools become Int).
func Index(th *Thread, v Value) (Value, error) {
	if x, ok := intLike(v); ok {
		if _, isInst := v.(*Instance); !isInst {
			return x, nil
		}
	}
	r, found, err := CallSpecial(th, v, "__index__")
	if !found {
		return nil, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	if err != nil {
		return nil, err
	}
	x, ok := intLike(r)
	if !ok {
		return nil, Errorf(TypeErrorType, "__index__ returned non-int (type %s)", r.Type().Name)
	}
	return x, nil
}

// AsIndex converts v to a Go int through __index__, raising OverflowError ("cannot fit 'int'
// into an index-sized integer") when it does not fit.
func AsIndex(th *Thread, v Value) (int, error) {
	if x, ok := v.(Int); ok {
		return int(x), nil
	}
	x, err := Index(th, v)
	if err != nil {
		return 0, err
	}
	if i, ok := x.(Int); ok {
		return int(i), nil
	}
	return 0, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
}

// AsClampedIndex converts v through __index__ and clamps huge values to ±MaxInt (the
// behaviour of slice bounds).
func AsClampedIndex(th *Thread, v Value) (int, error) {
	x, err := Index(th, v)
	if err != nil {
		return 0, err
	}
	if i, ok := x.(Int); ok {
		return int(i), nil
	}
	if intSign(x) < 0 {
		return math.MinInt, nil
	}
	return math.MaxInt, nil
}

// AsFloat converts a number to a Go float64 as float(v) would for numbers: floats, ints
// (OverflowError when too large), and objects with __float__ or __index__. Other values give
// TypeError "must be real number, not str".
func AsFloat(th *Thread, v Value) (float64, error) {
	switch x := v.(type) {
	case Float:
		return float64(x), nil
	case Int:
		return float64(x), nil
	case Bool, *BigInt:
		return intToFloat(x)
	case *Instance:
		if f, ok := x.Base.(Float); ok && x.Class.IsSubtype(FloatType) {
			if LookupSpecial(v, "__float__") == FloatType.Dict.mustStr("__float__") {
				return float64(f), nil
			}
		}
	}
	if r, found, err := CallSpecial(th, v, "__float__"); found {
		if err != nil {
			return 0, err
		}
		if f, ok := r.(Float); ok {
			return float64(f), nil
		}
		if inst, ok := r.(*Instance); ok && inst.Class.IsSubtype(FloatType) {
			return float64(inst.Base.(Float)), nil
		}
		return 0, Errorf(TypeErrorType, "%s.__float__ returned non-float (type %s)", v.Type().Name, r.Type().Name)
	}
	if LookupSpecial(v, "__index__") != nil {
		x, err := Index(th, v)
		if err != nil {
			return 0, err
		}
		return intToFloat(x)
	}
	return 0, Errorf(TypeErrorType, "must be real number, not %s", v.Type().Name)
}

// mustStr returns the value of a str key that is known to be present (nil otherwise).
func (d *Dict) mustStr(key string) Value {
	v, _ := d.GetStr(key)
	return v
}
