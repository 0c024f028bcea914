package vm

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/internal/exactfloat"
	"github.com/asobiba/asobiba/runtime/internal/pyfmt"
)

// BigInt is a Python int that does not fit in int64. It is immutable: the wrapped *big.Int
// is never modified after construction. Arithmetic always returns Int when the result fits,
// so a *BigInt is never a small number in disguise; build one only through MakeInt.
type BigInt struct {
	v *big.Int
}

// Type returns IntType.
func (*BigInt) Type() *Type { return IntType }

// Big returns the value. The caller must not modify it.
func (b *BigInt) Big() *big.Int { return b.v }

// MakeInt returns the Python int equal to x: an Int when it fits in int64, otherwise a
// *BigInt that takes ownership of x (the caller must not modify x afterwards).
func MakeInt(x *big.Int) Value {
	if x.IsInt64() {
		return Int(x.Int64())
	}
	return &BigInt{v: x}
}

// MakeUint returns the Python int equal to u.
func MakeUint(u uint64) Value {
	if u <= math.MaxInt64 {
		return Int(int64(u))
	}
	return &BigInt{v: new(big.Int).SetUint64(u)}
}

// maxIntBits bounds the size of ints the arithmetic will build (about 40 million decimal
// digits): beyond it CPython would spend minutes or exhaust memory, and we raise MemoryError.
const maxIntBits = 1 << 27

// intLike reports whether v is an int (or bool) in one of its representations, including
// instances of int subclasses, and returns the plain value.
func intLike(v Value) (Value, bool) {
	switch x := v.(type) {
	case Int, *BigInt:
		return x, true
	case Bool:
		if x {
			return Int(1), true
		}
		return Int(0), true
	case *Instance:
		if x.Base != nil && x.Class.IsSubtype(IntType) {
			return intLike(x.Base)
		}
	}
	return nil, false
}

// toBig converts an int value (Int, Bool or *BigInt) to a *big.Int the caller may modify.
func toBig(v Value) *big.Int {
	switch x := v.(type) {
	case Int:
		return big.NewInt(int64(x))
	case Bool:
		if x {
			return big.NewInt(1)
		}
		return big.NewInt(0)
	case *BigInt:
		return new(big.Int).Set(x.v)
	}
	panic("toBig: not an int")
}

// bigOf returns a read-only *big.Int for an int value.
func bigOf(v Value) *big.Int {
	if b, ok := v.(*BigInt); ok {
		return b.v
	}
	return toBig(v)
}

func checkIntSize(x *big.Int) error {
	if x.BitLen() > maxIntBits {
		return NewException(MemoryErrorType)
	}
	return nil
}

// intAdd returns a + b.
func intAdd(a, b Int) Value {
	s := a + b
	if (s^a)&(s^b) < 0 {
		return MakeInt(new(big.Int).Add(big.NewInt(int64(a)), big.NewInt(int64(b))))
	}
	return s
}

// intSub returns a - b.
func intSub(a, b Int) Value {
	s := a - b
	if (a^b)&(s^a) < 0 {
		return MakeInt(new(big.Int).Sub(big.NewInt(int64(a)), big.NewInt(int64(b))))
	}
	return s
}

// intMul returns a * b.
func intMul(a, b Int) Value {
	if a == 0 || b == 0 {
		return Int(0)
	}
	ua, ub := absU(int64(a)), absU(int64(b))
	hi, lo := bits.Mul64(ua, ub)
	neg := (a < 0) != (b < 0)
	if hi == 0 {
		if lo <= math.MaxInt64 {
			if neg {
				return Int(-int64(lo))
			}
			return Int(int64(lo))
		}
		if neg && lo == 1<<63 {
			return Int(math.MinInt64)
		}
	}
	return MakeInt(new(big.Int).Mul(big.NewInt(int64(a)), big.NewInt(int64(b))))
}

func absU(n int64) uint64 {
	if n < 0 {
		return uint64(-n)
	}
	return uint64(n)
}

// intFloorDiv returns a // b for b != 0.
func intFloorDiv(a, b Int) Value {
	if b == -1 {
		if a == math.MinInt64 {
			return MakeInt(new(big.Int).Neg(big.NewInt(int64(a))))
		}
		return -a
	}
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// intMod returns a % b for b != 0 (the result has the sign of b).
func intMod(a, b Int) Int {
	if b == -1 {
		return 0
	}
	m := a % b
	if m != 0 && (m < 0) != (b < 0) {
		m += b
	}
	return m
}

// bigFloorDivMod returns floor division and modulo with Python's signs.
func bigFloorDivMod(a, b *big.Int) (*big.Int, *big.Int) {
	q, m := new(big.Int).QuoRem(a, b, new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		m.Add(m, b)
	}
	return q, m
}

// intToFloat converts an int value to a float, or fails with OverflowError.
func intToFloat(v Value) (float64, error) {
	switch x := v.(type) {
	case Int:
		return float64(x), nil
	case Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		f := exactfloat.ToFloat(x.v, 0)
		if math.IsInf(f, 0) {
			return 0, Errorf(OverflowErrorType, "int too large to convert to float")
		}
		return f, nil
	}
	panic("intToFloat: not an int")
}

// intTrueDiv is a / b for ints, correctly rounded.
func intTrueDiv(a, b Value) (Value, error) {
	x, y := bigOf(a), bigOf(b)
	if y.Sign() == 0 {
		return nil, Errorf(ZeroDivisionErrorType, "division by zero")
	}
	ai, aok := a.(Int)
	bi, bok := b.(Int)
	if aok && bok && absU(int64(ai)) <= 1<<53 && absU(int64(bi)) <= 1<<53 {
		return Float(float64(ai) / float64(bi)), nil
	}
	if x.Sign() == 0 {
		if y.Sign() < 0 {
			return Float(math.Copysign(0, -1)), nil
		}
		return Float(0), nil
	}
	f := pyfmt.QuoFloat(x, y) // big.Rat.Float64 would link fmt and big.Rat (issue #5)
	if math.IsInf(f, 0) {
		return nil, Errorf(OverflowErrorType, "integer division result too large for a float")
	}
	return Float(f), nil
}

// intCompare compares two int values: -1, 0 or 1.
func intCompare(a, b Value) int {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			switch {
			case x < y:
				return -1
			case x > y:
				return 1
			}
			return 0
		}
	}
	return bigOf(a).Cmp(bigOf(b))
}

// compareIntFloat compares an int with a float exactly (not by converting the int, which
// could round): -1, 0 or 1; ok is false when f is NaN.
func compareIntFloat(i Value, f float64) (int, bool) {
	if math.IsNaN(f) {
		return 0, false
	}
	if math.IsInf(f, 1) {
		return -1, true
	}
	if math.IsInf(f, -1) {
		return 1, true
	}
	if x, ok := i.(Int); ok && absU(int64(x)) <= 1<<53 {
		g := float64(x)
		switch {
		case g < f:
			return -1, true
		case g > f:
			return 1, true
		}
		return 0, true
	}
	return exactfloat.CmpInt(bigOf(i), f), true
}

// intPow computes a ** b for ints with b >= 0.
func intPow(a, b Value) (Value, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			switch x {
			case 0:
				if y == 0 {
					return Int(1), nil
				}
				return Int(0), nil
			case 1:
				return Int(1), nil
			case -1:
				if y%2 == 0 {
					return Int(1), nil
				}
				return Int(-1), nil
			}
			// Repeated squaring in int64 while it fits.
			result, base, e := Int(1), x, int64(y)
			fits := true
			for e > 0 {
				if e&1 == 1 {
					r := intMul(result, base)
					ri, ok := r.(Int)
					if !ok {
						fits = false
						break
					}
					result = ri
				}
				e >>= 1
				if e > 0 {
					sq := intMul(base, base)
					si, ok := sq.(Int)
					if !ok {
						fits = false
						break
					}
					base = si
				}
			}
			if fits {
				return result, nil
			}
		}
	}
	x, y := bigOf(a), bigOf(b)
	if x.CmpAbs(big.NewInt(1)) > 0 {
		// The result has about bitlen(x) * y bits.
		if !y.IsInt64() || float64(x.BitLen()-1)*float64(y.Int64()) > maxIntBits {
			return nil, NewException(MemoryErrorType)
		}
	}
	return MakeInt(new(big.Int).Exp(x, y, nil)), nil
}

// intPowMod computes pow(a, b, m) for ints.
func intPowMod(a, b, m Value) (Value, error) {
	x, y, mod := toBig(a), toBig(b), toBig(m)
	if mod.Sign() == 0 {
		return nil, Errorf(ValueErrorType, "pow() 3rd argument cannot be 0")
	}
	neg := mod.Sign() < 0
	if neg {
		mod.Neg(mod)
	}
	if y.Sign() < 0 {
		inv := new(big.Int).ModInverse(new(big.Int).Mod(x, mod), mod)
		if inv == nil {
			return nil, Errorf(ValueErrorType, "base is not invertible for the given modulus")
		}
		x = inv
		y.Neg(y)
	}
	r := new(big.Int).Exp(new(big.Int).Mod(x, mod), y, mod)
	if mod.Cmp(big.NewInt(1)) == 0 {
		r.SetInt64(0)
	}
	if neg && r.Sign() != 0 {
		r.Sub(r, mod)
	}
	return MakeInt(r), nil
}

// intLShift is a << n.
func intLShift(a, n Value) (Value, error) {
	if intSign(n) < 0 {
		return nil, Errorf(ValueErrorType, "negative shift count")
	}
	if intSign(a) == 0 {
		return Int(0), nil
	}
	ni, ok := n.(Int)
	if !ok || int64(ni) > maxIntBits {
		if !ok {
			return nil, Errorf(OverflowErrorType, "too many digits in integer")
		}
		return nil, NewException(MemoryErrorType)
	}
	if x, ok := a.(Int); ok && ni < 63 {
		r := x << uint(ni)
		if r>>uint(ni) == x {
			return r, nil
		}
	}
	return MakeInt(new(big.Int).Lsh(bigOf(a), uint(ni))), nil
}

// intRShift is a >> n (arithmetic: rounds toward negative infinity).
func intRShift(a, n Value) (Value, error) {
	if intSign(n) < 0 {
		return nil, Errorf(ValueErrorType, "negative shift count")
	}
	ni, ok := n.(Int)
	if !ok {
		if intSign(a) < 0 {
			return Int(-1), nil
		}
		return Int(0), nil
	}
	if x, ok := a.(Int); ok {
		if ni >= 63 {
			if x < 0 {
				return Int(-1), nil
			}
			return Int(0), nil
		}
		return x >> uint(ni), nil
	}
	return MakeInt(new(big.Int).Rsh(bigOf(a), uint(ni))), nil
}

func intSign(v Value) int {
	switch x := v.(type) {
	case Int:
		switch {
		case x < 0:
			return -1
		case x > 0:
			return 1
		}
		return 0
	case *BigInt:
		return x.v.Sign()
	case Bool:
		if x {
			return 1
		}
		return 0
	}
	return 0
}

// intBitwise applies &, | or ^.
func intBitwise(op byte, a, b Value) Value {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			switch op {
			case '&':
				return x & y
			case '|':
				return x | y
			}
			return x ^ y
		}
	}
	x, y := bigOf(a), bigOf(b)
	r := new(big.Int)
	switch op {
	case '&':
		r.And(x, y)
	case '|':
		r.Or(x, y)
	default:
		r.Xor(x, y)
	}
	return MakeInt(r)
}

// intNeg is -a.
func intNeg(a Value) Value {
	if x, ok := a.(Int); ok && x != math.MinInt64 {
		return -x
	}
	return MakeInt(new(big.Int).Neg(bigOf(a)))
}

// intAbs is abs(a).
func intAbs(a Value) Value {
	if intSign(a) < 0 {
		return intNeg(a)
	}
	if b, ok := a.(Bool); ok {
		if b {
			return Int(1)
		}
		return Int(0)
	}
	return a
}

// intInvert is ~a.
func intInvert(a Value) Value {
	if x, ok := a.(Int); ok {
		return ^x
	}
	return MakeInt(new(big.Int).Not(bigOf(a)))
}

// intBinary applies a binary operator to two int values (Int, Bool or *BigInt). It returns
// NotImplemented for operators ints do not support (@).
func intBinary(op compile.BinaryOp, a, b Value) (Value, error) {
	x, xok := a.(Int)
	y, yok := b.(Int)
	small := xok && yok
	switch op {
	case opAdd:
		if small {
			return intAdd(x, y), nil
		}
		return bigResult(new(big.Int).Add(bigOf(a), bigOf(b)))
	case opSub:
		if small {
			return intSub(x, y), nil
		}
		return bigResult(new(big.Int).Sub(bigOf(a), bigOf(b)))
	case opMul:
		if small {
			return intMul(x, y), nil
		}
		if intSign(a) != 0 && intSign(b) != 0 && bigOf(a).BitLen()+bigOf(b).BitLen() > maxIntBits {
			return nil, NewException(MemoryErrorType)
		}
		return MakeInt(new(big.Int).Mul(bigOf(a), bigOf(b))), nil
	case opTrueDiv:
		return intTrueDiv(a, b)
	case opFloorDiv, opMod:
		if intSign(b) == 0 {
			if op == opMod {
				return nil, Errorf(ZeroDivisionErrorType, "integer modulo by zero")
			}
			return nil, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
		}
		if small {
			if op == opFloorDiv {
				return intFloorDiv(x, y), nil
			}
			return intMod(x, y), nil
		}
		q, m := bigFloorDivMod(bigOf(a), bigOf(b))
		if op == opFloorDiv {
			return MakeInt(q), nil
		}
		return MakeInt(m), nil
	case opPow:
		if intSign(b) < 0 {
			fa, err := intToFloat(a)
			if err != nil {
				return nil, err
			}
			fb, err := intToFloat(b)
			if err != nil {
				return nil, err
			}
			return floatPow(fa, fb)
		}
		return intPow(a, b)
	case opLShift:
		return intLShift(a, b)
	case opRShift:
		return intRShift(a, b)
	case opAnd:
		return intBitwise('&', a, b), nil
	case opOr:
		return intBitwise('|', a, b), nil
	case opXor:
		return intBitwise('^', a, b), nil
	}
	return NotImplemented, nil
}

func bigResult(x *big.Int) (Value, error) {
	if err := checkIntSize(x); err != nil {
		return nil, err
	}
	return MakeInt(x), nil
}

// intDivmod is divmod(a, b) for ints.
func intDivmod(a, b Value) (Value, error) {
	if intSign(b) == 0 {
		return nil, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
	}
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return Tuple{intFloorDiv(x, y), intMod(x, y)}, nil
		}
	}
	q, m := bigFloorDivMod(bigOf(a), bigOf(b))
	return Tuple{MakeInt(q), MakeInt(m)}, nil
}
