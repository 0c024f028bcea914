package vm

import (
	"math"
	"unsafe"

	"github.com/asobiba/asobiba/runtime/compile"
)

// Inline arithmetic for the eval loop: int and float operations that cannot fail and need no
// dunder, computed without calling the generic BinaryOp. Each returns nil when the operands
// or the result fall outside its simple cases (overflow, division by zero, big ints), and the
// loop then takes the generic path, which gives the same answer the slow way.

const minInt64 = Int(math.MinInt64)

// Small ints are boxed once: storing an Int in an interface allocates unless the value is
// one of these.
const (
	smallIntMin = -5
	smallIntMax = 1024
)

var smallInts = func() []Value {
	t := make([]Value, smallIntMax-smallIntMin+1)
	for i := range t {
		t[i] = Int(i + smallIntMin)
	}
	return t
}()

// intChunkSize is how many ints the eval loop boxes per allocation (see Thread.boxInt).
const intChunkSize = 32

// iface is the layout of a non-empty interface value.
type iface struct {
	tab  unsafe.Pointer
	data unsafe.Pointer
}

// intItab is the interface table of Int as a Value.
var intItab = func() unsafe.Pointer {
	v := Value(Int(1 << 40))
	return (*iface)(unsafe.Pointer(&v)).tab
}()

// boxInt returns n as a Value. Ints outside the small-int cache are carved out of a
// per-thread chunk of intChunkSize values, so that arithmetic-heavy loops make one
// allocation per intChunkSize results instead of one per result. The interface points into
// the chunk, whose slots are never written again once handed out; a chunk stays alive while
// any of its ints does.
func (th *Thread) boxInt(n int64) Value {
	if n >= smallIntMin && n <= smallIntMax {
		return smallInts[n-smallIntMin]
	}
	e := &th.exec
	if e.intsUsed == intChunkSize || e.ints == nil {
		e.ints = new([intChunkSize]Int)
		e.intsUsed = 0
	}
	p := &e.ints[e.intsUsed]
	e.intsUsed++
	*p = Int(n)
	var v Value
	(*iface)(unsafe.Pointer(&v)).tab = intItab
	(*iface)(unsafe.Pointer(&v)).data = unsafe.Pointer(p)
	return v
}

// intFast computes x op y for two ints, or returns nil.
func (th *Thread) intFast(op compile.BinaryOp, x, y Int) Value {
	switch op &^ compile.InplaceOffset {
	case compile.OpAdd:
		z := x + y
		if (x^z)&(y^z) < 0 {
			return nil
		}
		return th.boxInt(int64(z))
	case compile.OpSub:
		z := x - y
		if (x^y)&(x^z) < 0 {
			return nil
		}
		return th.boxInt(int64(z))
	case compile.OpMul:
		if x >= -1<<31 && x < 1<<31 && y >= -1<<31 && y < 1<<31 {
			return th.boxInt(int64(x * y))
		}
	case compile.OpFloorDiv:
		if y == 0 || (x == minInt64 && y == -1) {
			return nil
		}
		q := x / y
		if x%y != 0 && (x < 0) != (y < 0) {
			q--
		}
		return th.boxInt(int64(q))
	case compile.OpMod:
		if y == 0 {
			return nil
		}
		r := x % y
		if r != 0 && (r < 0) != (y < 0) {
			r += y
		}
		return th.boxInt(int64(r))
	case compile.OpTrueDiv:
		if y != 0 && x > -1<<53 && x < 1<<53 && y > -1<<53 && y < 1<<53 {
			return Float(float64(x) / float64(y))
		}
	case compile.OpAnd:
		return th.boxInt(int64(x & y))
	case compile.OpOr:
		return th.boxInt(int64(x | y))
	case compile.OpXor:
		return th.boxInt(int64(x ^ y))
	case compile.OpLShift:
		if y >= 0 && y < 63 {
			z := x << uint(y)
			if z>>uint(y) == x {
				return th.boxInt(int64(z))
			}
		}
	case compile.OpRShift:
		if y >= 0 {
			if y >= 63 {
				if x < 0 {
					return th.boxInt(-1)
				}
				return th.boxInt(0)
			}
			return th.boxInt(int64(x >> uint(y)))
		}
	}
	return nil
}

// floatFast computes x op b for a float and a float or int, or returns nil.
func floatFast(op compile.BinaryOp, x Float, b Value) Value {
	var y Float
	switch v := b.(type) {
	case Float:
		y = v
	case Int:
		y = Float(v)
	default:
		return nil
	}
	switch op &^ compile.InplaceOffset {
	case compile.OpAdd:
		return x + y
	case compile.OpSub:
		return x - y
	case compile.OpMul:
		return x * y
	case compile.OpTrueDiv:
		if y != 0 {
			return x / y
		}
	}
	return nil
}

// compareInts evaluates a rich comparison of two ints.
func compareInts(op compile.CompareOp, x, y int64) Value {
	var r bool
	switch op {
	case compile.CmpLT:
		r = x < y
	case compile.CmpLE:
		r = x <= y
	case compile.CmpEQ:
		r = x == y
	case compile.CmpNE:
		r = x != y
	case compile.CmpGT:
		r = x > y
	case compile.CmpGE:
		r = x >= y
	}
	return Bool(r)
}
