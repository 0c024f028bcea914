package vm

import "github.com/asobiba/asobiba/runtime/compile"

// miscOp runs the less frequent opcodes that coldOp does not handle itself: closures and
// global stores, stack shuffles beyond ROT_TWO and DUP_TOP, deletions, class-body and
// assertion helpers, MAKE_FUNCTION, the with statement, GEN_START and the raising opcodes.
// Its results are coldOp's.
func (th *Thread) miscOp(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	code := f.Code
	switch in.Op {
	case compile.NOP:
	case compile.LOAD_CLOSURE:
		return th.coldLoadClosure(f, in, sp, pc)
	case compile.STORE_GLOBAL:
		return th.coldStoreGlobal(f, in, sp, pc)
	case compile.RERAISE:
		return th.coldReraise(f, in, sp, pc)
	case compile.CHECK_EXC_MATCH:
		return th.coldCheckExcMatch(f, in, sp, pc)
	case compile.ROT_THREE:
		return th.coldRotThree(f, in, sp, pc)
	case compile.ROT_FOUR:
		return th.coldRotFour(f, in, sp, pc)
	case compile.ROT_N:
		return th.coldRotN(f, in, sp, pc)
	case compile.DUP_TOP_TWO:
		return th.coldDupTopTwo(f, in, sp, pc)
	case compile.DELETE_FAST:
		return th.coldDeleteFast(f, in, sp, pc)
	case compile.DELETE_DEREF:
		return th.coldDeleteDeref(f, in, sp, pc)
	case compile.DELETE_NAME:
		return sp, pc, th.deleteName(f, code.Names[in.Arg]), false
	case compile.DELETE_GLOBAL:
		return th.coldDeleteGlobal(f, in, sp, pc)
	case compile.DELETE_ATTR:
		return th.coldDeleteAttr(f, in, sp, pc)
	case compile.LOAD_CLASSDEREF:
		return th.coldLoadClassDeref(f, in, sp, pc)
	case compile.LOAD_BUILD_CLASS:
		return th.coldLoadBuildClass(f, in, sp, pc)
	case compile.LOAD_ASSERTION_ERROR:
		return th.coldLoadAssertionError(f, in, sp, pc)
	case compile.UNARY_POSITIVE, compile.UNARY_INVERT:
		return th.coldUnary(f, in, sp, pc)
	case compile.DELETE_SUBSCR:
		return th.coldDeleteSubscr(f, in, sp, pc)
	case compile.BUILD_MAP:
		return th.coldBuildMap(f, in, sp, pc)
	case compile.MAP_ADD:
		return th.coldMapAdd(f, in, sp, pc)
	case compile.MAKE_FUNCTION:
		sp = th.opMakeFunction(f, sp, in.Arg)
	case compile.SETUP_WITH:
		return th.coldSetupWith(f, in, sp, pc)
	case compile.WITH_EXCEPT_START:
		return th.coldWithExceptStart(f, in, sp, pc)
	case compile.GEN_START:
		return th.coldGenStart(f, in, sp, pc)
	case compile.RAISE_VARARGS:
		return th.coldRaiseVarargs(f, in, sp, pc)
	default:
		return th.matchOp(f, in, sp, pc)
	}
	return sp, pc, nil, false
}

// coldLoadClosure runs LOAD_CLOSURE for miscOp.
func (th *Thread) coldLoadClosure(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	stack[sp] = f.cells[in.Arg]
	sp++
	return sp, pc, nil, false
}

// coldStoreGlobal runs STORE_GLOBAL for miscOp.
func (th *Thread) coldStoreGlobal(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	code := f.Code
	sp--
	f.Globals.SetStr(code.Names[in.Arg], stack[sp])
	stack[sp] = nil
	return sp, pc, nil, false
}

// coldReraise runs RERAISE for miscOp.
func (th *Thread) coldReraise(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	sp--
	v := stack[sp]
	stack[sp] = nil
	if exc, ok := v.(*Exception); ok {
		return sp, pc, exc, true
	}
	return sp, pc, Errorf(SystemErrorType, "RERAISE of a non-exception (%s)", typeName(v)), false
}

// coldCheckExcMatch runs CHECK_EXC_MATCH for miscOp.
func (th *Thread) coldCheckExcMatch(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	ok, err := checkExcMatch(th, stack[sp-2], stack[sp-1])
	if err != nil {
		return sp, pc, err, false
	}
	stack[sp-1] = Bool(ok)
	return sp, pc, nil, false
}

// coldRotThree runs ROT_THREE for miscOp.
func (th *Thread) coldRotThree(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	top := stack[sp-1]
	stack[sp-1] = stack[sp-2]
	stack[sp-2] = stack[sp-3]
	stack[sp-3] = top
	return sp, pc, nil, false
}

// coldRotFour runs ROT_FOUR for miscOp.
func (th *Thread) coldRotFour(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	top := stack[sp-1]
	stack[sp-1] = stack[sp-2]
	stack[sp-2] = stack[sp-3]
	stack[sp-3] = stack[sp-4]
	stack[sp-4] = top
	return sp, pc, nil, false
}

// coldRotN runs ROT_N for miscOp.
func (th *Thread) coldRotN(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	n := int(in.Arg)
	top := stack[sp-1]
	copy(stack[sp-n+1:sp], stack[sp-n:sp-1])
	stack[sp-n] = top
	return sp, pc, nil, false
}

// coldDupTopTwo runs DUP_TOP_TWO for miscOp.
func (th *Thread) coldDupTopTwo(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	stack[sp] = stack[sp-2]
	stack[sp+1] = stack[sp-1]
	sp += 2
	return sp, pc, nil, false
}

// coldDeleteFast runs DELETE_FAST for miscOp.
func (th *Thread) coldDeleteFast(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	code := f.Code
	if f.fastSlots()[in.Arg] == nil {
		return sp, pc, unboundLocal(code.VarNames[in.Arg]), false
	}
	f.fastSlots()[in.Arg] = nil
	return sp, pc, nil, false
}

// coldDeleteDeref runs DELETE_DEREF for miscOp.
func (th *Thread) coldDeleteDeref(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	code := f.Code
	if f.cells[in.Arg].Value == nil {
		return sp, pc, unboundDeref(code, int(in.Arg)), false
	}
	f.cells[in.Arg].Value = nil
	return sp, pc, nil, false
}

// coldDeleteGlobal runs DELETE_GLOBAL for miscOp.
func (th *Thread) coldDeleteGlobal(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	code := f.Code
	if !f.Globals.DelStr(code.Names[in.Arg]) {
		return sp, pc, nameError(code.Names[in.Arg]), false
	}
	return sp, pc, nil, false
}

// coldDeleteAttr runs DELETE_ATTR for miscOp.
func (th *Thread) coldDeleteAttr(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	code := f.Code
	sp--
	err := DelAttr(th, stack[sp], code.Names[in.Arg])
	stack[sp] = nil
	return sp, pc, err, false
}

// coldLoadClassDeref runs LOAD_CLASSDEREF for miscOp.
func (th *Thread) coldLoadClassDeref(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	v, err := th.loadClassDeref(f, int(in.Arg))
	if err != nil {
		return sp, pc, err, false
	}
	stack[sp] = v
	sp++
	return sp, pc, nil, false
}

// coldLoadBuildClass runs LOAD_BUILD_CLASS for miscOp.
func (th *Thread) coldLoadBuildClass(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	v, ok := f.Builtins.GetStr("__build_class__")
	if !ok {
		v = BuildClassBuiltin
	}
	stack[sp] = v
	sp++
	return sp, pc, nil, false
}

// coldLoadAssertionError runs LOAD_ASSERTION_ERROR for miscOp.
func (th *Thread) coldLoadAssertionError(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	stack[sp] = AssertionErrorType
	sp++
	return sp, pc, nil, false
}

// coldUnary runs UNARY_POSITIVE and UNARY_INVERT for miscOp.
func (th *Thread) coldUnary(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	v, err := Unary(th, in.Op, stack[sp-1])
	if err != nil {
		return sp, pc, err, false
	}
	stack[sp-1] = v
	return sp, pc, nil, false
}

// coldDeleteSubscr runs DELETE_SUBSCR for miscOp.
func (th *Thread) coldDeleteSubscr(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	sp -= 2
	err := DelItem(th, stack[sp], stack[sp+1])
	stack[sp], stack[sp+1] = nil, nil
	return sp, pc, err, false
}

// coldBuildMap runs BUILD_MAP for miscOp.
func (th *Thread) coldBuildMap(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
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
	return sp, pc, nil, false
}

// coldMapAdd runs MAP_ADD for miscOp.
func (th *Thread) coldMapAdd(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	sp -= 2
	d := stack[sp-int(in.Arg)].(*Dict)
	err := d.Set(th, stack[sp], stack[sp+1])
	stack[sp], stack[sp+1] = nil, nil
	return sp, pc, err, false
}

// coldSetupWith runs SETUP_WITH for miscOp.
func (th *Thread) coldSetupWith(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	var err error
	sp, err = th.opSetupWith(f, sp, int(in.Arg))
	return sp, pc, err, false
}

// coldWithExceptStart runs WITH_EXCEPT_START for miscOp.
func (th *Thread) coldWithExceptStart(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	r, err := th.opWithExceptStart(f, sp)
	if err != nil {
		return sp, pc, err, false
	}
	stack[sp] = r
	sp++
	return sp, pc, nil, false
}

// coldGenStart runs GEN_START for miscOp.
func (th *Thread) coldGenStart(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	sp--
	stack[sp] = nil
	return sp, pc, nil, false
}

// coldRaiseVarargs runs RAISE_VARARGS for miscOp.
func (th *Thread) coldRaiseVarargs(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	sp, err, mode := th.opRaise(f, sp, int(in.Arg))
	return sp, pc, err, mode == errReraised
}
