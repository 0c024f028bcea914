package vm

// Raising, unwinding and exception matching.
//
// When an instruction fails, handleError records the frame in the exception's traceback,
// chains the exception being handled as its __context__, and pops the block stack as
// opcode.go's header describes: a handler block truncates the value stack to its level and
// transfers control to the handler with the exception pushed and made the handled exception
// (remembering the previous one in an EXCEPT_HANDLER block); an EXCEPT_HANDLER block met on
// the way restores the exception that was handled before it. With no block left, the
// exception leaves the frame.

// errMode tells the unwinder how a pending error was raised.
type errMode uint8

const (
	// errRaised: a new raise in this frame (traceback entry added, __context__ chained).
	errRaised errMode = iota
	// errReraised: RERAISE and bare raise (the traceback is left as it is).
	errReraised
	// errThrown: generator.throw() (traceback entry added, no __context__ chaining).
	errThrown
)

// handleError sends err to f's handlers. It returns true when a handler takes over (f.pc and
// f.sp then say where), otherwise false and the error that leaves the frame.
func (th *Thread) handleError(f *Frame, err error, mode errMode) (bool, error) {
	exc, ok := asException(err)
	if !ok {
		// Stopped: no handler may run.
		th.dropBlocks(f)
		clear(f.valueStack()[:f.sp])
		f.sp = 0
		return false, err
	}
	if mode != errReraised {
		th.addTraceback(exc, f)
		if mode == errRaised && exc.Context == nil {
			th.chainContext(exc)
		}
	}
	for f.nblocks > 0 {
		f.nblocks--
		b := f.blocks[f.nblocks]
		f.blocks[f.nblocks].prev = nil
		if f.sp > b.level {
			if err := th.dropOwnedIterators(f.valueStack()[b.level:f.sp]); err != nil {
				return th.handleError(f, err, mode)
			}
			clear(f.valueStack()[b.level:f.sp])
			f.sp = int32(b.level)
		}
		if b.kind == blockExceptHandler {
			th.exec.exc.value = b.prev
			continue
		}
		f.blocks[f.nblocks] = block{kind: blockExceptHandler, level: f.sp, prev: th.exec.exc.value}
		f.nblocks++
		f.valueStack()[f.sp] = exc
		f.sp++
		th.exec.exc.value = exc
		f.pc = int32(b.handler)
		return true, nil
	}
	if err := th.dropOwnedIterators(f.valueStack()[:f.sp]); err != nil {
		return th.handleError(f, err, mode)
	}
	clear(f.valueStack()[:f.sp])
	f.sp = 0
	return false, exc
}

// dropOwnedIterators finalizes, topmost first, the generators of vals (value-stack slots an
// exception discards) that a for or async for loop created and owned: as when a loop is left
// by break (generatorDropped), CPython frees them as the exception unwinds the loop, so a
// generator's finally clauses run, and an async generator's aclose() is scheduled, before
// any handler sees the exception. Only a *Stopped error is returned (handleError then
// unwinds the frame for it instead).
func (th *Thread) dropOwnedIterators(vals []Value) error {
	for i := len(vals) - 1; i >= 0; i-- {
		if g, ok := vals[i].(*Generator); ok && g.owned {
			if err := th.generatorDropped(g); err != nil {
				return err
			}
		}
	}
	return nil
}

// dropBlocks pops every block of f, restoring the handled exception saved by EXCEPT_HANDLER
// blocks (a frame left while handling an exception).
func (th *Thread) dropBlocks(f *Frame) {
	for f.nblocks > 0 {
		f.nblocks--
		b := &f.blocks[f.nblocks]
		if b.kind == blockExceptHandler {
			th.exec.exc.value = b.prev
		}
		b.prev = nil
	}
}

// addTraceback records that exc passes through f at its current instruction.
func (th *Thread) addTraceback(exc *Exception, f *Frame) {
	exc.Traceback = &Traceback{
		Next:     exc.Traceback,
		Filename: f.Code.Filename,
		Name:     f.Code.Name,
		Line:     f.Code.lineAt(int(f.lasti)),
		Lasti:    int(f.lasti),
		Frame:    f,
	}
	f.escape()
}

// chainContext sets exc.__context__ to the exception being handled, if any, breaking the
// cycle that would arise if exc is already in that exception's context chain.
func (th *Thread) chainContext(exc *Exception) {
	ctx := th.HandledException()
	if ctx == nil || ctx == exc {
		return
	}
	o := ctx
	for i := 0; i < 100000; i++ {
		c := o.Context
		if c == nil {
			break
		}
		if c == exc {
			o.Context = nil
			break
		}
		o = c
	}
	exc.Context = ctx
}

// opRaise runs RAISE_VARARGS<n>: bare raise, raise exc, raise exc from cause.
func (th *Thread) opRaise(f *Frame, sp, n int) (int, error, errMode) {
	stack := f.valueStack()
	if n == 0 {
		exc := th.HandledException()
		if exc == nil {
			return sp, Errorf(RuntimeErrorType, "No active exception to reraise"), errRaised
		}
		return sp, exc, errReraised
	}
	var cause Value
	if n == 2 {
		sp--
		cause = stack[sp]
		stack[sp] = nil
	}
	sp--
	v := stack[sp]
	stack[sp] = nil
	exc, err := th.makeException(v, "exceptions must derive from BaseException")
	if err != nil {
		return sp, err, errRaised
	}
	if n == 2 {
		if cause == None {
			exc.Cause = nil
		} else {
			c, err := th.makeException(cause, "exception causes must derive from BaseException")
			if err != nil {
				return sp, err, errRaised
			}
			exc.Cause = c
		}
		exc.SuppressContext = true
	}
	th.chainContext(exc)
	return sp, exc, errRaised
}

// makeException turns the operand of raise into an exception instance: an instance is used
// as it is, a class is called with no arguments.
func (th *Thread) makeException(v Value, msg string) (*Exception, error) {
	switch x := v.(type) {
	case *Exception:
		return x, nil
	case *Type:
		if !x.IsSubtype(BaseExceptionType) {
			break
		}
		r, err := Call(th, x, nil, nil)
		if err != nil {
			return nil, err
		}
		if e, ok := r.(*Exception); ok {
			return e, nil
		}
		rr, err := Repr(th, r)
		if err != nil {
			return nil, err
		}
		return nil, Errorf(TypeErrorType, "calling %s should have returned an instance of BaseException, not %s", typeRepr(x), rr)
	}
	return nil, Errorf(TypeErrorType, "%s", msg)
}

// typeRepr formats a class as repr does: <class 'mod.Name'>.
func typeRepr(t *Type) string {
	if t.Module == "" || t.Module == "builtins" {
		return "<class '" + t.QualName + "'>"
	}
	return "<class '" + t.Module + "." + t.QualName + "'>"
}

// checkExcMatch implements CHECK_EXC_MATCH: whether exc is an instance of typ (a class or a
// tuple of classes), refusing classes that do not derive from BaseException.
func checkExcMatch(th *Thread, exc, typ Value) (bool, error) {
	if err := validExceptType(typ); err != nil {
		return false, err
	}
	return excMatches(exc.Type(), typ), nil
}

func validExceptType(typ Value) error {
	switch t := typ.(type) {
	case *Type:
		if t.IsSubtype(BaseExceptionType) {
			return nil
		}
	case Tuple:
		for _, x := range t {
			if err := validExceptType(x); err != nil {
				return err
			}
		}
		return nil
	}
	return Errorf(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
}

// excMatches reports whether class c matches typ, a class or a (nested) tuple of classes.
func excMatches(c *Type, typ Value) bool {
	switch t := typ.(type) {
	case *Type:
		return c.IsSubtype(t)
	case Tuple:
		for _, x := range t {
			if excMatches(c, x) {
				return true
			}
		}
	}
	return false
}

// ExceptionMatches reports whether err is a Python exception of class cls (or a subclass).
func ExceptionMatches(err error, cls *Type) bool {
	e, ok := err.(*Exception)
	return ok && e.Class.IsSubtype(cls)
}

// unboundLocal is the error of reading a local before assignment.
func unboundLocal(name string) error {
	e := Errorf(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", name)
	setExcField(e, "name", Str(name))
	return e
}

// unboundDeref is the error of reading an empty cell: a local of this frame captured by an
// inner function, or a free variable of an enclosing scope.
func unboundDeref(code *Code, i int) error {
	name := code.cellNames[i]
	if i < len(code.CellVars) {
		return unboundLocal(name)
	}
	e := Errorf(NameErrorType, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
	setExcField(e, "name", Str(name))
	return e
}

// iterNext advances an iterator for FOR_ITER: generators are resumed directly.
func (th *Thread) iterNext(it Value) (Value, bool, error) {
	if g, ok := it.(*Generator); ok && g.kind == kindGenerator {
		return g.next(th)
	}
	return Next(th, it)
}
