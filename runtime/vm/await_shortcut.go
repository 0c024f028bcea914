package vm

import "github.com/asobiba/asobiba/runtime/compile"

// An await of a call, `await f(args)`, creates a coroutine that nothing but the await ever
// sees: CALL leaves it on the stack, GET_AWAITABLE keeps it and YIELD_FROM drives it to its
// end. For a few library coroutine functions that programs await very often (asyncio.sleep)
// a Go value can do what the coroutine would do without its generator and frame. Such a
// function has an AwaitShortcut: when the call is immediately awaited, the shortcut may
// return a Standin, which goes on the stack where the coroutine would have been.
//
// A stand-in must be indistinguishable from the coroutine it stands for. YIELD_FROM steps
// it (Standin.Step); whatever else could see the coroutine gets the real one
// (Standin.Coroutine), which then replaces the stand-in on the stack: cr_await and
// gi_yieldfrom, and throw() (a task being cancelled), so that tracebacks show the
// coroutine's frames. close() closes the stand-in itself. A stand-in is never changed: its
// state is which stand-in is on the stack, so that the common ones can be shared and an
// await then allocates nothing. The shortcut is not taken while coroutine origin tracking
// is on (cr_origin would record the stack at another moment) nor at the recursion limit
// (the call would raise).

// AwaitShortcut returns a Standin for the coroutine that calling fn with args would create,
// or nil to have the call create the coroutine.
type AwaitShortcut func(th *Thread, fn *Function, args []Value) Standin

// A Standin is the Go value an await drives in place of a coroutine (see AwaitShortcut).
type Standin interface {
	Value
	// Step sends v in: it returns what the coroutine would yield, and what then replaces
	// the stand-in on the stack (nil: it stays; another stand-in, or the real coroutine),
	// or done and what the coroutine would return, or the error it would raise (which a
	// stand-in raises through the real coroutine when the traceback would show its
	// frames).
	Step(th *Thread, v Value) (r Value, next Value, done bool, err error)
	// Coroutine creates the coroutine the stand-in stands for and runs it to the point
	// where the stand-in is.
	Coroutine(th *Thread) (*Generator, error)
	// Close does what closing the coroutine would do.
	Close(th *Thread) error
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

// stepStandin runs YIELD_FROM on the stand-in s at f's stack[slot] with v sent in.
func (th *Thread) stepStandin(f *Frame, slot int, s Standin, v Value) (Value, bool, error) {
	r, next, done, err := s.Step(th, v)
	if next != nil && err == nil && !done {
		f.valueStack()[slot] = next
	}
	return r, done, err
}

// realAwait returns what g's suspended frame awaits, v, or, when v is a stand-in, the
// coroutine it stands for, which then replaces it on the stack.
func (th *Thread) realAwait(g *Generator, v Value) (Value, error) {
	s, ok := v.(Standin)
	if !ok {
		return v, nil
	}
	c, err := s.Coroutine(th)
	if err != nil {
		return nil, err
	}
	f := g.frame
	f.valueStack()[f.sp-1] = c
	return c, nil
}
