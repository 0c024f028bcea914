package vm

import "github.com/asobiba/asobiba/runtime/compile"

// An await of a call, `await f(args)`, creates a coroutine that nothing but the await ever
// sees: CALL leaves it on the stack, GET_AWAITABLE keeps it and YIELD_FROM drives it to its
// end. For a few library coroutine functions that programs await very often (asyncio.sleep)
// a Go object can do what the coroutine would do without its generator and frame. Such a
// function has an AwaitShortcut: when the call is immediately awaited, the shortcut may
// return a Standin, which goes on the stack where the coroutine would have been.
//
// A stand-in must be indistinguishable from the coroutine it stands for. Whatever can see
// the coroutine asks the stand-in for it (Standin.Coroutine): cr_await and gi_yieldfrom
// replace the stand-in with the real coroutine, created and advanced to where the stand-in
// is; throw() (a task being cancelled) and close() are the stand-in's own to forward. The
// shortcut is not taken while coroutine origin tracking is on (cr_origin would record the
// stack at the wrong moment) nor at the recursion limit (the call would raise).

// AwaitShortcut returns a Standin for the coroutine that calling fn with args would create,
// or nil to have the call create the coroutine.
type AwaitShortcut func(th *Thread, fn *Function, args []Value) Standin

// A Standin is the Go object an await drives in place of a coroutine (see AwaitShortcut).
type Standin interface {
	Delegate
	// Coroutine returns the coroutine the stand-in stands for, in the same state: created
	// and run to the point where the stand-in is suspended.
	Coroutine(th *Thread) (*Generator, error)
}

// SetAwaitShortcut gives fn, a coroutine function, the shortcut its immediately awaited
// calls may take.
func SetAwaitShortcut(fn *Function, s AwaitShortcut) {
	if fn.Code.kind == kindCoroutine {
		fn.Code.awaitShortcut = s
	}
}

// awaitShortcut returns the stand-in for the call of fn with args by the instruction at
// f.lasti, or nil when the call must create the coroutine: the call is not immediately
// awaited, has keyword arguments, or the shortcut declines.
func (th *Thread) awaitShortcut(f *Frame, fn *Function, args []Value, kwnames []string) Standin {
	next := int(f.lasti) + 1
	instrs := f.Code.Instrs
	if kwnames != nil || next >= len(instrs) || instrs[next].Op != compile.GET_AWAITABLE || instrs[next].Arg != 0 ||
		th.exec.coro.originDepth > 0 || th.exec.depth+1 >= th.recursionLimit() {
		return nil
	}
	return fn.Code.awaitShortcut(th, fn, args)
}

// awaitOf returns v, what a suspended frame awaits, or, when v is a stand-in, the coroutine
// it stands for, which then replaces it on the stack at slot.
func (th *Thread) awaitOf(f *Frame, slot int, v Value) (Value, error) {
	s, ok := v.(Standin)
	if !ok {
		return v, nil
	}
	g, err := s.Coroutine(th)
	if err != nil {
		return nil, err
	}
	f.valueStack()[slot] = g
	return g, nil
}
