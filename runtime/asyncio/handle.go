package asyncio

import (
	"github.com/asobiba/asobiba/runtime/stdlib/contextvars"
	"github.com/asobiba/asobiba/runtime/vm"
)

// Handle is a callback scheduled on the loop: asyncio.Handle, or asyncio.TimerHandle when
// Timer is set. A callback is either a Python callable with its arguments, or a Go function
// (the loop's own machinery), or — the commonest, kept without a closure — a task's step or
// a task's wake-up by the future it waited for.
type Handle struct {
	loop *Loop
	// callback is the Python callable; for a handleWakeup, the future that woke the task;
	// for a Go done-callback (goCb), the future that is done.
	callback vm.Value
	args     []vm.Value
	goCb     *goCallback          // a done-callback written in Go, called with callback's future
	task     *Task                // the task a Go callback steps or wakes, if any
	ctx      *contextvars.Context // the context a Python callback runs in (context.go)
	// createdAt is where the handle was made, in debug mode (debug.go).
	createdAt string
	// cause says on whose behalf the callback was scheduled (trace.go); it and byTimer are
	// only set while an Observer is installed.
	cause *Task
	when  float64 // timers: when the callback is due
	seq   uint64  // timers: scheduling order, for equal due times

	kind      handleKind
	cancelled bool
	byTimer   bool
	timer     bool
	scheduled bool // timers: in the loop's heap
}

// handleKind says what a Handle runs.
type handleKind uint8

const (
	handleCall   handleKind = iota // callback(*args), or goFn
	handleStep                     // task.step(nil)
	handleWakeup                   // task.wakeup(callback's future)
)

// HandleType and TimerHandleType are the Python classes of handles.
var (
	HandleType      = newClass("Handle", "asyncio.events", vm.ObjectType)
	TimerHandleType = newClass("TimerHandle", "asyncio.events", HandleType)
)

// newClass makes a Go-implemented class that Python code cannot subclass.
func newClass(name, module string, base *vm.Type) *vm.Type {
	t := vm.NewBuiltinType(name, base, 0).SetSolid()
	t.Module = module
	return t
}

// newBaseClass makes a Go-implemented class that Python code may subclass; instances of
// subclasses wrap the Go object (see unwrap.go).
func newBaseClass(name, module string, base *vm.Type) *vm.Type {
	t := vm.NewBuiltinType(name, base, vm.FlagBaseType).SetSolid()
	t.Module = module
	return t
}

// extensionType marks t as one of the types CPython writes in C (_asyncio.Future and
// _asyncio.Task), which error messages name with their module.
func extensionType(t *vm.Type) *vm.Type {
	t.Flags |= vm.FlagExtensionType
	return t
}

// Type returns Handle or TimerHandle.
func (h *Handle) Type() *vm.Type {
	if h.timer {
		return TimerHandleType
	}
	return HandleType
}

// Cancel cancels the callback; a cancelled timer is dropped from the heap lazily.
func (h *Handle) Cancel() {
	if h.cancelled {
		return
	}
	h.cancelled = true
	h.callback, h.args, h.goCb = nil, nil, nil
	h.kind = handleCall
	if h.timer && h.scheduled {
		h.loop.timerCancelledCount++
	}
}

// run calls the callback. A Python exception it raises is reported through the loop's
// exception handler ("Exception in callback ..."), and the loop goes on; non-Python errors
// (a halt of the whole program) are returned.
func (h *Handle) run(th *vm.Thread) error {
	var err error
	switch {
	case h.kind == handleStep:
		err = h.task.step(th, nil)
	case h.kind == handleWakeup:
		f, _ := asFuture(h.callback)
		err = h.task.wakeup(th, f.base())
	case h.goCb != nil:
		f, _ := asFuture(h.callback)
		err = h.goCb.fn(th, f.base())
	default:
		var prev *contextvars.Context
		if prev, err = enter(th, h.loop.state, h.ctx); err == nil {
			_, err = vm.Call(th, h.callback, h.args, nil)
			leave(th, h.loop.state, h.ctx, prev)
			if e, ok := err.(*vm.Exception); ok && e.Traceback == nil {
				// The call failed before entering Python code (the callback is not callable,
				// wrong arguments to a builtin): CPython's traceback still has Handle._run's
				// frame, so the report starts with "Traceback (most recent call last):". The
				// loop is Go code here, so the frame names a pseudo-file with no source.
				e.Traceback = &vm.Traceback{Filename: "<asyncio event loop>", Name: "_run", Line: 1}
			}
		}
	}
	if err == nil {
		return nil
	}
	return h.report(th, err)
}

// report hands a Python exception the callback raised to the loop's exception handler
// ("Exception in callback ..."); other errors (a halt of the whole program) are returned.
func (h *Handle) report(th *vm.Thread, err error) error {
	exc, ok := err.(*vm.Exception)
	if !ok {
		return err
	}
	if exc.Class.IsSubtype(vm.SystemExitType) || exc.Class.IsSubtype(vm.KeyboardInterruptType) {
		return err
	}
	desc, rerr := h.describe(th)
	if rerr != nil {
		return rerr
	}
	// CPython calls the handler from the callback's except clause: an exception the handler
	// raises is chained to the callback's.
	return th.WhileHandling(exc, func() error {
		return h.loop.callExceptionHandler(th, []contextItem{
			{"message", vm.Str("Exception in callback " + desc)},
			{"exception", exc},
			{"handle", h},
		})
	})
}

// describe formats the callback as CPython's format_helpers do: "f(1, 2)" or a Go label.
func (h *Handle) describe(th *vm.Thread) (string, error) {
	switch {
	case h.kind == handleStep:
		return stepLabel, nil
	case h.kind == handleWakeup:
		return wakeupLabel, nil
	case h.goCb != nil:
		if h.goCb.source != nil {
			return formatCallback(th, h.goCb.source, []vm.Value{h.callback})
		}
		return h.goCb.label, nil
	}
	return formatCallback(th, h.callback, h.args)
}

func init() {
	HandleType.AddMethod("cancel", func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
		h, err := handleArg(args, "cancel")
		if err != nil {
			return nil, err
		}
		h.Cancel()
		return vm.None, nil
	})
	HandleType.AddMethod("cancelled", func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
		h, err := handleArg(args, "cancelled")
		if err != nil {
			return nil, err
		}
		return vm.Bool(h.cancelled), nil
	})
	HandleType.AddMethod("get_context", func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
		h, err := handleArg(args, "get_context")
		if err != nil {
			return nil, err
		}
		return contextValue(h.ctx), nil
	})
	TimerHandleType.AddMethod("when", func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
		h, err := handleArg(args, "when")
		if err != nil {
			return nil, err
		}
		return vm.Float(h.when), nil
	})
	HandleType.AddMethod("__repr__", func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
		h, err := handleArg(args, "__repr__")
		if err != nil {
			return nil, err
		}
		s := "<" + h.Type().Name
		if h.cancelled {
			s += " cancelled"
		}
		if h.timer {
			s += " when=" + floatRepr(h.when)
		}
		if !h.cancelled {
			d, err := h.describe(th)
			if err != nil {
				return nil, err
			}
			s += " " + d
		}
		if h.createdAt != "" {
			s += " created at " + h.createdAt
		}
		return vm.Str(s + ">"), nil
	})
}

func handleArg(args []vm.Value, method string) (*Handle, error) {
	if len(args) > 0 {
		if h, ok := args[0].(*Handle); ok {
			return h, nil
		}
	}
	return nil, vm.Errorf(vm.TypeErrorType, "descriptor '%s' requires a 'Handle' object", method)
}
