package vm

// The eval loop.
//
// run executes frames. Its hot state — instructions, program counter, value stack and its
// pointer, fast locals — lives in local variables (only these: every variable the loop
// carries is stored to the stack on each turn, since calls clobber all registers, so
// constants, names and cells are read through the frame); a frame's fields are brought up to date
// only where something outside may look at them (calls, suspension, errors). Each opcode is
// a case of one switch; frequent pairs are fused into superinstructions (interp_quicken.go),
// and frequent operations on ints, lists and dicts have inline fast paths that must agree
// with the protocol functions they shortcut. Rarer opcodes live in interp_ops*.go.
//
// run is kept small for the browser: Go's WebAssembly backend turns every call site, bounds
// check and write barrier into a resume point of one state machine, so each line here costs
// compile time before the first output. A hot opcode's case therefore holds only its fast
// path; when that does not apply, the case jumps to slow, and slowOp (interp_slow.go) runs
// the whole instruction. Operations that several cases share (calling, the fused binary
// operations, attribute caches, unwinding) each have one call site.
//
// Errors are values: a failing operation stores its error in err and jumps to fail, which
// sends it to the frame's handlers (interp_unwind.go); only a *Stopped error skips them.
// Calls of plain Python functions do not recurse in Go: the callee's frame runs in this
// same loop, and returning resumes the caller (the call and ret blocks).
//
// Every instruction decrements the thread's tick counter; when it reaches zero the thread's
// checkpoint brings Thread.Steps up to date, enforces the step budget and polls Cancel.

import "github.com/asobiba/asobiba/runtime/compile"

// run executes f until it returns, yields or raises. When f belongs to a generator and
// suspends, run returns the yielded value and leaves f.state == frameSuspended. throwing,
// when non-nil, is raised in the frame at its current instruction (generator.throw).
func (th *Thread) run(f *Frame, throwing *Exception) (Value, error) {
	if !th.exec.initialized {
		th.init()
	}
	code := f.Code
	instrs := code.ops
	fast := f.fastSlots()
	stack := f.valueStack()
	sp := int(f.sp)
	pc := int(f.pc)
	f.state = frameRunning

	var err error
	mode := errRaised
	if throwing != nil {
		// generator.throw(): raise at the suspension point. (The entry frame is never an
		// inlined call.)
		var handled bool
		f.sp = int32(sp)
		if handled, err = th.handleError(f, throwing, errThrown); !handled {
			f.state = frameDone
			return nil, err
		}
		sp, pc = int(f.sp), int(f.pc)
	}

	var (
		in      compile.Instr
		retv    Value    // the value a return hands back
		callee  Value    // what a call calls
		kwnames []string // the keyword names of a call
		argLo   int      // where a call's arguments start on the stack
		slot    int      // where a call's result goes
		unbound uint32   // the fast slot an unbound-local error names
		callOK  bool     // whether an iterator gave a value
		binOp   compile.BinaryOp
		binA    Value // the operands of a fused BINARY_OP
		binB    Value
	)
	for {
		th.exec.ticks--
		if th.exec.ticks <= 0 {
			if err = th.checkpoint(); err != nil {
				goto fail
			}
		}
		in = instrs[pc]
		pc++

		switch in.Op {
		case compile.POP_TOP:
			if _, ok := stack[sp-1].(*Generator); ok {
				goto slow
			}
			sp--
			stack[sp] = nil

		case compile.LOAD_CONST:
			stack[sp] = code.consts[in.Arg]
			sp++

		case compile.LOAD_FAST:
			v := fast[in.Arg]
			if v == nil {
				unbound = in.Arg
				goto unboundLocal
			}
			stack[sp] = v
			sp++

		case compile.STORE_FAST:
			sp--
			fast[in.Arg] = stack[sp]
			stack[sp] = nil

		case compile.LOAD_DEREF:
			v := f.cells[in.Arg].Value
			if v == nil {
				goto slow
			}
			stack[sp] = v
			sp++

		case compile.LOAD_NAME:
			if f.Locals != Value(f.Globals) {
				goto slow
			}
			// At module level locals are the globals: look up as LOAD_GLOBAL does.
			fallthrough

		case compile.LOAD_GLOBAL:
			c := &code.globals[in.Arg]
			if g := f.Globals; c.globals == g && c.gver == g.version {
				if c.gidx >= 0 {
					stack[sp] = g.entries[c.gidx].value
					sp++
					continue
				}
				if b := f.Builtins; c.builtins == b && c.bver == b.version {
					stack[sp] = b.entries[c.bidx].value
					sp++
					continue
				}
			}
			goto slow

		case compile.STORE_NAME:
			if d, ok := f.Locals.(*Dict); ok && d == f.Globals {
				if c := &code.globals[in.Arg]; c.globals == d && c.gver == d.version && c.gidx >= 0 {
					sp--
					d.entries[c.gidx].value = stack[sp]
					stack[sp] = nil
					continue
				}
			}
			goto slow

		case compile.LOAD_ATTR, opLoadFastAttr, opDupLoadAttr:
			// LOAD_ATTR replaces the object with its attribute; the fused forms push the
			// object (a local, or a copy of the top) and then load from it.
			at := in.Arg
			if in.Op != compile.LOAD_ATTR {
				var v Value
				if in.Op == opLoadFastAttr {
					if v = fast[in.Arg]; v == nil {
						unbound = in.Arg
						goto unboundLocal
					}
				} else {
					v = stack[sp-1]
				}
				stack[sp] = v
				sp++
				at = instrs[pc].Arg
			}
			if o, ok := stack[sp-1].(*Instance); ok {
				if v := code.attrs[at].load(o, code.names[at]); v != nil {
					stack[sp-1] = v
					if in.Op != compile.LOAD_ATTR {
						pc++
						th.exec.ticks--
					}
					continue
				}
			}
			if in.Op == compile.LOAD_ATTR {
				goto slow
			}

		case compile.STORE_ATTR, opRotStoreAttr:
			// STORE_ATTR: the object is on top, the value below it; ROT_TWO STORE_ATTR has
			// them the other way round.
			o, v, at := stack[sp-1], stack[sp-2], in.Arg
			if in.Op == opRotStoreAttr {
				o, v, at = v, o, instrs[pc].Arg
			}
			if inst, ok := o.(*Instance); ok && code.attrs[at].store(inst, code.names[at], v) {
				stack[sp-1], stack[sp-2] = nil, nil
				sp -= 2
				if in.Op == opRotStoreAttr {
					pc++
					th.exec.ticks--
				}
				continue
			}
			if in.Op == compile.STORE_ATTR {
				goto slow
			}
			stack[sp-1], stack[sp-2] = stack[sp-2], stack[sp-1]

		case compile.LOAD_METHOD:
			if _, ok := stack[sp-1].(*Module); ok {
				goto slow
			}
			if m := code.attrs[in.Arg].method(stack[sp-1], code.names[in.Arg]); m != nil {
				stack[sp] = stack[sp-1]
				stack[sp-1] = m
				sp++
				continue
			}
			goto slow

		case compile.BINARY_OP:
			if x, ok := stack[sp-2].(Int); ok {
				if y, ok := stack[sp-1].(Int); ok {
					if r := th.intFast(compile.BinaryOp(in.Arg), x, y); r != nil {
						sp--
						stack[sp] = nil
						stack[sp-1] = r
						continue
					}
				}
			}
			goto slow

		case compile.COMPARE_OP:
			if x, ok := stack[sp-2].(Int); ok {
				if y, ok := stack[sp-1].(Int); ok {
					sp--
					stack[sp] = nil
					stack[sp-1] = compareInts(compile.CompareOp(in.Arg), int64(x), int64(y))
					continue
				}
			}
			goto slow

		case compile.IS_OP:
			sp--
			r := Is(stack[sp-1], stack[sp])
			stack[sp] = nil
			stack[sp-1] = Bool(r != (in.Arg == 1))

		case compile.BINARY_SUBSCR:
			if l, ok := stack[sp-2].(*List); ok {
				if i, ok := stack[sp-1].(Int); ok {
					n := Int(len(l.Items))
					if i < 0 {
						i += n
					}
					if i >= 0 && i < n {
						sp--
						stack[sp] = nil
						stack[sp-1] = l.Items[i]
						continue
					}
				}
			}
			goto slow

		case compile.JUMP:
			pc = int(in.Arg)

		case compile.POP_JUMP_IF_FALSE, compile.POP_JUMP_IF_TRUE:
			var t bool
			switch x := stack[sp-1].(type) {
			case Bool:
				t = bool(x)
			case Int:
				t = x != 0
			case *NoneType:
				t = false
			default:
				goto slow
			}
			sp--
			stack[sp] = nil
			if t == (in.Op == compile.POP_JUMP_IF_TRUE) {
				pc = int(in.Arg)
			}

		case opForIterStoreName:
			if r, isRange := stack[sp-1].(*rangeIter); isRange && r.remaining > 0 {
				if d, ok := f.Locals.(*Dict); ok && d == f.Globals {
					if c := &code.globals[instrs[pc].Arg]; c.globals == d && c.gver == d.version && c.gidx >= 0 {
						d.entries[c.gidx].value = th.boxInt(int64(r.cur))
						r.cur += r.step
						r.remaining--
						pc++
						th.exec.ticks--
						continue
					}
				}
			}
			fallthrough

		case compile.FOR_ITER:
			r, isRange := stack[sp-1].(*rangeIter)
			if !isRange {
				goto next
			}
			if r.remaining > 0 {
				stack[sp] = th.boxInt(int64(r.cur))
				sp++
				r.cur += r.step
				r.remaining--
				continue
			}
			sp--
			stack[sp] = nil
			pc = int(in.Arg)

		case compile.RETURN_VALUE:
			sp--
			retv = stack[sp]
			stack[sp] = nil
			goto ret

		case opLoadFastReturn:
			if retv = fast[in.Arg]; retv == nil {
				unbound = in.Arg
				goto unboundLocal
			}
			pc++
			th.exec.ticks--
			goto ret

		case opLoadConstReturn:
			retv = code.consts[in.Arg]
			pc++
			th.exec.ticks--
			goto ret

		case opBinaryReturn:
			sp -= 2
			a, b := stack[sp], stack[sp+1]
			stack[sp], stack[sp+1] = nil, nil
			binOp, binA, binB = compile.BinaryOp(in.Arg), a, b
			goto binary

		case opLoadFastConstBinary:
			v := fast[in.Arg]
			if v == nil {
				unbound = in.Arg
				goto unboundLocal
			}
			binOp, binA, binB = compile.BinaryOp(instrs[pc+1].Arg), v, code.consts[instrs[pc].Arg]
			pc += 2
			th.exec.ticks -= 2
			goto binary

		case compile.CALL, compile.CALL_KW, compile.CALL_METHOD, compile.CALL_METHOD_KW:
			n := int(in.Arg)
			kwnames = nil
			if in.Op == compile.CALL_KW || in.Op == compile.CALL_METHOD_KW {
				sp--
				kwnames = th.kwNames(code, code.Instrs, pc, stack[sp])
				stack[sp] = nil
			}
			if in.Op == compile.CALL || in.Op == compile.CALL_KW {
				callee, argLo, slot = stack[sp-n-1], sp-n, sp-n-1
			} else if slot = sp - n - 2; stack[slot] != nil {
				callee, argLo = stack[slot], sp-n-1
			} else {
				callee, argLo = stack[sp-n-1], sp-n
			}
			goto call

		case compile.SETUP_FINALLY:
			f.blocks[f.nblocks] = block{kind: blockHandler, handler: int32(in.Arg), level: int32(sp)}
			f.nblocks++

		case compile.POP_BLOCK:
			f.nblocks--

		case opLoadFastConst:
			v := fast[in.Arg]
			if v == nil {
				unbound = in.Arg
				goto unboundLocal
			}
			stack[sp] = v
			stack[sp+1] = code.consts[instrs[pc].Arg]
			sp += 2
			pc++
			th.exec.ticks--

		case opLoadFastFast:
			v := fast[in.Arg]
			if v == nil {
				unbound = in.Arg
				goto unboundLocal
			}
			stack[sp] = v
			sp++
			pc++
			th.exec.ticks--
			if v = fast[instrs[pc-1].Arg]; v == nil {
				unbound = instrs[pc-1].Arg
				goto unboundLocal
			}
			stack[sp] = v
			sp++

		case opStoreFastLoadFast:
			sp--
			fast[in.Arg] = stack[sp]
			pc++
			th.exec.ticks--
			v := fast[instrs[pc-1].Arg]
			if v == nil {
				stack[sp] = nil
				unbound = instrs[pc-1].Arg
				goto unboundLocal
			}
			stack[sp] = v
			sp++

		case opCompareJump:
			x, ok := stack[sp-2].(Int)
			if !ok {
				goto slow
			}
			y, ok := stack[sp-1].(Int)
			if !ok {
				goto slow
			}
			sp -= 2
			stack[sp], stack[sp+1] = nil, nil
			th.exec.ticks--
			if compareIntsBool(compile.CompareOp(in.Arg&0xff), x, y) == (in.Arg>>8 == 1) {
				pc = int(instrs[pc].Arg)
			} else {
				pc++
			}

		case opForIterStoreFast:
			r, isRange := stack[sp-1].(*rangeIter)
			if !isRange {
				goto next
			}
			if r.remaining > 0 {
				fast[instrs[pc].Arg] = th.boxInt(int64(r.cur))
				r.cur += r.step
				r.remaining--
				pc++
				th.exec.ticks--
				continue
			}
			sp--
			stack[sp] = nil
			pc = int(in.Arg)

		case opBinaryStoreFast:
			sp -= 2
			a, b := stack[sp], stack[sp+1]
			stack[sp], stack[sp+1] = nil, nil
			binOp, binA, binB = compile.BinaryOp(in.Arg), a, b
			goto binary

		case compile.YIELD_VALUE:
			sp--
			v := stack[sp]
			stack[sp] = nil
			if code.kind == kindAsyncGenerator {
				v = &asyncGenWrapped{v}
			}
			f.sp, f.pc, f.lasti = int32(sp), int32(pc), int32(pc-1)
			f.state = frameSuspended
			return v, nil

		case compile.YIELD_FROM:
			if retv, callOK, err = th.yieldFrom(f, sp); err != nil {
				sp--
				goto fail
			}
			sp--
			if callOK {
				continue
			}
			// The sub-iterator yielded: suspend here and run YIELD_FROM again on resume, with
			// the value sent then on the stack.
			f.sp, f.pc, f.lasti = int32(sp), int32(pc-1), int32(pc-1)
			f.state = frameSuspended
			return retv, nil

		case compile.UNARY_NEGATIVE, compile.CONTAINS_OP, compile.BUILD_TUPLE, compile.BUILD_LIST,
			compile.GET_ITER, compile.CALL_EX, compile.POP_EXCEPT, compile.ROT_TWO, compile.DUP_TOP,
			compile.STORE_DEREF, compile.UNARY_NOT, compile.STORE_SUBSCR, compile.LIST_APPEND,
			compile.JUMP_IF_FALSE_OR_POP, compile.JUMP_IF_TRUE_OR_POP:
			// Whole opcodes that slowOp runs.
			goto slow

		default:
			f.sp, f.lasti = int32(sp), int32(pc-1)
			var reraise bool
			if sp, pc, err, reraise = th.coldOp(f, in, sp, pc); reraise {
				mode = errReraised
			}
		}
		if err == nil {
			continue
		}
		goto fail

	unboundLocal:
		err = unboundLocal(code.VarNames[unbound])
		goto fail

	binary:
		// The fused forms of BINARY_OP: binA binOp binB, then the result goes where in says.
		if retv, err = th.binaryOp(binOp, binA, binB); err != nil {
			goto fail
		}
		switch in.Op {
		case opBinaryReturn:
			pc++
			th.exec.ticks--
			goto ret
		case opBinaryStoreFast:
			fast[instrs[pc].Arg] = retv
			pc++
			th.exec.ticks--
		default: // opLoadFastConstBinary
			stack[sp] = retv
			sp++
		}
		retv = nil
		continue

	next:
		// FOR_ITER (or its fused forms) over an iterator other than a range.
		f.sp, f.lasti = int32(sp), int32(pc-1)
		if retv, callOK, err = th.iterNext(stack[sp-1]); err != nil {
			goto fail
		}
		if !callOK {
			sp--
			stack[sp] = nil
			pc = int(in.Arg)
		} else if in.Op == opForIterStoreFast {
			fast[instrs[pc].Arg] = retv
			pc++
			th.exec.ticks--
		} else {
			stack[sp] = retv
			sp++
		}
		retv = nil
		continue

	slow:
		// The instruction's fast path does not apply: slowOp runs all of it.
		f.sp, f.lasti = int32(sp), int32(pc-1)
		if sp, pc, err = th.slowOp(f, in, sp, pc); err == nil {
			continue
		}

	fail:
		// err was raised by the instruction at pc-1: send it to the frame's handlers, and
		// continue in the frame (this one, or a caller of inlined calls) that handles it.
		f.sp = int32(sp)
		f.lasti = int32(pc - 1)
		if f, err = th.unwind(f, err, mode); f == nil {
			return nil, err
		}
		mode = errRaised
		code, instrs = f.Code, f.Code.ops
		fast, stack = f.buf[:f.nfast:f.nfast], f.buf[f.nfast:]
		sp, pc = int(f.sp), int(f.pc)
		continue

	call:
		// Call callee with stack[argLo:sp] (and kwnames); the result replaces the stack from
		// slot up. A plain Python function runs in this loop (an inlined call): here when the
		// frame pool has this depth's frame ready for its code, else through callSlow.
		f.sp, f.lasti = int32(sp), int32(pc-1)
		if c, ok := callee.(*Function); ok && kwnames == nil {
			co := c.Code
			n := sp - argLo
			if d := th.exec.depth; co.kind == kindPlain && co.simple && n == co.ArgCount && len(co.cellNames) == 0 &&
				d+1 < th.Interp.RecursionLimit && d+1 < maxFrameDepth && d < len(th.exec.pool) {
				if nf := th.exec.pool[d]; nf != nil && nf.Code == co {
					nf.Globals, nf.Builtins, nf.fn = c.Globals, c.Builtins, c
					nfast := nf.buf[:nf.nfast:nf.nfast]
					for i := 0; i < n; i++ {
						nfast[i] = stack[argLo+i]
					}
					for i := slot + 1; i < sp; i++ {
						stack[i] = nil
					}
					f.sp, f.pc = int32(slot+1), int32(pc)
					nf.inlined = true
					nf.Back = f
					th.exec.frame = nf
					th.exec.depth++
					f = nf
					goto reload
				}
			}
		}
		if b, ok := callee.(*Builtin); ok {
			// Builtins are called often (len, list.append, dict.get): not through callSlow.
			if sp, err = th.callBuiltinAt(f, b, argLo, sp, slot, kwnames); err != nil {
				goto fail
			}
			continue
		}
		{
			var nf *Frame
			if nf, sp, err = th.callSlow(f, callee, argLo, sp, slot, kwnames); nf != nil {
				f = nf
				goto reload
			}
			if err != nil {
				goto fail
			}
			continue
		}

	ret:
		// Return retv from f: to the caller's loop for an inlined call, else from run.
		if f.nblocks > 0 || code.unreadSlots != nil {
			th.leaveBlocks(f)
		}
		f.sp = int32(sp)
		f.state = frameDone
		if f.inlined {
			caller := f.Back
			th.exec.frame = caller
			th.exec.depth--
			if f.escaped || len(f.cells) > 0 || f.Locals != nil {
				th.release(f)
			} else {
				ffast := f.buf[:f.nfast:f.nfast]
				for i := 0; i < len(ffast); i++ {
					ffast[i] = nil
				}
				f.sp, f.pc = 0, 0
			}
			f = caller
			f.buf[f.nfast+f.sp-1] = retv
			retv = nil
			goto reload
		}
		return retv, nil

	reload:
		// f changed (an inlined call began or returned): load its state.
		code, instrs = f.Code, f.Code.ops
		fast, stack, sp, pc = f.buf[:f.nfast:f.nfast], f.buf[f.nfast:], int(f.sp), int(f.pc)
		f.state = frameRunning
	}
}
