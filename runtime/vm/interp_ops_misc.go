package vm

import "github.com/asobiba/asobiba/runtime/compile"

// miscOp runs the less frequent opcodes that coldOp does not handle itself: closures and
// global stores, stack shuffles beyond ROT_TWO and DUP_TOP, deletions, class-body and
// assertion helpers, MAKE_FUNCTION, the with statement, GEN_START and the raising opcodes.
// Its results are coldOp's.
func (th *Thread) miscOp(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	code := f.Code
	switch in.Op {
	case compile.NOP:

	case compile.LOAD_CLOSURE:
		stack[sp] = f.cells[in.Arg]
		sp++

	case compile.STORE_GLOBAL:
		sp--
		f.Globals.SetStr(code.Names[in.Arg], stack[sp])
		stack[sp] = nil

	case compile.RERAISE:
		sp--
		v := stack[sp]
		stack[sp] = nil
		if exc, ok := v.(*Exception); ok {
			return sp, pc, exc, true
		}
		return sp, pc, Errorf(SystemErrorType, "RERAISE of a non-exception (%s)", typeName(v)), false

	case compile.CHECK_EXC_MATCH:
		ok, err := checkExcMatch(th, stack[sp-2], stack[sp-1])
		if err != nil {
			return sp, pc, err, false
		}
		stack[sp-1] = Bool(ok)

	case compile.ROT_THREE:
		top := stack[sp-1]
		stack[sp-1] = stack[sp-2]
		stack[sp-2] = stack[sp-3]
		stack[sp-3] = top

	case compile.ROT_FOUR:
		top := stack[sp-1]
		stack[sp-1] = stack[sp-2]
		stack[sp-2] = stack[sp-3]
		stack[sp-3] = stack[sp-4]
		stack[sp-4] = top

	case compile.ROT_N:
		n := int(in.Arg)
		top := stack[sp-1]
		copy(stack[sp-n+1:sp], stack[sp-n:sp-1])
		stack[sp-n] = top

	case compile.DUP_TOP_TWO:
		stack[sp] = stack[sp-2]
		stack[sp+1] = stack[sp-1]
		sp += 2

	case compile.DELETE_FAST:
		if f.fastSlots()[in.Arg] == nil {
			return sp, pc, unboundLocal(code.VarNames[in.Arg]), false
		}
		f.fastSlots()[in.Arg] = nil

	case compile.DELETE_DEREF:
		if f.cells[in.Arg].Value == nil {
			return sp, pc, unboundDeref(code, int(in.Arg)), false
		}
		f.cells[in.Arg].Value = nil

	case compile.DELETE_NAME:
		return sp, pc, th.deleteName(f, code.Names[in.Arg]), false

	case compile.DELETE_GLOBAL:
		if !f.Globals.DelStr(code.Names[in.Arg]) {
			return sp, pc, nameError(code.Names[in.Arg]), false
		}

	case compile.DELETE_ATTR:
		sp--
		err := DelAttr(th, stack[sp], code.Names[in.Arg])
		stack[sp] = nil
		return sp, pc, err, false

	case compile.LOAD_CLASSDEREF:
		v, err := th.loadClassDeref(f, int(in.Arg))
		if err != nil {
			return sp, pc, err, false
		}
		stack[sp] = v
		sp++

	case compile.LOAD_BUILD_CLASS:
		v, ok := f.Builtins.GetStr("__build_class__")
		if !ok {
			v = BuildClassBuiltin
		}
		stack[sp] = v
		sp++

	case compile.LOAD_ASSERTION_ERROR:
		stack[sp] = AssertionErrorType
		sp++

	case compile.UNARY_POSITIVE, compile.UNARY_INVERT:
		v, err := Unary(th, in.Op, stack[sp-1])
		if err != nil {
			return sp, pc, err, false
		}
		stack[sp-1] = v

	case compile.DELETE_SUBSCR:
		sp -= 2
		err := DelItem(th, stack[sp], stack[sp+1])
		stack[sp], stack[sp+1] = nil, nil
		return sp, pc, err, false

	case compile.BUILD_MAP:
		n := int(in.Arg)
		d := NewDict()
		for i := sp - 2*n; i < sp; i += 2 {
			if err := d.Set(th, stack[i], stack[i+1]); err != nil {
				return sp, pc, err, false
			}
		}
		clear(stack[sp-2*n : sp])
		sp -= 2 * n
		stack[sp] = d
		sp++

	case compile.MAP_ADD:
		sp -= 2
		d := stack[sp-int(in.Arg)].(*Dict)
		err := d.Set(th, stack[sp], stack[sp+1])
		stack[sp], stack[sp+1] = nil, nil
		return sp, pc, err, false

	case compile.MAKE_FUNCTION:
		sp = th.opMakeFunction(f, sp, in.Arg)

	case compile.SETUP_WITH:
		var err error
		sp, err = th.opSetupWith(f, sp, int(in.Arg))
		return sp, pc, err, false

	case compile.WITH_EXCEPT_START:
		r, err := th.opWithExceptStart(f, sp)
		if err != nil {
			return sp, pc, err, false
		}
		stack[sp] = r
		sp++

	case compile.GEN_START:
		sp--
		stack[sp] = nil

	case compile.RAISE_VARARGS:
		sp, err, mode := th.opRaise(f, sp, int(in.Arg))
		return sp, pc, err, mode == errReraised

	default:
		return th.matchOp(f, in, sp, pc)
	}
	return sp, pc, nil, false
}
