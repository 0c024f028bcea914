package vm

import "github.com/asobiba/asobiba/runtime/compile"

// Superinstructions.
//
// NewCode rewrites a copy of each code object's instructions, replacing the first of some
// frequent pairs by a VM-private opcode that does the work of both, so that the loop
// dispatches once instead of twice: LOAD_FAST+LOAD_CONST (n - 1), LOAD_FAST+LOAD_FAST,
// STORE_FAST+LOAD_FAST, COMPARE_OP+POP_JUMP_IF_* (if and while conditions, without making a
// bool), FOR_ITER+STORE_FAST (the loop variable), BINARY_OP+STORE_FAST (x = a + b),
// LOAD_FAST/LOAD_CONST/BINARY_OP+RETURN_VALUE, and the triple LOAD_FAST+LOAD_CONST+BINARY_OP
// (n - 1), which reads the arguments of both following instructions. LOAD_FAST+LOAD_ATTR,
// DUP_TOP+LOAD_ATTR and ROT_TWO+STORE_ATTR do both parts only when the attribute cache
// answers (attr_cache.go), and FOR_ITER+STORE_NAME only for a range at module level whose
// variable's global cache is valid; otherwise they do the first part alone and the second
// instruction runs next, as if unfused.
//
// The instructions after the first are left in place, unchanged: a fused opcode reads
// their arguments from there and skips them, and a jump that lands on one runs it alone.
// A fused opcode counts as the steps it replaces, so the step budget may be overrun by one
// or two instructions. Errors are reported at the line of the part that raised them.

// The private opcodes, numbered from 128, above the compiler's (which stay below 128).
const (
	opLoadFastConst compile.Opcode = 128 + iota
	opLoadFastFast
	opStoreFastLoadFast
	opCompareJump
	opForIterStoreFast
	opBinaryStoreFast
	opLoadFastReturn
	opLoadConstReturn
	opBinaryReturn
	opLoadFastConstBinary // three instructions: LOAD_FAST, LOAD_CONST, BINARY_OP
	opLoadFastAttr        // LOAD_FAST, LOAD_ATTR (self.x)
	opDupLoadAttr         // DUP_TOP, LOAD_ATTR (the load of self.x += 1)
	opRotStoreAttr        // ROT_TWO, STORE_ATTR (the store of self.x += 1)
	opForIterStoreName    // FOR_ITER, STORE_NAME (a loop at module level)
)

// quicken returns the instructions with fused pairs.
func quicken(in []compile.Instr) []compile.Instr {
	out := append([]compile.Instr(nil), in...)
	for i := 0; i+1 < len(in); i++ {
		a, b := in[i], in[i+1]
		switch {
		case a.Op == compile.LOAD_FAST && b.Op == compile.LOAD_CONST && i+2 < len(in) && in[i+2].Op == compile.BINARY_OP:
			out[i].Op = opLoadFastConstBinary
		case a.Op == compile.LOAD_FAST && b.Op == compile.RETURN_VALUE:
			out[i].Op = opLoadFastReturn
		case a.Op == compile.LOAD_CONST && b.Op == compile.RETURN_VALUE:
			out[i].Op = opLoadConstReturn
		case a.Op == compile.BINARY_OP && b.Op == compile.RETURN_VALUE:
			out[i].Op = opBinaryReturn
		case a.Op == compile.LOAD_FAST && b.Op == compile.LOAD_CONST:
			out[i].Op = opLoadFastConst
		case a.Op == compile.LOAD_FAST && b.Op == compile.LOAD_FAST:
			out[i].Op = opLoadFastFast
		case a.Op == compile.STORE_FAST && b.Op == compile.LOAD_FAST:
			out[i].Op = opStoreFastLoadFast
		case a.Op == compile.COMPARE_OP && b.Op == compile.POP_JUMP_IF_FALSE:
			out[i].Op = opCompareJump
		case a.Op == compile.COMPARE_OP && b.Op == compile.POP_JUMP_IF_TRUE:
			out[i].Op = opCompareJump
			out[i].Arg |= 1 << 8
		case a.Op == compile.LOAD_FAST && b.Op == compile.LOAD_ATTR:
			out[i].Op = opLoadFastAttr
		case a.Op == compile.DUP_TOP && b.Op == compile.LOAD_ATTR:
			out[i].Op = opDupLoadAttr
		case a.Op == compile.ROT_TWO && b.Op == compile.STORE_ATTR:
			out[i].Op = opRotStoreAttr
		case a.Op == compile.FOR_ITER && b.Op == compile.STORE_NAME:
			out[i].Op = opForIterStoreName
		case a.Op == compile.FOR_ITER && b.Op == compile.STORE_FAST:
			out[i].Op = opForIterStoreFast
		case a.Op == compile.BINARY_OP && b.Op == compile.STORE_FAST:
			out[i].Op = opBinaryStoreFast
		}
	}
	return out
}

// compareIntsBool evaluates a rich comparison of two ints as a Go bool.
func compareIntsBool(op compile.CompareOp, x, y Int) bool {
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

// binaryOp evaluates BINARY_OP with the inline int and float fast paths.
func (th *Thread) binaryOp(op compile.BinaryOp, a, b Value) (Value, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			if r := th.intFast(op, x, y); r != nil {
				return r, nil
			}
		}
	} else if x, ok := a.(Float); ok {
		if r := floatFast(op, x, b); r != nil {
			return r, nil
		}
	}
	return BinaryOp(th, op, a, b)
}
