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
type callback struct {
	fn    vm.Value
	goFn  func(th *vm.Thread, f *Future) error
	label string
	task  *Task                // the task a Go callback wakes, if any
	ctx   *contextvars.Context // the context a Python callback runs in
	wakes bool
}

// Future is asyncio.Future. Task embeds it.
type Future struct {
	loop      *Loop
	state     futureState
	result    vm.Value
	exc       *vm.Exception
	excTB     *vm.Traceback
	callbacks []*callback
	// cancelMsg is the message given to cancel(), or nil for None.
	cancelMsg    vm.Value
	cancelledExc *vm.Exception
	// blocking is _asyncio_future_blocking: set while a task waits on the future.
	blocking          bool
	logTraceback      bool
	logDestroyPending bool
	// outer is the Python object this Future is part of (itself, or its Task).
	outer vm.Value
	// hash is the future's hash, given from a per-interpreter counter when first asked
	// for, so that sets of futures and tasks iterate in the same order on every run of a
	// program (CPython's id-based hashes make that order arbitrary).
	hash int64
	// note says what the future stands for on the timeline (trace.go); nil unless the
	// Python layer labelled it while an Observer was installed.
	note *futureNote
	// createdAt is where the future was created, in debug mode ("" otherwise; debug.go).
	createdAt string
}

// futureLike is implemented by *Future and *Task.
type futureLike interface {
	vm.Value
	base() *Future
}

// FutureType is asyncio.Future.
var FutureType = newBaseClass("Future", "_asyncio", vm.ObjectType)

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
	if f.cancelledExc != nil {
		e := f.cancelledExc
		f.cancelledExc = nil
		return e
	}
	if f.cancelMsg == nil || f.cancelMsg == vm.None {
		return vm.NewException(CancelledErrorType)
	}
	return vm.NewException(CancelledErrorType, f.cancelMsg)
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
		f.exc.Traceback = f.excTB
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
	f.cancelMsg = msg
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
	if cb.goFn != nil {
		fn := cb.goFn
		f.loop.callSoonTask(cb.task, cb.label, func(th *vm.Thread) error { return fn(th, f) })
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
	f.excTB = exc.Traceback
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
	if f.createdAt != "" {
		info = append(info, "created at "+f.createdAt)
	}
	return info, nil
}

func (f *Future) formatCallbacks(th *vm.Thread) (string, error) {
	format := func(cb *callback) (string, error) {
		if cb.goFn != nil || cb.wakes {
			return cb.label, nil
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
