package asyncio

import (
	"math"
	"strings"

	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
	"github.com/asobiba/asobiba/runtime/vm"
)

// clockResolution mirrors time.get_clock_info('monotonic').resolution on Linux: timers due
// within it of now are run in the current iteration.
const clockResolution = 1e-09

// Loop is an asyncio event loop whose clock is the interpreter's virtual clock.
type Loop struct {
	clock vm.Clock
	state *State
	// outer is the Python object for the loop when Python code subclassed the loop class.
	outer vm.Value

	ready  readyQueue
	timers timerHeap
	seq    uint64

	timerCancelledCount int
	running             bool
	stopping            bool
	closed              bool
	debug               bool
	slowCallback        float64

	current          *Task   // the task whose step is running
	handle           *Handle // the callback running, for Observer reports (trace.go)
	exceptionHandler vm.Value
	taskFactory      vm.Value
	asyncgensClosed  bool
	// asyncgens are the async generators first iterated on this loop, for
	// shutdown_asyncgens (the VM reports them through a hook).
	asyncgens []vm.Value
	// failedFutures are the futures other than tasks given an exception on this loop, for
	// "Future exception was never retrieved" (reportNeverRetrieved).
	failedFutures []*Future
}

// LoopType is the Python class of Asobiba's loops; it takes the name CPython's default loop
// has on Linux so that reprs match.
var LoopType = newBaseClass("_UnixSelectorEventLoop", "asyncio.unix_events", vm.ObjectType)

// Type returns LoopType.
func (l *Loop) Type() *vm.Type { return LoopType }

// NewLoop makes a loop on the interpreter's clock.
func NewLoop(state *State) *Loop {
	return &Loop{clock: state.clock, state: state, slowCallback: 0.1}
}

// Time is loop.time(): the virtual clock.
func (l *Loop) Time() float64 { return l.clock.Now() }

// readyItem is an entry of the ready queue: a Handle, or — for the commonest callbacks, a
// task's step and a task's wake-up, which nothing else can see or cancel — just the task
// (and the future that woke it), so that a hundred thousand ready tasks need no Handle each.
// While an Observer is installed the Observer is told the cause of each wake-up when it is
// scheduled (WakeScheduled), so that bare items need no Handle to remember it.
type readyItem struct {
	h    *Handle
	task *Task
	fut  *Future // the future whose completion wakes task (or that goCb is called with); nil for a step
	// goCb is a Go done-callback of fut, kept without a Handle while no Observer needs
	// one to remember the callback's cause (gather's, once per child).
	goCb *goCallback
}

// handle returns the item's Handle, making one for a bare step or wake-up.
func (it readyItem) handle(l *Loop) *Handle {
	if it.h != nil {
		return it.h
	}
	if it.goCb != nil {
		return &Handle{loop: l, goCb: it.goCb, callback: it.fut.outer, task: it.task}
	}
	if it.fut != nil {
		return &Handle{loop: l, kind: handleWakeup, callback: it.fut.outer, task: it.task}
	}
	return &Handle{loop: l, kind: handleStep, task: it.task}
}

// pushReady appends a handle to the ready queue.
func (l *Loop) pushReady(h *Handle) {
	l.ready.push(readyItem{h: h})
}

// pushTask appends task t's step (fut nil) or its wake-up by fut to the ready queue.
func (l *Loop) pushTask(t *Task, fut *Future) {
	if fut != nil {
		if o := l.state.Observer; o != nil {
			cause, timer := l.causeNow()
			o.WakeScheduled(t, cause, timer)
		}
	}
	l.ready.push(readyItem{task: t, fut: fut})
}

// CallSoon schedules a Python callable.
func (l *Loop) CallSoon(fn vm.Value, args []vm.Value) *Handle {
	h := &Handle{loop: l, callback: fn, args: args}
	l.noteCause(h)
	l.pushReady(h)
	return h
}

// callSoonStep schedules the next step of task t.
func (l *Loop) callSoonStep(t *Task) { l.pushTask(t, nil) }

// callSoonDone schedules the Go done-callback g of the future f; t is the task it steps or
// wakes, if any.
func (l *Loop) callSoonDone(t *Task, g *goCallback, f *Future) {
	if l.state.Observer == nil {
		l.ready.push(readyItem{task: t, fut: f, goCb: g})
		return
	}
	h := &Handle{loop: l, goCb: g, callback: f.outer, task: t}
	l.noteCause(h)
	l.pushReady(h)
}

// CallAt schedules a Python callable at virtual time when.
func (l *Loop) CallAt(when float64, fn vm.Value, args []vm.Value) *Handle {
	h := &Handle{loop: l, callback: fn, args: args, timer: true, when: when}
	l.pushTimer(h)
	return h
}

func (l *Loop) pushTimer(h *Handle) {
	h.seq = l.seq
	l.seq++
	h.scheduled = true
	l.timers.push(h)
	if o := l.state.Observer; o != nil {
		when := h.when
		if math.IsNaN(when) {
			when = l.clock.Now()
		}
		o.TimerScheduled(l.current, when)
	}
}

func (l *Loop) pendingReady() int { return l.ready.len() }

// RunOnce is one iteration of the loop (BaseEventLoop._run_once).
func (l *Loop) RunOnce(th *vm.Thread) error {
	// Drop cancelled timers: all of them when they are many, else those at the head.
	if len(l.timers) > 100 && l.timerCancelledCount*2 > len(l.timers) {
		kept := l.timers[:0]
		for _, h := range l.timers {
			if h.cancelled {
				h.scheduled = false
			} else {
				kept = append(kept, h)
			}
		}
		l.timers = kept
		l.timers.heapify()
		l.timerCancelledCount = 0
	} else {
		for len(l.timers) > 0 && l.timers[0].cancelled {
			l.timerCancelledCount--
			h := l.timers.pop()
			h.scheduled = false
		}
	}

	if l.pendingReady() == 0 && !l.stopping && !l.ioPending() {
		// Other Python threads run while the loop has nothing to do (threads.go).
		if err := l.waitForThreads(th); err != nil {
			return err
		}
	}
	if l.pendingReady() == 0 && !l.stopping && !l.ioPending() {
		if len(l.timers) == 0 {
			return &Deadlock{Report: l.deadlockReport(th)}
		}
		// Nothing to do until the earliest timer: virtual time jumps there, unless that is
		// past the run's horizon.
		if h := l.state.Horizon; h > 0 && l.timers[0].when > h {
			return &HorizonReached{Horizon: h, Report: l.waitingReport(th)}
		}
		from := l.clock.Now()
		l.clock.JumpTo(l.timers[0].when)
		if o := l.state.Observer; o != nil && l.clock.Now() > from {
			o.ClockJump(from, l.clock.Now())
		}
	}

	// I/O events of the simulated network join the ready queue before due timers, as a
	// selector's events do (io.go).
	l.pollIO()
	end := l.clock.Now() + clockResolution
	for len(l.timers) > 0 {
		h := l.timers[0]
		if h.when >= end {
			break
		}
		l.timers.pop()
		h.scheduled = false
		l.pushReady(h)
	}

	// Run exactly the callbacks that are ready now; new ones wait for the next iteration.
	n := l.pendingReady()
	for i := 0; i < n; i++ {
		it := l.ready.pop()
		var err error
		if it.h == nil && !l.debug {
			err = l.runTask(th, it)
		} else {
			h := it.handle(l)
			if h.cancelled {
				continue
			}
			l.handle = h
			err = l.runHandle(th, h)
			l.handle = nil
		}
		if err != nil {
			return err
		}
	}
	l.compactReady()
	return nil
}

// runTask runs a bare step, wake-up or Go done-callback, reporting a Python exception as
// its Handle would.
func (l *Loop) runTask(th *vm.Thread, it readyItem) error {
	var err error
	if it.goCb != nil {
		err = it.goCb.fn(th, it.fut)
	} else if it.fut != nil {
		err = it.task.wakeup(th, it.fut)
	} else {
		err = it.task.step(th, nil)
	}
	if err == nil {
		return nil
	}
	return it.handle(l).report(th, err)
}

func (l *Loop) runHandle(th *vm.Thread, h *Handle) error {
	if !l.debug {
		return h.run(th)
	}
	t0 := l.clock.Now()
	err := h.run(th)
	if dt := l.clock.Now() - t0; err == nil && dt >= l.slowCallback {
		desc, derr := l.describeForSlowWarning(th, h)
		if derr != nil {
			return derr
		}
		err = l.state.logWarning(th, msgfmt.Sprintf("Executing %s took %.3f seconds", desc, dt))
	}
	return err
}

// describeForSlowWarning formats a handle as base_events._format_handle does: the task's
// repr for a task step, else the handle's repr.
func (l *Loop) describeForSlowWarning(th *vm.Thread, h *Handle) (string, error) {
	if t, ok := h.owner(); ok {
		return t.repr(th)
	}
	return vm.Repr(th, h)
}

// compactReady runs after each iteration: it lets the ready queue give back a burst's space.
func (l *Loop) compactReady() { l.ready.shrink() }

// callbackSiteFile and callbackSiteLine are where CPython's Handle._run calls a callback
// or a task step: a coroutine that such a function leaves unawaited in a local variable is
// reported at this line when the function returns (vm.Thread.SetCallbackSite). events.py
// keeps the line there, for the warning to show it.
const (
	callbackSiteFile = "<stdlib>/asyncio/events.py"
	callbackSiteLine = 80
)

// RunForever runs iterations until stop() is called.
func (l *Loop) RunForever(th *vm.Thread) error {
	if err := l.checkRunnable(th); err != nil {
		return err
	}
	l.state.setRunning(th, l)
	l.running = true
	// In debug mode coroutines record where they were created while the loop runs
	// (CPython's DEBUG_STACK_DEPTH is 10).
	oldDepth := th.CoroutineOriginTrackingDepth()
	if l.debug {
		th.SetCoroutineOriginTrackingDepth(10)
	}
	// Like CPython, the running loop registers every async generator first iterated in it, so
	// that shutdown_asyncgens can finalise the ones left suspended.
	oldFirst, oldFinal := asyncGenHooks(th)
	setAsyncGenHooks(th, vm.NewBuiltin("asyncio", "_asyncgen_firstiter_hook", func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
		if len(args) == 1 {
			l.asyncgens = append(l.asyncgens, args[0])
		}
		return vm.None, nil
	}), l.asyncgenFinalizerHook())
	oldSite := th.SetCallbackSite(callbackSiteFile, callbackSiteLine)
	defer func() {
		l.stopping = false
		l.running = false
		l.state.clearRunning(th, l)
		th.SetCoroutineOriginTrackingDepth(oldDepth)
		setAsyncGenHooks(th, oldFirst, oldFinal)
		th.RestoreCallbackSite(oldSite)
	}()
	for {
		if err := l.RunOnce(th); err != nil {
			return err
		}
		if l.stopping {
			return nil
		}
	}
}

// asyncgenFinalizerHook is CPython's BaseEventLoop._asyncgen_finalizer_hook: when an async
// generator first iterated in this loop is dropped while suspended (the VM sees that when a
// loop such as `async for x in agen(): break` leaves it early), it is forgotten and, unless
// the loop is closed, its aclose() is scheduled as a task, so that its finally clauses run
// on the next loop iteration rather than at shutdown_asyncgens.
func (l *Loop) asyncgenFinalizerHook() vm.Value {
	return vm.NewBuiltin("asyncio", "_asyncgen_finalizer_hook", func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
		if len(args) != 1 {
			return nil, vm.Errorf(vm.TypeErrorType, "_asyncgen_finalizer_hook() takes exactly one argument")
		}
		agen := args[0]
		for i, g := range l.asyncgens {
			if g == agen {
				l.asyncgens = append(l.asyncgens[:i:i], l.asyncgens[i+1:]...)
				break
			}
		}
		if l.closed {
			return vm.None, nil
		}
		coro, err := vm.CallMethod(th, agen, "aclose")
		if err != nil {
			return nil, err
		}
		create := vm.NewBuiltin("asyncio", "create_task", func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
			return l.CreateTask(th, args[0], vm.None, vm.None)
		})
		l.CallSoonThreadsafe(th, create, []vm.Value{coro})
		return vm.None, nil
	})
}

func (l *Loop) checkRunnable(th *vm.Thread) error {
	if l.closed {
		return vm.Errorf(vm.RuntimeErrorType, "Event loop is closed")
	}
	if l.running {
		return vm.Errorf(vm.RuntimeErrorType, "This event loop is already running")
	}
	if l.state.runningIn(th) != nil {
		return vm.Errorf(vm.RuntimeErrorType, "Cannot run the event loop while another loop is running")
	}
	return nil
}

// RunUntilComplete runs the loop until fut (a Future, Task or coroutine) is done and returns
// its result (loop.run_until_complete).
func (l *Loop) RunUntilComplete(th *vm.Thread, arg vm.Value) (vm.Value, error) {
	if l.closed {
		return nil, vm.Errorf(vm.RuntimeErrorType, "Event loop is closed")
	}
	if err := l.checkRunnable(th); err != nil {
		return nil, err
	}
	fut, isNew, err := l.ensureFuture(th, arg)
	if err != nil {
		return nil, err
	}
	f := fut.base()
	if isNew {
		f.logDestroyPending = false
	}
	// Like CPython's _run_until_complete_cb, the stopper looks at the exception, which
	// counts as retrieving it (even when the loop stopped before the callback ran: it then
	// runs the next time the loop does, at shutdown).
	stopper := &callback{goCb: &goCallback{label: "_run_until_complete_cb() at <stdlib>/asyncio/base_events.py:180", fn: func(th *vm.Thread, done *Future) error {
		if !done.Cancelled() {
			done.logTraceback = false
			if e := done.exc; e != nil && (e.Class.IsSubtype(vm.SystemExitType) || e.Class.IsSubtype(vm.KeyboardInterruptType)) {
				return nil
			}
		}
		l.stopping = true
		return nil
	}}}
	f.addCallback(stopper)
	err = l.RunForever(th)
	f.removeCallback(stopper)
	if err != nil {
		if isNew && f.Done() && !f.Cancelled() {
			f.logTraceback = false
		}
		return nil, err
	}
	if !f.Done() {
		return nil, vm.Errorf(vm.RuntimeErrorType, "Event loop stopped before Future completed.")
	}
	if v, ok := fut.(vm.Value); ok && l.state.resultTail != nil && (f.exc != nil || f.Cancelled()) {
		// The exception leaves through base_events.py's frame, so that the traceback shows
		// the frames CPython's does (an uncaught TaskGroup error prints them).
		return vm.Call(th, l.state.resultTail, []vm.Value{l.outerValue(), v}, nil)
	}
	return f.Result()
}

// ensureFuture returns arg as a future: futures as they are, coroutines wrapped in a new task.
func (l *Loop) ensureFuture(th *vm.Thread, arg vm.Value) (futureLike, bool, error) {
	if f, ok := asFuture(arg); ok {
		// Futures, tasks and instances of their Python subclasses (gather's future).
		if f.base().loop != l {
			return nil, false, vm.Errorf(vm.ValueErrorType, "The future belongs to a different loop than the one specified as the loop argument")
		}
		return f, false, nil
	}
	if !isCoroutine(arg) {
		if l.state.wrapAwaitable == nil || arg.Type().Lookup("__await__") == nil {
			return nil, false, vm.Errorf(vm.TypeErrorType, "An asyncio.Future, a coroutine or an awaitable is required")
		}
		// Like ensure_future, an object with __await__ runs in a task of a wrapping coroutine.
		coro, err := vm.Call(th, l.state.wrapAwaitable, []vm.Value{arg}, nil)
		if err != nil {
			return nil, false, err
		}
		arg = coro
	}
	t, err := l.CreateTask(th, arg, vm.None, vm.None)
	if err != nil {
		return nil, false, err
	}
	ft, ok := t.(futureLike)
	if !ok {
		return nil, false, vm.Errorf(vm.TypeErrorType, "the task factory returned a non-future")
	}
	return ft, true, nil
}

// CreateTask is loop.create_task(coro, name=name), honouring a task factory.
func (l *Loop) CreateTask(th *vm.Thread, coro, name, context vm.Value) (vm.Value, error) {
	if l.closed {
		return nil, vm.Errorf(vm.RuntimeErrorType, "Event loop is closed")
	}
	if l.taskFactory != nil && l.taskFactory != vm.None {
		args, kw := []vm.Value{l.outerValue(), coro}, []string(nil)
		if context != vm.None {
			args, kw = append(args, context), []string{"context"}
		}
		t, err := vm.Call(th, l.taskFactory, args, kw)
		if err != nil {
			return nil, err
		}
		if name != vm.None {
			if task, ok := t.(*Task); ok {
				s, err := vm.ToStr(th, name)
				if err != nil {
					return nil, err
				}
				task.setName(s)
			}
		}
		return t, nil
	}
	return newTask(th, l, coro, name, context, false)
}

// Stop makes run_forever return after the current iteration.
func (l *Loop) Stop() { l.stopping = true }

// Close closes the loop ("Cannot close a running event loop" while it runs).
func (l *Loop) Close() error {
	if l.running {
		return vm.Errorf(vm.RuntimeErrorType, "Cannot close a running event loop")
	}
	if l.closed {
		return nil
	}
	l.closed = true
	l.ready = readyQueue{}
	l.timers = nil
	return nil
}

// reportNeverRetrieved reports the tasks of this loop that failed and whose exception
// nobody retrieved ("Task exception was never retrieved"), then the other futures
// ("Future exception was never retrieved"). CPython says so when the task is
// garbage-collected; Asobiba cannot observe that moment and says so when the loop closes.
func (l *Loop) reportNeverRetrieved(th *vm.Thread) error {
	for _, t := range l.state.tasks {
		if t.loop != l || !t.logTraceback || t.exc == nil {
			continue
		}
		if err := l.reportUnretrieved(th, t); err != nil {
			return err
		}
	}
	failed := l.failedFutures
	l.failedFutures = nil
	for _, f := range failed {
		if !f.logTraceback || f.exc == nil {
			continue
		}
		f.logTraceback = false
		err := l.callExceptionHandler(th, []contextItem{
			{"message", vm.Str(f.outer.Type().Name + " exception was never retrieved")},
			{"exception", f.exc},
			{"future", f.outer},
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// reportUnretrieved reports that nobody retrieved the exception of task t.
func (l *Loop) reportUnretrieved(th *vm.Thread, t *Task) error {
	t.logTraceback = false
	return l.callExceptionHandler(th, []contextItem{
		{"message", vm.Str(t.outer.Type().Name + " exception was never retrieved")},
		{"exception", t.exc},
		{"future", t.outer},
	})
}

// Deadlock is returned when every task waits and nothing can ever wake one: no callback is
// ready and no timer is scheduled. It is not a Python exception: it ends the program.
type Deadlock struct {
	// Report says which tasks wait on what.
	Report string
}

func (d *Deadlock) Error() string { return "deadlock: " + d.Report }

// HorizonReached is returned when the loop would move the virtual clock past the run's
// horizon (State.Horizon): a program that keeps waiting on timers, such as a server that
// polls forever, ends there. Like Deadlock, it is not a Python exception.
type HorizonReached struct {
	Horizon float64
	// Report says which tasks were waiting on what.
	Report string
}

// Halt marks HorizonReached as ending the whole run (vm.Halt).
func (h *HorizonReached) Halt() {}

func (h *HorizonReached) Error() string {
	return msgfmt.Sprintf("virtual-time horizon of %g s reached: %s", h.Horizon, h.Report)
}

func (l *Loop) deadlockReport(th *vm.Thread) string {
	return "every task is waiting and nothing can wake them (no timer is scheduled)" + l.waitingReport(th)
}

// waitingReport lists the loop's pending tasks, one per line, with what they wait for.
func (l *Loop) waitingReport(th *vm.Thread) string {
	var b strings.Builder
	for _, t := range l.state.tasks {
		if t.loop != l || t.Done() {
			continue
		}
		r, err := t.repr(th)
		if err != nil {
			r = t.Name()
		}
		b.WriteString("\n  " + r)
	}
	return b.String()
}
