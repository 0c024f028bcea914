package vm

import "github.com/asobiba/asobiba/runtime/compile"

// The slow paths of the eval loop's hot opcodes. run keeps only the fast paths of its
// frequent instructions inline (ints, lists, cached globals and attributes, range loops) and
// sends everything else here: Go's WebAssembly backend makes every call site in a function a
// resume point of one state machine, so each call left in run makes the whole loop bigger
// and slower for the browser to compile.
//
// slowOp, coldOp and miscOp only dispatch: each opcode they run, but for a few one-liners,
// is a small method of its own (slowLoadAttr, coldImportName, …). Chromium recompiles a WebAssembly function with its
// optimising compiler once the function has run enough code, and it counts that code by
// the distance of every backward branch, which is what Go's WebAssembly makes of every
// jump. As single switches of 16–27 KB, the three were run enough in a fresh page's first
// program to be optimised, and that took the browser's two processors some 400 ms of
// compile time while the engine started (make bench-startup). A small method is optimised
// only when it is itself hot, and then quickly.
//
// slowOp runs the instruction in from its start, with the frame's value stack as run left
// it (sp is the stack pointer, pc the next instruction), and returns the new stack pointer
// and program counter, or the error the instruction raised. It repeats the fast path's
// checks where that keeps the code plain: they cannot succeed here, and cost little.
func (th *Thread) slowOp(f *Frame, in compile.Instr, sp, pc int) (int, int, error) {
	stack := f.valueStack()
	var err error
	switch in.Op {
	case compile.POP_TOP:
		return th.slowPopTop(f, in, sp, pc)
	case compile.LOAD_FAST:
		return th.slowLoadFast(f, in, sp, pc)
	case compile.LOAD_DEREF:
		return th.slowLoadDeref(f, in, sp, pc)
	case compile.STORE_DEREF:
		return th.slowStoreDeref(f, in, sp, pc)
	case compile.ROT_TWO:
		stack[sp-1], stack[sp-2] = stack[sp-2], stack[sp-1]
	case compile.DUP_TOP:
		return th.slowDupTop(f, in, sp, pc)
	case compile.LIST_APPEND:
		return th.slowListAppend(f, in, sp, pc)
	case compile.LOAD_NAME, compile.LOAD_GLOBAL:
		return th.slowLoadGlobalOrName(f, in, sp, pc)
	case compile.STORE_NAME:
		return th.slowStoreName(f, in, sp, pc)
	case compile.LOAD_ATTR:
		return th.slowLoadAttr(f, in, sp, pc)
	case compile.STORE_ATTR:
		return th.slowStoreAttr(f, in, sp, pc)
	case compile.LOAD_METHOD:
		return th.slowLoadMethod(f, in, sp, pc)
	case compile.UNARY_NOT:
		return th.slowUnaryNot(f, in, sp, pc)
	case compile.UNARY_NEGATIVE:
		return th.slowUnaryNegative(f, in, sp, pc)
	case compile.BINARY_OP:
		return th.slowBinaryOp(f, in, sp, pc)
	case compile.COMPARE_OP:
		return th.slowCompareOp(f, in, sp, pc)
	case compile.CONTAINS_OP:
		return th.slowContainsOp(f, in, sp, pc)
	case compile.BINARY_SUBSCR:
		return th.slowBinarySubscr(f, in, sp, pc)
	case compile.STORE_SUBSCR:
		return th.slowStoreSubscr(f, in, sp, pc)
	case compile.BUILD_TUPLE:
		return th.slowBuildTuple(f, in, sp, pc)
	case compile.BUILD_LIST:
		return th.slowBuildList(f, in, sp, pc)
	case compile.POP_JUMP_IF_FALSE, compile.POP_JUMP_IF_TRUE:
		return th.slowPopJumpIf(f, in, sp, pc)
	case compile.JUMP_IF_FALSE_OR_POP, compile.JUMP_IF_TRUE_OR_POP:
		return th.slowJumpIfOrPop(f, in, sp, pc)
	case compile.GET_ITER:
		return th.slowGetIter(f, in, sp, pc)
	case opCompareJump:
		return th.slowCompareJump(f, in, sp, pc)
	case compile.CALL_EX:
		sp, err = th.opCallEx(f, sp, in.Arg)
	case compile.POP_EXCEPT:
		return th.slowPopExcept(f, in, sp, pc)
	default:
		return sp, pc, Errorf(SystemErrorType, "internal error: slowOp has no opcode %d", int(in.Op))
	}
	return sp, pc, err
}

// slowPopTop runs POP_TOP for slowOp.
func (th *Thread) slowPopTop(f *Frame, in compile.Instr, sp, pc int) (int, int, error) {
	stack := f.valueStack()
	var err error
	sp--
	if g, ok := stack[sp].(*Generator); ok {
		err = th.generatorDropped(g)
	}
	stack[sp] = nil
	return sp, pc, err
}

// slowLoadFast runs LOAD_FAST for slowOp.
func (th *Thread) slowLoadFast(f *Frame, in compile.Instr, sp, pc int) (int, int, error) {
	code := f.Code
	fast := f.fastSlots()
	stack := f.valueStack()
	v := fast[in.Arg]
	if v == nil {
		return sp, pc, unboundLocal(code.VarNames[in.Arg])
	}
	stack[sp] = v
	sp++
	return sp, pc, nil
}

// slowLoadDeref runs LOAD_DEREF for slowOp.
func (th *Thread) slowLoadDeref(f *Frame, in compile.Instr, sp, pc int) (int, int, error) {
	code := f.Code
	stack := f.valueStack()
	v := f.cells[in.Arg].Value
	if v == nil {
		return sp, pc, unboundDeref(code, int(in.Arg))
	}
	stack[sp] = v
	sp++
	return sp, pc, nil
}

// slowStoreDeref runs STORE_DEREF for slowOp.
func (th *Thread) slowStoreDeref(f *Frame, in compile.Instr, sp, pc int) (int, int, error) {
	stack := f.valueStack()
	sp--
	f.cells[in.Arg].Value = stack[sp]
	stack[sp] = nil
	return sp, pc, nil
}

// slowDupTop runs DUP_TOP for slowOp.
func (th *Thread) slowDupTop(f *Frame, in compile.Instr, sp, pc int) (int, int, error) {
	stack := f.valueStack()
	stack[sp] = stack[sp-1]
	sp++
	return sp, pc, nil
}

// slowListAppend runs LIST_APPEND for slowOp.
func (th *Thread) slowListAppend(f *Frame, in compile.Instr, sp, pc int) (int, int, error) {
	stack := f.valueStack()
	sp--
	v := stack[sp]
	stack[sp] = nil
	l := stack[sp-int(in.Arg)].(*List)
	l.Items = append(l.Items, v)
	return sp, pc, nil
}

// slowLoadGlobalOrName runs LOAD_NAME and LOAD_GLOBAL for slowOp.
func (th *Thread) slowLoadGlobalOrName(f *Frame, in compile.Instr, sp, pc int) (int, int, error) {
	code := f.Code
	stack := f.valueStack()
	var err error
	var v Value
	if in.Op == compile.LOAD_NAME && f.Locals != Value(f.Globals) {
		v, err = th.loadName(f, code.names[in.Arg])
	} else {
		v, err = loadGlobal(f, &code.globals[in.Arg], code.names[in.Arg])
	}
	if err != nil {
		return sp, pc, err
	}
	stack[sp] = v
	sp++
	return sp, pc, err
}

// slowStoreName runs STORE_NAME for slowOp.
func (th *Thread) slowStoreName(f *Frame, in compile.Instr, sp, pc int) (int, int, error) {
	code := f.Code
	stack := f.valueStack()
	sp--
	v := stack[sp]
	stack[sp] = nil
	if d, ok := f.Locals.(*Dict); ok {
		if d == f.Globals {
			c := &code.globals[in.Arg]
			if c.globals == d && c.gver == d.version && c.gidx >= 0 {
				d.entries[c.gidx].value = v
				return sp, pc, nil
			}
		}
		d.SetStr(code.names[in.Arg], v)
		if d == f.Globals {
			fillStoreCache(&code.globals[in.Arg], d, code.names[in.Arg])
		}
		return sp, pc, nil
	}
	return sp, pc, th.storeName(f, code.names[in.Arg], v)
}

// slowLoadAttr runs LOAD_ATTR for slowOp.
func (th *Thread) slowLoadAttr(f *Frame, in compile.Instr, sp, pc int) (int, int, error) {
	code := f.Code
	stack := f.valueStack()
	var err error
	if mod, ok := stack[sp-1].(*Module); ok {
		if v := code.attrs[in.Arg].moduleLoad(mod, code.names[in.Arg]); v != nil {
			stack[sp-1] = v
			return sp, pc, nil
		}
	}
	var v Value
	if v, err = GetAttr(th, stack[sp-1], code.names[in.Arg]); err != nil {
		th.attrFailed(err, stack[sp-1])
		return sp, pc, err
	}
	stack[sp-1] = v
	return sp, pc, nil
}

// slowStoreAttr runs STORE_ATTR for slowOp.
func (th *Thread) slowStoreAttr(f *Frame, in compile.Instr, sp, pc int) (int, int, error) {
	code := f.Code
	stack := f.valueStack()
	var err error
	err = SetAttr(th, stack[sp-1], code.names[in.Arg], stack[sp-2])
	stack[sp-1], stack[sp-2] = nil, nil
	sp -= 2
	return sp, pc, err
}

// slowLoadMethod runs LOAD_METHOD for slowOp.
func (th *Thread) slowLoadMethod(f *Frame, in compile.Instr, sp, pc int) (int, int, error) {
	code := f.Code
	stack := f.valueStack()
	var err error
	if mod, ok := stack[sp-1].(*Module); ok {
		// A module's function is called as a plain attribute (no self).
		if v := code.attrs[in.Arg].moduleLoad(mod, code.names[in.Arg]); v != nil {
			stack[sp-1] = nil
			stack[sp] = v
			sp++
			return sp, pc, nil
		}
	}
	var meth, self Value
	if meth, self, err = LoadMethod(th, stack[sp-1], code.names[in.Arg]); err != nil {
		th.attrFailed(err, stack[sp-1])
		return sp, pc, err
	}
	stack[sp-1] = meth
	stack[sp] = self
	sp++
	return sp, pc, nil
}

// slowUnaryNot runs UNARY_NOT for slowOp.
func (th *Thread) slowUnaryNot(f *Frame, in compile.Instr, sp, pc int) (int, int, error) {
	stack := f.valueStack()
	var err error
	switch x := stack[sp-1].(type) {
	case Bool:
		stack[sp-1] = !x
		return sp, pc, nil
	case *NoneType:
		stack[sp-1] = True
		return sp, pc, nil
	}
	var t bool
	if t, err = Truth(th, stack[sp-1]); err != nil {
		return sp, pc, err
	}
	stack[sp-1] = Bool(!t)
	return sp, pc, nil
}

// slowUnaryNegative runs UNARY_NEGATIVE for slowOp.
func (th *Thread) slowUnaryNegative(f *Frame, in compile.Instr, sp, pc int) (int, int, error) {
	stack := f.valueStack()
	var err error
	if x, ok := stack[sp-1].(Int); ok && x != minInt64 {
		stack[sp-1] = th.boxInt(-int64(x))
		return sp, pc, nil
	}
	var v Value
	if v, err = Unary(th, in.Op, stack[sp-1]); err != nil {
		return sp, pc, err
	}
	stack[sp-1] = v
	return sp, pc, nil
}

// slowBinaryOp runs BINARY_OP for slowOp.
func (th *Thread) slowBinaryOp(f *Frame, in compile.Instr, sp, pc int) (int, int, error) {
	stack := f.valueStack()
	var err error
	sp--
	a, b := stack[sp-1], stack[sp]
	stack[sp] = nil
	var r Value
	if r, err = th.binaryOp(compile.BinaryOp(in.Arg), a, b); err != nil {
		th.operandsDropped(f, a, b)
		return sp, pc, err
	}
	stack[sp-1] = r
	return sp, pc, nil
}

// slowCompareOp runs COMPARE_OP for slowOp.
func (th *Thread) slowCompareOp(f *Frame, in compile.Instr, sp, pc int) (int, int, error) {
	stack := f.valueStack()
	var err error
	sp--
	a, b := stack[sp-1], stack[sp]
	stack[sp] = nil
	var r Value
	if r, err = RichCompare(th, a, b, compile.CompareOp(in.Arg)); err != nil {
		return sp, pc, err
	}
	stack[sp-1] = r
	return sp, pc, nil
}

// slowContainsOp runs CONTAINS_OP for slowOp.
func (th *Thread) slowContainsOp(f *Frame, in compile.Instr, sp, pc int) (int, int, error) {
	stack := f.valueStack()
	var err error
	sp--
	var r bool
	if r, err = Contains(th, stack[sp], stack[sp-1]); err != nil {
		return sp, pc, err
	}
	stack[sp] = nil
	stack[sp-1] = Bool(r != (in.Arg == 1))
	return sp, pc, nil
}

// slowBinarySubscr runs BINARY_SUBSCR for slowOp.
func (th *Thread) slowBinarySubscr(f *Frame, in compile.Instr, sp, pc int) (int, int, error) {
	stack := f.valueStack()
	var err error
	sp--
	obj, key := stack[sp-1], stack[sp]
	stack[sp] = nil
	var v Value
	if v, err = GetItem(th, obj, key); err != nil {
		th.operandsDropped(f, obj, key)
		return sp, pc, err
	}
	stack[sp-1] = v
	return sp, pc, nil
}

// slowStoreSubscr runs STORE_SUBSCR for slowOp.
func (th *Thread) slowStoreSubscr(f *Frame, in compile.Instr, sp, pc int) (int, int, error) {
	stack := f.valueStack()
	obj, key, v := stack[sp-2], stack[sp-1], stack[sp-3]
	stack[sp-1], stack[sp-2], stack[sp-3] = nil, nil, nil
	sp -= 3
	if l, ok := obj.(*List); ok {
		if i, ok := key.(Int); ok {
			n := Int(len(l.Items))
			if i < 0 {
				i += n
			}
			if i >= 0 && i < n {
				l.Items[i] = v
				return sp, pc, nil
			}
		}
	}
	return sp, pc, SetItem(th, obj, key, v)
}

// slowBuildTuple runs BUILD_TUPLE for slowOp.
func (th *Thread) slowBuildTuple(f *Frame, in compile.Instr, sp, pc int) (int, int, error) {
	stack := f.valueStack()
	n := int(in.Arg)
	t := make(Tuple, n)
	for i := range t {
		t[i] = stack[sp-n+i]
		stack[sp-n+i] = nil
	}
	sp -= n
	stack[sp] = t
	sp++
	return sp, pc, nil
}

// slowBuildList runs BUILD_LIST for slowOp.
func (th *Thread) slowBuildList(f *Frame, in compile.Instr, sp, pc int) (int, int, error) {
	stack := f.valueStack()
	n := int(in.Arg)
	items := make([]Value, n)
	for i := range items {
		items[i] = stack[sp-n+i]
		stack[sp-n+i] = nil
	}
	sp -= n
	stack[sp] = &List{Items: items}
	sp++
	return sp, pc, nil
}

// slowPopJumpIf runs POP_JUMP_IF_FALSE and POP_JUMP_IF_TRUE for slowOp.
func (th *Thread) slowPopJumpIf(f *Frame, in compile.Instr, sp, pc int) (int, int, error) {
	stack := f.valueStack()
	var err error
	sp--
	v := stack[sp]
	stack[sp] = nil
	var t bool
	if t, err = Truth(th, v); err != nil {
		return sp, pc, err
	}
	if t == (in.Op == compile.POP_JUMP_IF_TRUE) {
		pc = int(in.Arg)
	}
	return sp, pc, nil
}

// slowJumpIfOrPop runs JUMP_IF_FALSE_OR_POP and JUMP_IF_TRUE_OR_POP for slowOp.
func (th *Thread) slowJumpIfOrPop(f *Frame, in compile.Instr, sp, pc int) (int, int, error) {
	stack := f.valueStack()
	var err error
	var t bool
	if b, ok := stack[sp-1].(Bool); ok {
		t = bool(b)
	} else if t, err = Truth(th, stack[sp-1]); err != nil {
		return sp, pc, err
	}
	if t == (in.Op == compile.JUMP_IF_TRUE_OR_POP) {
		pc = int(in.Arg)
	} else {
		sp--
		stack[sp] = nil
	}
	return sp, pc, nil
}

// slowGetIter runs GET_ITER for slowOp.
func (th *Thread) slowGetIter(f *Frame, in compile.Instr, sp, pc int) (int, int, error) {
	code := f.Code
	stack := f.valueStack()
	var err error
	var it Value
	if it, err = Iter(th, stack[sp-1]); err != nil {
		th.operandsDropped(f, stack[sp-1], nil)
		return sp, pc, err
	}
	stack[sp-1] = markOwned(it, code, pc)
	return sp, pc, nil
}

// slowCompareJump runs opCompareJump for slowOp.
func (th *Thread) slowCompareJump(f *Frame, in compile.Instr, sp, pc int) (int, int, error) {
	code := f.Code
	instrs := code.ops
	stack := f.valueStack()
	var err error
	sp -= 2
	a, b := stack[sp], stack[sp+1]
	stack[sp], stack[sp+1] = nil, nil
	var r Value
	if r, err = RichCompare(th, a, b, compile.CompareOp(in.Arg&0xff)); err != nil {
		return sp, pc, err
	}
	var t bool
	if bv, ok := r.(Bool); ok {
		t = bool(bv)
	} else if t, err = Truth(th, r); err != nil {
		return sp, pc + 1, err
	}
	th.exec.ticks--
	if t == (in.Arg>>8 == 1) {
		pc = int(instrs[pc].Arg)
	} else {
		pc++
	}
	return sp, pc, nil
}

// slowPopExcept runs POP_EXCEPT for slowOp.
func (th *Thread) slowPopExcept(f *Frame, in compile.Instr, sp, pc int) (int, int, error) {
	if len(th.exec.coro.pending) > 0 {
		th.handlerDone(f, pc-1)
	}
	f.nblocks--
	b := &f.blocks[f.nblocks]
	th.exec.exc.value = b.prev
	b.prev = nil
	return sp, pc, nil
}

// unwind sends err, raised in f by the instruction at f.lasti, to f's handlers. It returns
// the frame that handles it (f itself, or the caller of inlined calls the error left, with
// its sp and pc set to the handler), or nil and the error that leaves run.
func (th *Thread) unwind(f *Frame, err error, mode errMode) (*Frame, error) {
	for {
		handled, rerr := th.handleError(f, err, mode)
		if handled {
			return f, nil
		}
		err = rerr
		f.state = frameDone
		if !f.inlined {
			return nil, err
		}
		// The exception leaves an inlined call: continue unwinding in the caller, where the
		// call instruction raised it.
		params := th.unawaitedParams(f)
		f = th.leaveInline(f)
		if params != nil {
			th.callFailed(err, params, true)
		}
		f.valueStack()[f.sp-1] = nil
		f.lasti = f.pc - 1
		mode = errRaised
	}
}

// callSlow calls callee with f's stack[argLo:sp] (and kwnames) for run, when the call is not
// one that run starts itself. When callee is a plain Python function whose frame runs in run
// (an inlined call), it returns that frame; otherwise it stores the result at stack[slot],
// clears the arguments and returns the new stack pointer, and the call's error.
func (th *Thread) callSlow(f *Frame, callee Value, argLo, sp, slot int, kwnames []string) (*Frame, int, error) {
	stack := f.valueStack()
	args := stack[argLo:sp]
	var r Value
	var err error
	switch c := callee.(type) {
	case *Function:
		if c.Code.kind == kindPlain {
			var nf *Frame
			if nf, err = th.enterInline(f, c, args, kwnames, slot); err != nil {
				th.callFailed(err, args, true)
				for i := slot; i < sp; i++ {
					stack[i] = nil
				}
				return nil, slot, err
			}
			if nf != nil {
				return nf, sp, nil
			}
		}
		if c.Code.awaitShortcut != nil {
			if s := th.awaitShortcut(f, c, args, kwnames); s != nil {
				r = s
				break
			}
		}
		r, err = th.callFunction(c, args, kwnames)
	case *Builtin:
		r, err = th.callBuiltin(c, args, kwnames)
	default:
		r, err = callOther(th, callee, args, kwnames)
	}
	if err != nil {
		return nil, th.callFailedAt(f, err, callee, argLo, sp, slot), err
	}
	for i := slot + 1; i < sp; i++ {
		stack[i] = nil
	}
	stack[slot] = r
	return nil, slot + 1, nil
}

// callFailedAt records that the call of callee with f's stack[argLo:sp] failed with err,
// clears the arguments and the result slot, and returns the new stack pointer.
func (th *Thread) callFailedAt(f *Frame, err error, callee Value, argLo, sp, slot int) int {
	stack := f.valueStack()
	th.callFailed(err, stack[argLo:sp], bindsLikePython(callee))
	for i := slot; i < sp; i++ {
		stack[i] = nil
	}
	return slot + 1
}

// leaveBlocks is the rarer part of a return: it drops the blocks f still has (a return
// inside try or with) and releases the locals an unawaited coroutine may still need.
func (th *Thread) leaveBlocks(f *Frame) {
	if f.nblocks > 0 {
		th.dropBlocks(f)
	}
	if f.Code.unreadSlots != nil {
		th.releaseUnreadLocals(f)
	}
}

// yieldFrom runs YIELD_FROM for run: it pops the value to send (f's stack[sp-1]) and sends
// it into the sub-iterator below it. When the sub-iterator is done, its result replaces it
// and done is true; otherwise r is the value it yielded.
func (th *Thread) yieldFrom(f *Frame, sp int) (r Value, done bool, err error) {
	stack := f.valueStack()
	sp--
	v := stack[sp]
	stack[sp] = nil
	f.sp = int32(sp)
	switch sub := stack[sp-1].(type) {
	case *Generator, *YieldOnce: // most awaits: no interface look-up for them
		r, done, err = th.sendInto(sub, v)
	case Standin:
		r, done, err = th.stepStandin(f, sp-1, sub, v)
	default:
		r, done, err = th.sendInto(sub, v)
	}
	if err != nil || !done {
		return r, done, err
	}
	stack[sp-1] = r
	return nil, true, nil
}

// callBuiltinAt calls the builtin b with f's stack[argLo:sp] (and kwnames) for run: the
// result replaces the stack from slot up. It returns the new stack pointer.
func (th *Thread) callBuiltinAt(f *Frame, b *Builtin, argLo, sp, slot int, kwnames []string) (int, error) {
	stack := f.valueStack()
	r, err := th.callBuiltin(b, stack[argLo:sp], kwnames)
	if err != nil {
		return th.callFailedAt(f, err, b, argLo, sp, slot), err
	}
	for i := slot + 1; i < sp; i++ {
		stack[i] = nil
	}
	stack[slot] = r
	return slot + 1, nil
}
