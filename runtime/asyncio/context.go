package asyncio

// Contexts of tasks and callbacks.
//
// As in CPython, every task runs its steps in its own context: a copy of the context that
// was current when the task was created (or the context= argument), so a ContextVar one
// task sets is not seen by the others. Callbacks scheduled with call_soon, call_later,
// call_at and add_done_callback likewise run in a copy of the context current when they
// were scheduled. The loop's own Go callbacks (task steps and wake-ups) need none: the step
// enters the task's context itself.

import (
	"github.com/asobiba/asobiba/runtime/stdlib/contextvars"
	"github.com/asobiba/asobiba/runtime/vm"
)

// contextArg returns the context a task or callback is to run in: v when it is a Context,
// else (None or absent) a copy of the current context.
func contextArg(th *vm.Thread, st *State, v vm.Value) (*contextvars.Context, error) {
	if v == nil || v == vm.None {
		return st.contextsOf(th).Copy(th), nil
	}
	c, ok := v.(*contextvars.Context)
	if !ok {
		return nil, vm.Errorf(vm.TypeErrorType, "context must be a contextvars.Context, not %s", v.Type().Name)
	}
	return c, nil
}

// withContext gives h the context= argument of a call_soon-like call (a copy of the current
// context when absent) and returns h.
func withContext(th *vm.Thread, h *Handle, a callArgs) (vm.Value, error) {
	ctx, err := contextArg(th, h.loop.state, a.arg(-1, "context", nil))
	if err != nil {
		return nil, err
	}
	h.ctx = ctx
	return h, nil
}

// enter makes ctx current (nothing happens when ctx is nil) and returns what leave needs.
func enter(th *vm.Thread, st *State, ctx *contextvars.Context) (*contextvars.Context, error) {
	if ctx == nil {
		return nil, nil
	}
	return st.contextsOf(th).Enter(th, ctx)
}

// leave undoes enter.
func leave(th *vm.Thread, st *State, ctx, prev *contextvars.Context) {
	if ctx != nil {
		st.contextsOf(th).Exit(th, ctx, prev)
	}
}

// contextsOf returns the interpreter's table of current contexts, which the asyncio state
// keeps at hand.
func (st *State) contextsOf(th *vm.Thread) *contextvars.Contexts {
	if st.contexts == nil {
		st.contexts = contextvars.Of(th.Interp)
	}
	return st.contexts
}

// contextValue is a context as a Python value (None when unset).
func contextValue(ctx *contextvars.Context) vm.Value {
	if ctx == nil {
		return vm.None
	}
	return ctx
}
