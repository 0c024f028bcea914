package vm

// Coroutine bookkeeping and the await protocol.
//
// # Never-awaited coroutines
//
// CPython warns "RuntimeWarning: coroutine 'f' was never awaited" when a coroutine object
// that never ran is garbage-collected. Go offers no such moment, so Asobiba reports at two
// documented points instead:
//
//   - When a statement drops the result of a call that is an unstarted coroutine
//     (`asyncio.sleep(1)` written without await — POP_TOP right after a call), the warning
//     is issued at once with that statement's location, as CPython does:
//     "main.py:5: RuntimeWarning: coroutine 'sleep' was never awaited". The thread's hook
//     (SetCoroutineWarningHook) receives it; without a hook it is written to the
//     interpreter's stderr in CPython's format, once per location and message.
//   - When a call raises and one of its arguments is a coroutine created by the same
//     statement (loop.run_until_complete(job()) on a closed loop), the warning is issued
//     when the handler of that exception finishes (POP_EXCEPT), at the handler's last line,
//     which is when CPython frees the exception and with it the coroutine. The same goes
//     for a failed attribute lookup on one (AttributeError keeps its object). When the
//     callee is C code in CPython (len(job())) or an instruction fails on it (iterating,
//     subscripting, a binary operation), the warning comes at once, at that line.
//   - When a function returns, an unstarted coroutine held only by one of its local
//     variables that no instruction of the function reads (`c = job()` with the await
//     forgotten, or a parameter the function ignores) is released, as CPython's reference
//     counting releases it then: the warning names the line of the frame the function
//     returns to ("main.py:12:"), or, for a function the event loop called (a task step or
//     a callback), the line of CPython's Handle._run that SetCallbackSite names. The
//     coroutine must have been made by that function (or, for a parameter, by the call's
//     own line). "Only that local holds it" is then assumed, not checked: code that reads
//     no such variable can have passed it on only through another name (`c = d = job()`).
//   - At the end of the run the engine calls ReportUnawaitedCoroutines, which warns about
//     every other coroutine created and never started, as CPython does at interpreter exit
//     ("sys:1: RuntimeWarning: coroutine 'example' was never awaited").
//
// # Async generator hooks
//
// SetAsyncGenHooks installs sys.set_asyncgen_hooks's two callables: firstiter is called with
// an async generator when it is first iterated (asyncio registers it for shutdown), and the
// finalizer is remembered on the generator (genExtra.finalizer). The moment an async
// generator becomes garbage is not observable in general: the finalizer is called in the
// common case of a loop leaving its own generator early (generatorDropped), and the event
// loop finalizes the ones still suspended when it shuts down (asyncio's shutdown_asyncgens,
// which CPython also runs); StartedAsyncGenerators lists them for a host that wants to do
// it itself.

import (
	"io"
	"slices"
	"strings"

	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
)

// coroState is the coroutine part of a thread's execution state.
type coroState struct {
	firstIter, finalizer Value
	// created lists coroutines that had not started when last pruned.
	created []*Generator
	pruneAt int
	// asyncGens lists async generators that have been iterated.
	asyncGens   []*Generator
	asyncPrune  int
	warned      map[string]bool
	warningHook func(th *Thread, c *Generator, filename string, line int)
	// pending holds the unstarted coroutines passed to calls that raised, by exception.
	pending map[*Exception][]*Generator
	// stored holds those coroutines once their exception was stored in a future (see
	// ExceptionStored), in case the exception then ends the program (ExceptionUncaught).
	stored map[*Exception][]*Generator
	// originDepth is sys.set_coroutine_origin_tracking_depth: how many frames of the
	// creating stack new coroutines record (0: none).
	originDepth int
	// callbackFile and callbackLine locate the frame CPython would show as the caller of a
	// function that the event loop called (SetCallbackSite); callbackFile is "" outside a
	// running loop. loopCaller is the frame that started the loop: the functions the loop
	// calls find it below them.
	callbackFile string
	callbackLine int
	loopCaller   *Frame
}

// CallbackSite is where CPython's event loop calls callbacks and task steps (the line of
// Handle._run), and the frame that started the loop (see SetCallbackSite).
type CallbackSite struct {
	file   string
	line   int
	caller *Frame
}

// SetCallbackSite tells, when a thread starts running an event loop, where CPython's loop
// calls callbacks and task steps: the functions the loop calls then count file:line as
// their caller, not the frame that started the loop. It returns the site set before, for
// the loop to restore when it stops.
func (th *Thread) SetCallbackSite(file string, line int) CallbackSite {
	c := &th.exec.coro
	old := CallbackSite{c.callbackFile, c.callbackLine, c.loopCaller}
	c.callbackFile, c.callbackLine, c.loopCaller = file, line, th.exec.frame
	return old
}

// RestoreCallbackSite puts back a site that SetCallbackSite returned.
func (th *Thread) RestoreCallbackSite(s CallbackSite) {
	c := &th.exec.coro
	c.callbackFile, c.callbackLine, c.loopCaller = s.file, s.line, s.caller
}

// releaseUnreadLocals runs when f returns normally: it warns about the unstarted coroutines
// held by the locals f's code never reads (see the top of this file).
func (th *Thread) releaseUnreadLocals(f *Frame) {
	fast := f.fastSlots()
	caller := f.Back
	for _, i := range f.Code.unreadSlots {
		g, ok := fast[i].(*Generator)
		if !ok || g.kind != kindCoroutine || g.started || g.frame == nil || g.warned {
			continue
		}
		// Only a coroutine this function made (c = job()), or, for a parameter, one the
		// caller made for this very call (ignore(job())), is surely held by nothing else: a
		// loop variable that never reads the coroutines of someone's list must not warn.
		if int(i) < f.Code.nparams {
			if caller == nil || g.originCode != caller.Code || g.originLine() != caller.Line() {
				continue
			}
		} else if g.originCode != f.Code {
			continue
		}
		c := &th.exec.coro
		if c.callbackFile != "" && caller == c.loopCaller {
			th.warnUnawaitedAt(g, c.callbackFile, c.callbackLine)
		} else if caller != nil {
			th.warnUnawaitedAt(g, caller.Code.Filename, caller.Line())
		}
	}
}

// OriginFrame is one frame of the stack that created a coroutine (cr_origin).
type OriginFrame struct {
	File, Func string
	Line       int
	// Source is the frame's source line, stripped, or "".
	Source string
}

// SetCoroutineOriginTrackingDepth is sys.set_coroutine_origin_tracking_depth(depth): from
// now on, coroutines record the innermost depth frames of the stack that creates them, and
// the never-awaited warning shows them ("Coroutine created at"). asyncio's debug mode sets
// it while its loop runs.
func (th *Thread) SetCoroutineOriginTrackingDepth(depth int) { th.exec.coro.originDepth = depth }

// CoroutineOriginTrackingDepth is sys.get_coroutine_origin_tracking_depth().
func (th *Thread) CoroutineOriginTrackingDepth() int { return th.exec.coro.originDepth }

// Origin returns the creating stack a coroutine recorded, innermost frame first, or nil.
func (g *Generator) Origin() []OriginFrame {
	if g.extra == nil {
		return nil
	}
	return g.extra.origin
}

// FormatOrigin formats a coroutine's recorded origin as CPython's never-awaited warning
// does: "Coroutine created at (most recent call last)" and the frames, outermost first. It
// returns "" when nothing was recorded.
func (g *Generator) FormatOrigin() string {
	origin := g.Origin()
	if len(origin) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("Coroutine created at (most recent call last)\n")
	for i := len(origin) - 1; i >= 0; i-- {
		o := origin[i]
		b.WriteString(msgfmt.Sprintf("  File \"%s\", line %d, in %s\n", o.File, o.Line, o.Func))
		if o.Source != "" {
			b.WriteString("    " + o.Source + "\n")
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// SetCoroutineWarningHook installs the function that issues "coroutine ... was never
// awaited" warnings at the moment a statement drops an unstarted coroutine (the warnings
// module's job); filename and line locate the statement.
func (th *Thread) SetCoroutineWarningHook(hook func(th *Thread, c *Generator, filename string, line int)) {
	th.exec.coro.warningHook = hook
}

// SetAsyncGenHooks installs sys.set_asyncgen_hooks(firstiter, finalizer); nil leaves a hook
// unset.
func (th *Thread) SetAsyncGenHooks(firstIter, finalizer Value) {
	th.exec.coro.firstIter, th.exec.coro.finalizer = firstIter, finalizer
}

// AsyncGenHooks returns the hooks set by SetAsyncGenHooks (nil when unset).
func (th *Thread) AsyncGenHooks() (firstIter, finalizer Value) {
	return th.exec.coro.firstIter, th.exec.coro.finalizer
}

// StartedAsyncGenerators returns the async generators that have been iterated and have not
// finished.
func (th *Thread) StartedAsyncGenerators() []*Generator {
	var out []*Generator
	for _, g := range th.exec.coro.asyncGens {
		if g.frame != nil {
			out = append(out, g)
		}
	}
	return out
}

// UnawaitedCoroutines returns the coroutines created and never started (nor closed) that
// have not been warned about yet.
func (th *Thread) UnawaitedCoroutines() []*Generator {
	var out []*Generator
	for _, g := range th.exec.coro.created {
		if !g.started && g.frame != nil && !g.warned {
			out = append(out, g)
		}
	}
	return out
}

// ReportUnawaitedCoroutines writes CPython's exit-time warning for each coroutine that was
// never awaited: "sys:1: RuntimeWarning: coroutine 'f' was never awaited" (once per message).
// CPython frees them in two phases: first the garbage cycles (the collection at exit, while
// the warnings module still adds its tracemalloc hint), then what module globals still hold.
func (th *Thread) ReportUnawaitedCoroutines(w io.Writer) {
	gs := th.UnawaitedCoroutines()
	for _, cyclic := range []bool{true, false} {
		seen := map[string]bool{}
		for _, g := range gs {
			if g.cyclic != cyclic {
				continue
			}
			g.warned = true
			msg := msgfmt.Sprintf("sys:1: RuntimeWarning: coroutine '%s' was never awaited\n", g.QualName())
			if !seen[msg] {
				seen[msg] = true
				if cyclic {
					msg += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
				}
				_, _ = io.WriteString(w, msg)
			}
		}
	}
}

// trackCoroutine records a new coroutine and where it was created.
func (th *Thread) trackCoroutine(g *Generator) {
	if f := th.exec.frame; f != nil {
		g.originCode, g.originLasti = f.Code, f.lasti
	}
	c := &th.exec.coro
	for f, n := th.exec.frame, 0; f != nil && n < c.originDepth; f, n = f.Back, n+1 {
		line := f.Line()
		g.extras().origin = append(g.extras().origin, OriginFrame{File: f.Code.Filename, Func: f.Code.Name, Line: line,
			Source: strings.TrimSpace(sourceLine(f.Code.source.lines(), line))})
	}
	c.created = append(c.created, g)
	if len(c.created) >= c.pruneAt {
		kept := c.created[:0]
		for _, x := range c.created {
			if !x.started && x.frame != nil && !x.warned {
				kept = append(kept, x)
			}
		}
		clear(c.created[len(kept):])
		c.created = kept
		c.pruneAt = max(256, 2*len(kept))
	}
}

// coroutineDropped runs when POP_TOP discards a coroutine: if it never started and was the
// fresh result of a call, the program forgot to await it.
func (th *Thread) coroutineDropped(g *Generator) {
	if g.started || g.frame == nil || g.warned {
		return
	}
	f := th.exec.frame
	if f == nil || f.lasti < 1 {
		return
	}
	switch f.Code.Instrs[f.lasti-1].Op {
	case compile.CALL, compile.CALL_KW, compile.CALL_METHOD, compile.CALL_METHOD_KW, compile.CALL_EX:
		th.warnUnawaited(g, f)
	}
}

// callFailed runs when a call raises: unstarted coroutines among its arguments that were
// created by the same statement (loop.run_until_complete(job()) on a closed loop) are now
// referenced only by the exception's traceback, and are dropped, unawaited, when the
// handler finishes with it. When the exception passed through no frame of the callee and the
// callee is a Python function or a C-like class (see bindsLikePython), nothing kept them:
// CPython drops them at once, so the warning names the line of the call. (Builtin functions
// are left out: many stand for CPython functions written in Python, whose frame would keep
// the arguments.)
func (th *Thread) callFailed(err error, args []Value, pyCallee bool) {
	exc, ok := err.(*Exception)
	f := th.exec.frame
	if !ok || f == nil {
		return
	}
	line := f.Line()
	kept := !pyCallee || exc.Traceback != nil && exc.Traceback.Frame != f
	for _, a := range args {
		if g, ok := a.(*Generator); ok && g.kind == kindCoroutine && !g.started && g.frame != nil && !g.warned && !g.taskHeld &&
			g.originCode != nil && g.originLine() == line && g.originCode.Filename == f.Code.Filename {
			if !kept {
				th.warnUnawaited(g, f)
				continue
			}
			c := &th.exec.coro
			if c.pending == nil {
				c.pending = map[*Exception][]*Generator{}
			}
			c.pending[exc] = append(c.pending[exc], g)
		}
	}
}

// HoldByTask says that a task now holds the coroutine g and will run it. A call that then
// raises, with g among its arguments (asyncio.gather(job(), 5) wraps job() in a task before
// it refuses 5), does not leave g to its exception: the warning of callFailed is not due.
func (g *Generator) HoldByTask() { g.taskHeld = true }

// operandsDropped runs when an instruction of f fails on operands it consumed (iterating,
// subscripting, a binary operation). CPython frees them at once, so an unstarted coroutine
// among them that this line created, and that no local of f holds, is reported now, at the
// line: `for x in fetch():` with the await forgotten warns before its TypeError unwinds.
func (th *Thread) operandsDropped(f *Frame, a, b Value) {
	for _, v := range [2]Value{a, b} {
		g, ok := v.(*Generator)
		if !ok || g.kind != kindCoroutine || g.started || g.frame == nil || g.warned ||
			g.originCode != f.Code || g.originLine() != f.Line() {
			continue
		}
		if !slices.Contains(f.fastSlots(), Value(g)) {
			th.warnUnawaited(g, f)
		}
	}
}

// attrFailed runs when getting an attribute of obj failed: CPython's AttributeError keeps
// obj (its obj attribute) until the exception is freed, so an unstarted coroutine there
// that this line created is reported when the handler finishes, as for a failed call.
func (th *Thread) attrFailed(err error, obj Value) {
	if g, ok := obj.(*Generator); ok && g.kind == kindCoroutine && !g.started {
		th.callFailed(err, []Value{obj}, false)
	}
}

// bindsLikePython reports whether a failing call of callee that raised without running any
// frame of it dropped its arguments at once in CPython: a Python function or a method of
// one (its arguments did not bind), a function of the builtins module, or a class whose
// __new__ and __init__ are both builtins (a C type such as asyncio.Task refusing its
// arguments).
func bindsLikePython(callee Value) bool {
	if m, ok := callee.(*BoundMethod); ok {
		callee = m.Func
	}
	switch c := callee.(type) {
	case *Function:
		return true
	case *Builtin:
		// A builtin function such as len is C code in CPython too; asyncio's functions
		// written in Go are Python there, and their frames keep their arguments.
		return c.Module == "builtins" && c.Self == nil
	case *Type:
		_, pyNew := c.Lookup("__new__").(*Function)
		_, pyInit := c.Lookup("__init__").(*Function)
		return !pyNew && !pyInit
	}
	return false
}

// unawaitedParams returns the parameters of the inlined call f that are unstarted
// coroutines, or nil (the common case) when there are none. When f raises, they are the
// arguments callFailed looks at.
func (th *Thread) unawaitedParams(f *Frame) []Value {
	fast := f.fastSlots()
	n := min(f.Code.ArgCount+f.Code.KwOnlyCount, len(fast))
	var out []Value
	add := func(a Value) {
		if g, ok := a.(*Generator); ok && g.kind == kindCoroutine && !g.started {
			out = append(out, g)
		}
	}
	for _, a := range fast[:n] {
		add(a)
	}
	// The coroutines passed through *args are parameters too.
	if f.Code.Flags&compile.FlagVarArgs != 0 && n < len(fast) {
		if t, ok := fast[n].(Tuple); ok {
			for _, a := range t {
				add(a)
			}
		}
	}
	return out
}

// ExceptionStored says that exc was stored in a future. In CPython that makes the
// exception part of a reference cycle (its traceback's frames refer back to the task), so
// the unstarted coroutines it holds (see callFailed) are freed only by the collection at
// exit: they are reported then, not when a handler finishes with exc.
func (th *Thread) ExceptionStored(exc *Exception) {
	c := &th.exec.coro
	gs := c.pending[exc]
	if len(gs) == 0 {
		return
	}
	for _, g := range gs {
		g.cyclic = true
	}
	delete(c.pending, exc)
	if c.stored == nil {
		c.stored = map[*Exception][]*Generator{}
	}
	c.stored[exc] = append(c.stored[exc], gs...)
}

// ExceptionUncaught says that exc ends the program. CPython keeps such an exception (in
// sys.last_value) until the interpreter clears its modules, after the collection at exit,
// so the coroutines it holds are reported last, without the tracemalloc hint.
func (th *Thread) ExceptionUncaught(exc *Exception) {
	c := &th.exec.coro
	for _, g := range c.stored[exc] {
		g.cyclic = false
	}
	delete(c.stored, exc)
}

// handlerDone runs at POP_EXCEPT while coroutines wait on an exception (see callFailed):
// if the exception being released carries some, the warnings are issued at f's line, as
// CPython issues them when the handler drops the exception.
func (th *Thread) handlerDone(f *Frame, lasti int) {
	f.lasti = int32(lasti)
	c := &th.exec.coro
	exc := th.exec.exc.value
	gs := c.pending[exc]
	if gs == nil {
		return
	}
	delete(c.pending, exc)
	for _, g := range gs {
		if !g.started && g.frame != nil && !g.warned && !g.taskHeld {
			th.warnUnawaited(g, f)
		}
	}
}

// warnUnawaited issues "coroutine ... was never awaited" for g at f's current line.
func (th *Thread) warnUnawaited(g *Generator, f *Frame) {
	th.warnUnawaitedAt(g, f.Code.Filename, f.Line())
}

// warnUnawaitedAt issues "coroutine ... was never awaited" for g at file:line.
func (th *Thread) warnUnawaitedAt(g *Generator, file string, line int) {
	g.warned = true
	if hook := th.exec.coro.warningHook; hook != nil {
		hook(th, g, file, line)
		return
	}
	msg := msgfmt.Sprintf("%s:%d: RuntimeWarning: coroutine '%s' was never awaited\n", file, line, g.QualName())
	if o := g.FormatOrigin(); o != "" {
		msg += o + "\n"
	}
	c := &th.exec.coro
	if c.warned == nil {
		c.warned = map[string]bool{}
	}
	if c.warned[msg] || th.Interp.Stderr == nil {
		return
	}
	c.warned[msg] = true
	text := msg
	if src := sourceLine(th.SourceLines(file), line); src != "" {
		text += "  " + src + "\n"
	}
	text += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
	_, _ = io.WriteString(th.Interp.Stderr, text)
}

// initAsyncGenHooks runs the firstiter hook the first time an async generator is iterated.
func (th *Thread) initAsyncGenHooks(g *Generator) error {
	if g.hooksInited {
		return nil
	}
	g.hooksInited = true
	c := &th.exec.coro
	if c.finalizer != nil {
		g.extras().finalizer = c.finalizer
	}
	c.asyncGens = append(c.asyncGens, g)
	if len(c.asyncGens) >= c.asyncPrune {
		kept := c.asyncGens[:0]
		for _, x := range c.asyncGens {
			if x.frame != nil {
				kept = append(kept, x)
			}
		}
		clear(c.asyncGens[len(kept):])
		c.asyncGens = kept
		c.asyncPrune = max(64, 2*len(kept))
	}
	if c.firstIter != nil && c.firstIter != None {
		if _, err := Call(th, c.firstIter, []Value{g}, nil); err != nil {
			return err
		}
	}
	return nil
}

// awaitableIter is CPython's _PyCoro_GetAwaitableIter: the iterator an await drives.
func (th *Thread) awaitableIter(v Value) (Value, error) {
	if g, ok := v.(*Generator); ok {
		if g.kind == kindCoroutine || g.kind == kindGenerator && g.code.Flags&flagIterableCoroutine != 0 {
			return g, nil
		}
	}
	if a, ok := v.(Awaitable); ok {
		return a.Await(th)
	}
	m := LookupSpecial(v, "__await__")
	if m == nil {
		return nil, Errorf(TypeErrorType, "object %s can't be used in 'await' expression", typeName(v))
	}
	res, err := callUnbound(th, m, v, []Value{v})
	if err != nil {
		return nil, err
	}
	if g, ok := res.(*Generator); ok && (g.kind == kindCoroutine || g.code.Flags&flagIterableCoroutine != 0) {
		return nil, Errorf(TypeErrorType, "__await__() returned a coroutine")
	}
	if !isIterator(res) {
		return nil, Errorf(TypeErrorType, "__await__() returned non-iterator of type '%s'", typeName(res))
	}
	return res, nil
}

// Awaitable is implemented by Go objects whose __await__ is Go code of a class no program can
// change (asyncio's futures, sleep(0)): await calls Await directly, without looking
// __await__ up and checking that it returned an iterator.
type Awaitable interface {
	Value
	// Await is __await__: it returns the iterator await drives.
	Await(th *Thread) (Value, error)
}

// isIterator reports whether v can be advanced with next().
func isIterator(v Value) bool {
	if _, ok := v.(Delegate); ok {
		return true
	}
	return LookupSpecial(v, "__next__") != nil
}

// getAwaitable implements GET_AWAITABLE<where>.
func (th *Thread) getAwaitable(v Value, where int) (Value, error) {
	it, err := th.awaitableIter(v)
	if err != nil {
		if where != 0 && LookupSpecial(v, "__await__") == nil {
			from := "__aenter__"
			if where == 2 {
				from = "__aexit__"
			}
			return nil, Errorf(TypeErrorType, "'async with' received an object from %s that does not implement __await__: %s", from, typeName(v))
		}
		return nil, err
	}
	if g, ok := it.(*Generator); ok && g.kind == kindCoroutine && g.yieldFrom() != nil {
		return nil, Errorf(RuntimeErrorType, "coroutine is being awaited already")
	}
	return it, nil
}

// getAIter implements GET_AITER.
func (th *Thread) getAIter(v Value) (Value, error) {
	m := LookupSpecial(v, "__aiter__")
	if m == nil {
		return nil, Errorf(TypeErrorType, "'async for' requires an object with __aiter__ method, got %s", typeName(v))
	}
	it, err := callUnbound(th, m, v, []Value{v})
	if err != nil {
		return nil, err
	}
	if LookupSpecial(it, "__anext__") == nil {
		return nil, Errorf(TypeErrorType, "'async for' received an object from __aiter__ that does not implement __anext__: %s", typeName(it))
	}
	return it, nil
}

// getANext implements GET_ANEXT: the awaitable of the next step of an async iterator.
func (th *Thread) getANext(aiter Value) (Value, error) {
	if g, ok := aiter.(*Generator); ok && g.kind == kindAsyncGenerator {
		return g.anext(th)
	}
	m := LookupSpecial(aiter, "__anext__")
	if m == nil {
		return nil, Errorf(TypeErrorType, "'async for' requires an iterator with __anext__ method, got %s", typeName(aiter))
	}
	next, err := callUnbound(th, m, aiter, []Value{aiter})
	if err != nil {
		return nil, err
	}
	aw, err := th.awaitableIter(next)
	if err != nil {
		e := Errorf(TypeErrorType, "'async for' received an invalid object from __anext__: %s", typeName(next))
		if c, ok := err.(*Exception); ok {
			e.Cause, e.Context, e.SuppressContext = c, c, true
		}
		return nil, e
	}
	return aw, nil
}
