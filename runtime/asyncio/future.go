package asyncio

import (
	"github.com/asobiba/asobiba/runtime/stdlib/contextvars"
	"github.com/asobiba/asobiba/runtime/vm"
)

type futureState uint8

const (
	statePending futureState = iota
	stateCancelled
	stateFinished
)

func (s futureState) String() string {
	return [...]string{"PENDING", "CANCELLED", "FINISHED"}[s]
}

// callback is a done-callback: a Python callable, or a Go function with the label reprs
// show, or (wakes set) the wake-up of the task waiting for the future.
//
// Every task waiting on a future and every child of a gather keeps one, so it stays at 48
// bytes: the rare Go callbacks other than a task's wake-up keep their function and label
// apart (goCallback).
type callback struct {
	fn    vm.Value             // a Python callback
	goCb  *goCallback          // a Go callback
	task  *Task                // the task a Go callback wakes, if any
	ctx   *contextvars.Context // the context a Python callback runs in
	wakes bool                 // the callback is task's wake-up (Task.task_wakeup())
}

// goCallback is a done-callback written in Go, with the label its future's repr shows: label,
// or when source is set, the label of that Python function (the one the Go code stands for).
type goCallback struct {
	fn     func(th *vm.Thread, f *Future) error
	label  string
	source vm.Value
}

// wakeupLabel and stepLabel are how reprs show a waiting task's wake-up callback and a
// task's step.
const (
	wakeupLabel = "Task.task_wakeup()"
	stepLabel   = "Task.task_step()"
)

// Future is asyncio.Future. Task embeds it.
//
// A program may keep a hundred thousand tasks waiting, so the struct holds only what every
// future uses; what only failed, cancelled, named or debugged ones need is in extra.
type Future struct {
	loop      *Loop
	result    vm.Value
	exc       *vm.Exception
	callbacks []*callback
	// outer is the Python object this Future is part of (itself, or its Task).
	outer vm.Value
	// note says what the future stands for on the timeline (trace.go); nil unless the
	// Python layer labelled it while an Observer was installed.
	note *futureNote
	// extra holds the rarely set fields (futureExtra), or nil while they are all zero.
	extra *futureExtra
	// hash is the future's hash, given from a per-interpreter counter when first asked
	// for, so that sets of futures and tasks iterate in the same order on every run of a
	// program (CPython's id-based hashes make that order arbitrary).
	hash  uint32
	state futureState
	// blocking is _asyncio_future_blocking: set while a task waits on the future.
	blocking          bool
	logTraceback      bool
	logDestroyPending bool
}

// futureExtra holds the fields of a Future (and Task) that most futures never set.
type futureExtra struct {
	excTB *vm.Traceback // the traceback of exc when it was set
	// cancelMsg is the message given to cancel(), or nil for None.
	cancelMsg    vm.Value
	cancelledExc *vm.Exception
	// createdAt is where the future was created, in debug mode ("" otherwise; debug.go).
	createdAt string
	// name is a Task's name when it was given one (Task.name).
	name string
}

// more returns the future's extra fields, allocating them on first use.
func (f *Future) more() *futureExtra {
	if f.extra == nil {
		f.extra = &futureExtra{}
	}
	return f.extra
}

// cancelMsg is the message given to cancel(), or nil.
func (f *Future) cancelMsg() vm.Value {
	if f.extra == nil {
		return nil
	}
	return f.extra.cancelMsg
}

// setCancelMsg records the message given to cancel().
func (f *Future) setCancelMsg(msg vm.Value) {
	if msg != nil || f.extra != nil {
		f.more().cancelMsg = msg
	}
}

// createdAt is where the future was created in debug mode, or "".
func (f *Future) createdAt() string {
	if f.extra == nil {
		return ""
	}
	return f.extra.createdAt
}

// setCreatedAt records where the future was created (site is "" outside debug mode).
func (f *Future) setCreatedAt(site string) {
	if site != "" || f.extra != nil {
		f.more().createdAt = site
	}
}

// futureLike is implemented by *Future and *Task.
type futureLike interface {
	vm.Value
	base() *Future
}

// FutureType is asyncio.Future.
var FutureType = extensionType(newBaseClass("Future", "_asyncio", vm.ObjectType))

// Type returns FutureType.
func (f *Future) Type() *vm.Type { return FutureType }

func (f *Future) base() *Future { return f }

// NewFuture makes a pending future on loop (loop.create_future()).
func NewFuture(loop *Loop) *Future {
	f := &Future{loop: loop}
	f.outer = f
	return f
}

// Done reports whether the future has a result, an exception, or was cancelled.
func (f *Future) Done() bool { return f.state != statePending }

// Cancelled reports whether the future was cancelled.
func (f *Future) Cancelled() bool { return f.state == stateCancelled }

// makeCancelledError builds the CancelledError to raise for a cancelled future, consuming a
// saved one if a task stored it (Future._make_cancelled_error).
func (f *Future) makeCancelledError() *vm.Exception {
	if x := f.extra; x != nil && x.cancelledExc != nil {
		e := x.cancelledExc
		x.cancelledExc = nil
		return e
	}
	msg := f.cancelMsg()
	if msg == nil || msg == vm.None {
		return vm.NewException(CancelledErrorType)
	}
	return vm.NewException(CancelledErrorType, msg)
}

// Result is future.result().
func (f *Future) Result() (vm.Value, error) {
	switch f.state {
	case stateCancelled:
		return nil, f.makeCancelledError()
	case statePending:
		return nil, vm.Errorf(InvalidStateErrorType, "Result is not set.")
	}
	f.logTraceback = false
	if f.exc != nil {
		if f.extra != nil {
			f.exc.Traceback = f.extra.excTB
		} else {
			f.exc.Traceback = nil
		}
		return nil, f.exc
	}
	return f.result, nil
}

// Exception is future.exception(): the exception, or nil for None.
func (f *Future) Exception() (*vm.Exception, error) {
	switch f.state {
	case stateCancelled:
		return nil, f.makeCancelledError()
	case statePending:
		return nil, vm.Errorf(InvalidStateErrorType, "Exception is not set.")
	}
	f.logTraceback = false
	return f.exc, nil
}

// cancelFuture is Future.cancel (Task overrides it).
func (f *Future) cancelFuture(msg vm.Value) bool {
	f.logTraceback = false
	if f.state != statePending {
		return false
	}
	f.state = stateCancelled
	f.setCancelMsg(msg)
	f.scheduleCallbacks()
	return true
}

func (f *Future) scheduleCallbacks() {
	cbs := f.callbacks
	f.callbacks = nil
	for _, cb := range cbs {
		f.scheduleCallback(cb)
	}
}

func (f *Future) scheduleCallback(cb *callback) {
	if cb.wakes {
		f.loop.pushTask(cb.task, f)
		return
	}
	if g := cb.goCb; g != nil {
		f.loop.callSoonDone(cb.task, g, f)
		return
	}
	f.loop.CallSoon(cb.fn, []vm.Value{f.outer}).ctx = cb.ctx
}

func (f *Future) addCallback(cb *callback) {
	if f.state != statePending {
		f.scheduleCallback(cb)
		return
	}
	f.callbacks = append(f.callbacks, cb)
}

func (f *Future) removeCallback(cb *callback) {
	for i, c := range f.callbacks {
		if c == cb {
			f.callbacks = append(f.callbacks[:i:i], f.callbacks[i+1:]...)
			return
		}
	}
}

// SetResult is future.set_result(v).
func (f *Future) SetResult(th *vm.Thread, v vm.Value) error {
	if f.state != statePending {
		return f.invalidState(th)
	}
	f.result = v
	f.state = stateFinished
	f.scheduleCallbacks()
	if o := f.loop.state.Observer; o != nil {
		if t, ok := f.outer.(*Task); ok {
			o.TaskDone(t)
		}
	}
	return nil
}

// SetException is future.set_exception(exc); exc may be an exception class.
func (f *Future) SetException(th *vm.Thread, v vm.Value) error {
	if f.state != statePending {
		return f.invalidState(th)
	}
	if t, ok := v.(*vm.Type); ok {
		inst, err := vm.Call(th, t, nil, nil)
		if err != nil {
			return err
		}
		v = inst
	}
	exc, ok := v.(*vm.Exception)
	if !ok {
		return vm.Errorf(vm.TypeErrorType, "invalid exception object")
	}
	if exc.Class == vm.StopIterationType {
		return vm.Errorf(vm.TypeErrorType, "StopIteration interacts badly with generators and cannot be raised into a Future")
	}
	f.exc = exc
	if exc.Traceback != nil || f.extra != nil {
		f.more().excTB = exc.Traceback
	}
	th.ExceptionStored(exc)
	f.state = stateFinished
	f.scheduleCallbacks()
	f.logTraceback = true
	if _, isTask := f.outer.(*Task); !isTask {
		f.loop.failedFutures = append(f.loop.failedFutures, f)
	}
	if o := f.loop.state.Observer; o != nil {
		if t, ok := f.outer.(*Task); ok {
			o.TaskDone(t)
		}
	}
	return nil
}

// invalidState is the error of setting a result or exception twice. CPython's C Future (the
// one asyncio uses) says only "invalid state", unlike the pure-Python one.
func (f *Future) invalidState(th *vm.Thread) error {
	return vm.Errorf(InvalidStateErrorType, "invalid state")
}

// reprInfo is base_futures._future_repr_info.
func (f *Future) reprInfo(th *vm.Thread) ([]string, error) {
	info := []string{lower(f.state.String())}
	if f.state == stateFinished {
		if f.exc != nil {
			r, err := vm.Repr(th, f.exc)
			if err != nil {
				return nil, err
			}
			info = append(info, "exception="+r)
		} else {
			r, err := shortRepr(th, f.result)
			if err != nil {
				return nil, err
			}
			info = append(info, "result="+r)
		}
	}
	if len(f.callbacks) > 0 {
		s, err := f.formatCallbacks(th)
		if err != nil {
			return nil, err
		}
		info = append(info, s)
	}
	if site := f.createdAt(); site != "" {
		info = append(info, "created at "+site)
	}
	return info, nil
}

func (f *Future) formatCallbacks(th *vm.Thread) (string, error) {
	format := func(cb *callback) (string, error) {
		if cb.wakes {
			return wakeupLabel, nil
		}
		if g := cb.goCb; g != nil {
			if g.source != nil {
				return formatCallbackSource(th, g.source)
			}
			return g.label, nil
		}
		return formatCallbackSource(th, cb.fn)
	}
	cbs := f.callbacks
	var parts []string
	pick := cbs
	if len(cbs) > 2 {
		pick = []*callback{cbs[0], cbs[len(cbs)-1]}
	}
	for _, cb := range pick {
		s, err := format(cb)
		if err != nil {
			return "", err
		}
		parts = append(parts, s)
	}
	if len(cbs) > 2 {
		parts = []string{parts[0], "<" + itoa(len(cbs)-2) + " more>", parts[1]}
	}
	return "cb=[" + join(parts, ", ") + "]", nil
}
