package vm

// Generators, coroutines and async generators.
//
// All three are a *Generator: a frame kept on the heap and resumed by running the eval loop
// on it again — no goroutine is involved, so a hundred thousand suspended coroutines cost
// only their frames. Resuming pushes the sent value on the frame's stack (where YIELD_VALUE
// or YIELD_FROM expects its result, and where GEN_START pops the first None) and runs the
// frame until it yields, returns or raises.
//
// YIELD_FROM suspends the frame with its program counter still on the YIELD_FROM
// instruction, so that resuming repeats the delegation with the new value; while suspended
// there the sub-iterator is on top of the stack (gi_yieldfrom, cr_await). throw() and close()
// are forwarded to it first, as CPython's genobject.c does; that is how cancelling an
// asyncio task reaches the innermost await.
//
// The Go API (Send, Throw, Close) reports completion with done=true and the return value
// instead of a StopIteration exception; the Python methods (send, throw, close, __next__)
// turn it into StopIteration(value). Go objects that YIELD_FROM may delegate to (an asyncio
// future's iterator) implement the same three methods: see Delegate.

import "github.com/asobiba/asobiba/runtime/compile"

// genKind says what a code object's calls produce.
type genKind uint8

const (
	kindPlain genKind = iota
	kindGenerator
	kindCoroutine
	kindAsyncGenerator
)

// The classes of generator-like objects.
var (
	GeneratorType        = NewBuiltinType("generator", ObjectType, 0).SetSolid()
	CoroutineType        = NewBuiltinType("coroutine", ObjectType, 0).SetSolid()
	AsyncGeneratorType   = NewBuiltinType("async_generator", ObjectType, 0).SetSolid()
	CoroutineWrapperType = NewBuiltinType("coroutine_wrapper", ObjectType, 0).SetSolid()
)

// Delegate is implemented by Go objects that YIELD_FROM (yield from, await) can drive
// directly, without going through Python-level __next__, send and throw. Each call returns
// either a value the sub-iterator yields (done=false) or, once it finishes, its result
// (done=true, the value StopIteration would carry). *Generator implements it.
type Delegate interface {
	Value
	// Send resumes the iterator with v (None for next()).
	Send(th *Thread, v Value) (Value, bool, error)
	// Throw raises exc inside the iterator.
	Throw(th *Thread, exc *Exception) (Value, bool, error)
	// Close finalizes the iterator.
	Close(th *Thread) error
}

// Generator is a generator, coroutine or async generator object. A program may keep a
// hundred thousand coroutines suspended at once, so the struct is kept small: pointers and
// strings first, then the one-byte flags packed together.
type Generator struct {
	frame *Frame // nil once finished
	code  *Code
	// exc is the generator's own item of the handled-exception stack.
	exc excInfo
	// extra holds what few generators need (see genExtra), or nil.
	extra *genExtra

	// Coroutines: the code and instruction (f_lasti) that created the coroutine, for the
	// never-awaited report (originLine); the line is looked up only when needed.
	originCode  *Code
	originLasti int32

	kind    genKind
	running bool
	started bool
	// warned says whether the never-awaited warning was given (coroutines).
	warned bool
	// cyclic is set while the coroutine is held by an exception stored in a future: CPython
	// frees it in the collection at exit.
	cyclic bool
	// owned is set while the only reference is a for loop's iterator slot (the generator
	// came straight from a call): the loop dropping it finalizes it, as CPython's
	// reference counting does.
	owned bool
	// taskHeld is set once a task holds the coroutine (HoldByTask).
	taskHeld     bool
	runningAsync bool // async generators: an asend/athrow awaitable is in progress
	agClosed     bool // async generators: aclose() ran or the generator finished
	hooksInited  bool
}

// genExtra holds the fields of a Generator that only some generators use, so that the
// common one stays small.
type genExtra struct {
	// finalizer is the async generator finalizer hook captured at first iteration, or nil.
	finalizer Value
	// origin is the stack that created a coroutine when origin tracking is on (cr_origin).
	origin []OriginFrame
	// named says that name and qualName hold __name__ and __qualname__, which then differ
	// from the code's (a function renamed, for example by functools.wraps, or an assignment).
	named          bool
	name, qualName string
}

// Name returns the generator's __name__.
func (g *Generator) Name() string {
	if g.extra != nil && g.extra.named {
		return g.extra.name
	}
	return g.code.Name
}

// QualName returns the generator's __qualname__.
func (g *Generator) QualName() string {
	if g.extra != nil && g.extra.named {
		return g.extra.qualName
	}
	return g.code.QualName
}

// setNames sets __name__ and __qualname__; only a generator whose names differ from its
// code's keeps them.
func (g *Generator) setNames(name, qualName string) {
	if g.extra == nil {
		if name == g.code.Name && qualName == g.code.QualName {
			return
		}
		g.extra = &genExtra{}
	}
	g.extra.named, g.extra.name, g.extra.qualName = true, name, qualName
}

// extras returns g's genExtra, making it on first use.
func (g *Generator) extras() *genExtra {
	if g.extra == nil {
		g.extra = &genExtra{}
	}
	return g.extra
}

// Finalizer returns the async generator finalizer hook captured at first iteration, or nil.
func (g *Generator) Finalizer() Value {
	if g.extra == nil {
		return nil
	}
	return g.extra.finalizer
}

// Type returns generator, coroutine or async_generator.
func (g *Generator) Type() *Type {
	switch g.kind {
	case kindCoroutine:
		return CoroutineType
	case kindAsyncGenerator:
		return AsyncGeneratorType
	}
	return GeneratorType
}

// IsCoroutine reports whether g is a coroutine object (from an async def).
func (g *Generator) IsCoroutine() bool { return g.kind == kindCoroutine }

// IsAsyncGenerator reports whether g is an async generator object.
func (g *Generator) IsAsyncGenerator() bool { return g.kind == kindAsyncGenerator }

// IsIterableCoroutine reports whether g is a generator of a types.coroutine function (its
// code has CO_ITERABLE_COROUTINE): it may be awaited.
func (g *Generator) IsIterableCoroutine() bool {
	return g.kind == kindGenerator && g.code.Flags&flagIterableCoroutine != 0
}

// Started reports whether the object has run at all.
func (g *Generator) Started() bool { return g.started }

// Done reports whether the object has finished (returned, raised or been closed).
func (g *Generator) Done() bool { return g.frame == nil }

// Running reports whether the object is executing (gi_running, cr_running).
func (g *Generator) Running() bool { return g.running }

// Frame returns the suspended frame (gi_frame), or nil once finished.
func (g *Generator) Frame() *Frame { return g.frame }

// Code returns the code object (gi_code).
func (g *Generator) Code() *Code { return g.code }

// initGenerator makes g the generator of f, a frame prepared for a generator-kind function.
func initGenerator(th *Thread, g *Generator, f *Frame, fn *Function) *Generator {
	g.kind, g.frame, g.code = f.Code.kind, f, f.Code
	g.setNames(fn.Name, fn.QualName)
	f.gen = g
	if g.kind == kindCoroutine {
		th.trackCoroutine(g)
	}
	return g
}

// originLine returns the line that created the coroutine (originCode must be set).
func (g *Generator) originLine() int { return g.originCode.lineAt(int(g.originLasti)) }

// kindWord names the object kind in messages.
func (g *Generator) kindWord() string {
	switch g.kind {
	case kindCoroutine:
		return "coroutine"
	case kindAsyncGenerator:
		return "async generator"
	}
	return "generator"
}

// yieldFrom returns the sub-iterator the suspended frame delegates to, or nil.
func (g *Generator) yieldFrom() Value {
	f := g.frame
	if f == nil || f.state != frameSuspended || int(f.pc) >= len(f.Code.Instrs) || f.Code.Instrs[f.pc].Op != compile.YIELD_FROM {
		return nil
	}
	return f.valueStack()[f.sp-1]
}

// YieldFrom returns what the object is suspended on (gi_yieldfrom, cr_await), or nil.
func (g *Generator) YieldFrom() Value { return g.yieldFrom() }

// resume runs the frame with v sent in, or with exc raised at the suspension point. It
// returns the yielded value, or done=true and the return value, or the error the frame
// raised (converted as PEP 479 says).
func (g *Generator) resume(th *Thread, v Value, exc *Exception) (Value, bool, error) {
	f := g.frame
	if th.exec.depth >= th.recursionLimit() {
		return nil, false, Errorf(RecursionErrorType, "maximum recursion depth exceeded")
	}
	if !th.exec.initialized {
		th.init()
	}
	if exc == nil {
		if v == nil {
			v = None
		}
		f.valueStack()[f.sp] = v
		f.sp++
	}
	if err := th.enterGo(); err != nil {
		if exc == nil {
			f.sp--
			f.valueStack()[f.sp] = nil
		}
		return nil, false, err
	}
	g.running = true
	g.started = true
	g.exc.prev = th.exec.exc
	th.exec.exc = &g.exc
	th.pushFrame(f)
	res, err := th.run(f, exc)
	th.popFrame(f)
	th.exec.goDepth--
	th.exec.exc = g.exc.prev
	g.exc.prev = nil
	g.running = false
	if err != nil {
		g.finish()
		return nil, false, g.convertError(err)
	}
	if f.state == frameSuspended {
		return res, false, nil
	}
	g.finish()
	return res, true, nil
}

// finish drops the frame of a generator that returned or raised.
func (g *Generator) finish() {
	if f := g.frame; f != nil {
		f.state = frameDone
		f.gen = nil
		f.recycle()
	}
	g.frame = nil
	g.exc.value = nil
	if g.kind == kindAsyncGenerator {
		g.agClosed = true
	}
}

// convertError applies PEP 479: StopIteration (and, in async generators,
// StopAsyncIteration) must not leak out of the frame.
func (g *Generator) convertError(err error) error {
	e, ok := err.(*Exception)
	if !ok {
		return err
	}
	var msg string
	switch {
	case e.Class.IsSubtype(StopIterationType):
		msg = g.kindWord() + " raised StopIteration"
	case g.kind == kindAsyncGenerator && e.Class.IsSubtype(StopAsyncIterationType):
		msg = "async generator raised StopAsyncIteration"
	default:
		return err
	}
	r := Errorf(RuntimeErrorType, "%s", msg)
	r.Cause, r.Context, r.SuppressContext = e, e, true
	return r
}

// checkResumable returns the error of resuming a generator that is running, or done=true
// for one that has finished (sending into an exhausted generator returns None; an awaited
// coroutine cannot be reused).
func (g *Generator) checkResumable(v Value, throwing bool) (bool, error) {
	if g.frame != nil && g.frame.state == frameCreated && v != nil && v != None && !throwing {
		word := g.kindWord()
		return false, Errorf(TypeErrorType, "can't send non-None value to a just-started %s", word)
	}
	if g.running {
		return false, Errorf(ValueErrorType, "%s already executing", g.kindWord())
	}
	if g.frame == nil {
		if g.kind == kindCoroutine {
			return true, Errorf(RuntimeErrorType, "cannot reuse already awaited coroutine")
		}
		return true, nil
	}
	return false, nil
}

// Send resumes the object with v (None for next()). It returns the next yielded value, or
// done=true and the return value.
func (g *Generator) Send(th *Thread, v Value) (Value, bool, error) {
	if done, err := g.checkResumable(v, false); err != nil || done {
		return None, true, err
	}
	return g.resume(th, v, nil)
}

// next advances a generator for iteration (FOR_ITER, next()): ok is false once it is
// exhausted.
func (g *Generator) next(th *Thread) (Value, bool, error) {
	v, done, err := g.Send(th, None)
	if err != nil || done {
		return nil, false, err
	}
	return v, true, nil
}

// Throw raises exc inside the object at its suspension point, forwarding it first to the
// sub-iterator of a pending yield from / await.
func (g *Generator) Throw(th *Thread, exc *Exception) (Value, bool, error) {
	return g.throw(th, exc, true)
}

func (g *Generator) throw(th *Thread, exc *Exception, closeOnGenExit bool) (Value, bool, error) {
	if done, err := g.checkResumable(nil, true); err != nil {
		return nil, false, err
	} else if done {
		return nil, false, exc
	}
	if yf := g.yieldFrom(); yf != nil {
		if closeOnGenExit && exc.Class.IsSubtype(GeneratorExitType) {
			g.running = true
			err := closeIter(th, yf)
			g.running = false
			if err != nil {
				return g.resumeWithError(th, err)
			}
			return g.resume(th, nil, exc)
		}
		var r Value
		var done bool
		var err error
		if _, ok := yf.(Standin); ok {
			// The exception is raised in the coroutine's frames, which the traceback shows.
			if yf, err = th.realAwait(g, yf); err != nil {
				f := g.frame
				f.sp--
				f.valueStack()[f.sp] = nil
				f.pc++
				return g.resumeWithError(th, err)
			}
		}
		g.running = true
		switch sub := yf.(type) {
		case *Generator:
			if sub.kind == kindAsyncGenerator {
				r, done, err = throwGeneric(th, yf, exc)
			} else {
				r, done, err = sub.throw(th, exc, closeOnGenExit)
			}
		case Delegate:
			r, done, err = sub.Throw(th, exc)
		default:
			r, done, err = throwGeneric(th, yf, exc)
		}
		g.running = false
		if err == errNoThrow {
			return g.resume(th, nil, exc)
		}
		if err == nil && !done {
			return r, false, nil
		}
		// The sub-iterator finished: leave the YIELD_FROM with its result, or raise what it
		// raised at the YIELD_FROM.
		f := g.frame
		f.sp--
		f.valueStack()[f.sp] = nil
		f.pc++
		if err != nil {
			return g.resumeWithError(th, err)
		}
		return g.resume(th, r, nil)
	}
	return g.resume(th, nil, exc)
}

// resumeWithError raises err in the frame (a Stopped error ends the generator at once).
func (g *Generator) resumeWithError(th *Thread, err error) (Value, bool, error) {
	e, ok := err.(*Exception)
	if !ok {
		g.finish()
		return nil, false, err
	}
	return g.resume(th, nil, e)
}

// errNoThrow reports that a sub-iterator has no throw method.
var errNoThrow = Errorf(SystemErrorType, "no throw")

// throwGeneric forwards exc to an arbitrary iterator's throw method.
func throwGeneric(th *Thread, yf Value, exc *Exception) (Value, bool, error) {
	m, ok, err := GetAttrOK(th, yf, "throw")
	if err != nil {
		return nil, false, err
	}
	if !ok {
		return nil, false, errNoThrow
	}
	r, err := Call(th, m, []Value{exc}, nil)
	return stopIterationResult(r, err)
}

// stopIterationResult turns a StopIteration error into done=true with its value.
func stopIterationResult(r Value, err error) (Value, bool, error) {
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Class.IsSubtype(StopIterationType) {
			return StopIterationValue(e), true, nil
		}
		return nil, false, err
	}
	return r, false, nil
}

// StopIterationValue returns the value a StopIteration carries (its value attribute, else
// its first argument, else None).
func StopIterationValue(e *Exception) Value {
	if v, ok := excAttr(e, "value"); ok {
		return v
	}
	if len(e.Args) > 0 {
		return e.Args[0]
	}
	return None
}

// NewStopIteration makes StopIteration(value) with its value attribute set.
func NewStopIteration(v Value) *Exception {
	var e *Exception
	if v == None || v == nil {
		e = NewException(StopIterationType)
		v = None
	} else {
		e = NewException(StopIterationType, v)
	}
	setExcField(e, "value", v)
	return e
}

// closeIter closes a sub-iterator: generators and coroutines directly, others through their
// close method when they have one.
func closeIter(th *Thread, yf Value) error {
	switch sub := yf.(type) {
	case *Generator:
		if sub.kind != kindAsyncGenerator {
			return sub.Close(th)
		}
	case Delegate:
		return sub.Close(th)
	case Standin:
		return sub.Close(th)
	}
	m, ok, err := GetAttrOK(th, yf, "close")
	if err != nil || !ok {
		return err
	}
	_, err = Call(th, m, nil, nil)
	return err
}

// Close raises GeneratorExit inside the object (generator.close()). It is an error for the
// object to yield in response ("generator ignored GeneratorExit").
func (g *Generator) Close(th *Thread) error {
	if g.frame == nil {
		return nil
	}
	if g.running {
		return Errorf(ValueErrorType, "%s already executing", g.kindWord())
	}
	var exc *Exception
	if yf := g.yieldFrom(); yf != nil {
		g.running = true
		err := closeIter(th, yf)
		g.running = false
		if err != nil {
			e, ok := err.(*Exception)
			if !ok {
				g.finish()
				return err
			}
			exc = e
		}
	}
	if exc == nil {
		exc = NewException(GeneratorExitType)
	}
	if g.frame.state == frameCreated {
		// A generator that never started has nothing to clean up.
		g.finish()
		return nil
	}
	_, done, err := g.resume(th, nil, exc)
	if err == nil && !done {
		msg := "generator ignored GeneratorExit"
		switch g.kind {
		case kindCoroutine:
			msg = "coroutine ignored GeneratorExit"
		case kindAsyncGenerator:
			msg = "async generator ignored GeneratorExit"
		}
		return Errorf(RuntimeErrorType, "%s", msg)
	}
	if err != nil && (ExceptionMatches(err, StopIterationType) || ExceptionMatches(err, GeneratorExitType)) {
		return nil
	}
	return err
}

// sendInto runs one step of YIELD_FROM: it sends v into sub and returns what sub yields, or
// done=true and sub's result.
func (th *Thread) sendInto(sub, v Value) (Value, bool, error) {
	switch s := sub.(type) {
	case *Generator:
		if s.kind != kindAsyncGenerator {
			return s.Send(th, v)
		}
	case *YieldOnce: // before Delegate: a concrete case costs no interface look-up
		return s.Send(th, v)
	case Delegate:
		return s.Send(th, v)
	}
	if v == None {
		m := LookupSpecial(sub, "__next__")
		if m == nil {
			return nil, false, Errorf(TypeErrorType, "'%s' object is not an iterator", typeName(sub))
		}
		r, err := callUnbound(th, m, sub, []Value{sub})
		if err == nil && r == nil {
			return None, true, nil
		}
		return stopIterationResult(r, err)
	}
	r, err := CallMethod(th, sub, "send", v)
	return stopIterationResult(r, err)
}

// markOwned records, for the iterator a GET_ITER or GET_AITER at pc-1 produced, whether
// it is a generator fresh from a call (see Generator.owned), and returns it.
func markOwned(it Value, code *Code, pc int) Value {
	if g, ok := it.(*Generator); ok {
		g.owned = freshCallResult(code, pc)
	}
	return it
}

// freshCallResult reports whether the instruction before the one at pc-1 (GET_ITER,
// GET_AITER) is a call, so that the iterator is a temporary nothing else refers to.
func freshCallResult(code *Code, pc int) bool {
	if pc < 2 {
		return false
	}
	switch code.Instrs[pc-2].Op {
	case compile.CALL, compile.CALL_KW, compile.CALL_METHOD, compile.CALL_METHOD_KW, compile.CALL_EX:
		return true
	}
	return false
}

// generatorDropped runs when POP_TOP discards a generator-like object. CPython finalizes
// an object when its last reference goes; Asobiba cannot know that in general, so it
// recognizes the two common cases: a coroutine created by the statement and never awaited
// (a warning), and a suspended generator a loop left early (for x in gen(): break), which
// is closed at once — its finally clauses run — or, for an async generator, handed to the
// finalizer hook (asyncio then schedules its aclose()). Only a *Stopped error is returned;
// errors while finalizing are reported as CPython reports them ("Exception ignored in").
func (th *Thread) generatorDropped(g *Generator) error {
	if g.kind == kindCoroutine {
		th.coroutineDropped(g)
		return nil
	}
	if !g.owned || g.frame == nil || g.frame.state != frameSuspended {
		return nil
	}
	g.owned = false
	var err error
	if g.kind == kindGenerator {
		err = g.Close(th)
	} else if fin := g.Finalizer(); fin != nil && fin != None {
		_, err = Call(th, fin, []Value{g}, nil)
	}
	if exc, ok := err.(*Exception); ok {
		if f := th.exec.frame; f != nil {
			th.addTraceback(exc, f)
		}
		th.WriteUnraisable(exc, g)
		return nil
	}
	return err
}

// WriteUnraisable reports an exception that cannot be raised (one escaping a finalizer) on
// the interpreter's stderr, as CPython's default sys.unraisablehook does.
func (th *Thread) WriteUnraisable(exc *Exception, obj Value) {
	if th.Interp.Stderr == nil {
		return
	}
	s, err := Repr(th, obj)
	if err != nil {
		s = "<object repr() failed>"
	}
	_, _ = th.Interp.Stderr.Write([]byte("Exception ignored in: " + s + "\n" + th.FormatException(exc)))
}
