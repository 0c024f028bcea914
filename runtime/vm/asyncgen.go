package vm

import "github.com/asobiba/asobiba/runtime/internal/msgfmt"

// Async generators, ported from CPython's genobject.c.
//
// An async generator's frame yields two kinds of values: the values of its own `yield`
// statements, which YIELD_VALUE wraps in an asyncGenWrapped, and whatever the awaits inside
// it pass up from the event loop (futures), which YIELD_FROM yields unwrapped. The
// awaitables returned by __anext__/asend (asyncGenASend) and athrow/aclose (asyncGenAThrow)
// drive the frame: an unwrapped value passes through to the event loop; a wrapped value
// completes the awaitable with that value (StopIteration(value)); the generator's return
// ends the iteration with StopAsyncIteration.

// The classes of the async generator awaitables.
var (
	AsyncGenASendType    = NewBuiltinType("async_generator_asend", ObjectType, 0).SetSolid()
	AsyncGenAThrowType   = NewBuiltinType("async_generator_athrow", ObjectType, 0).SetSolid()
	asyncGenWrappedType  = NewBuiltinType("async_generator_wrapped_value", ObjectType, 0).SetSolid()
	errAsyncGenIgnoredGE = "async generator ignored GeneratorExit"
)

// asyncGenWrapped marks a value yielded by an async generator's own yield.
type asyncGenWrapped struct{ v Value }

// Type returns the internal wrapper class.
func (*asyncGenWrapped) Type() *Type { return asyncGenWrappedType }

// awaitableState is the life of an asend/athrow awaitable.
type awaitableState uint8

const (
	awaitInit awaitableState = iota
	awaitIter
	awaitClosed
)

// unwrap interprets one step of an async generator (async_gen_unwrap_value): a wrapped
// yield completes the awaitable with its value; the generator's end is StopAsyncIteration.
func (g *Generator) unwrap(r Value, done bool, err error) (Value, bool, error) {
	if err != nil || done {
		if err == nil {
			err = NewException(StopAsyncIterationType)
		}
		if ExceptionMatches(err, StopAsyncIterationType) || ExceptionMatches(err, GeneratorExitType) {
			g.agClosed = true
		}
		g.runningAsync = false
		return nil, false, err
	}
	if w, ok := r.(*asyncGenWrapped); ok {
		g.runningAsync = false
		return w.v, true, nil
	}
	return r, false, nil
}

// asyncGenASend is the awaitable of __anext__() and asend(v).
type asyncGenASend struct {
	gen     *Generator
	sendval Value
	state   awaitableState
}

// Type returns async_generator_asend.
func (*asyncGenASend) Type() *Type { return AsyncGenASendType }

// Send advances the generator.
func (a *asyncGenASend) Send(th *Thread, arg Value) (Value, bool, error) {
	if a.state == awaitClosed {
		return nil, false, Errorf(RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()")
	}
	if a.state == awaitInit {
		if a.gen.runningAsync {
			a.state = awaitClosed
			return nil, false, Errorf(RuntimeErrorType, "anext(): asynchronous generator is already running")
		}
		if arg == nil || arg == None {
			arg = a.sendval
		}
		a.state = awaitIter
	}
	a.gen.runningAsync = true
	r, done, err := a.gen.unwrap(a.gen.Send(th, arg))
	if err != nil || done {
		a.state = awaitClosed
	}
	return r, done, err
}

// Throw raises exc in the generator.
func (a *asyncGenASend) Throw(th *Thread, exc *Exception) (Value, bool, error) {
	if a.state == awaitClosed {
		return nil, false, Errorf(RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()")
	}
	r, done, err := a.gen.unwrap(a.gen.Throw(th, exc))
	if err != nil || done {
		a.state = awaitClosed
	}
	return r, done, err
}

// Close abandons the awaitable.
func (a *asyncGenASend) Close(th *Thread) error {
	a.state = awaitClosed
	return nil
}

// asyncGenAThrow is the awaitable of athrow(...) and, with exc nil, of aclose().
type asyncGenAThrow struct {
	gen   *Generator
	exc   *Exception
	state awaitableState
}

// Type returns async_generator_athrow.
func (*asyncGenAThrow) Type() *Type { return AsyncGenAThrowType }

// Send drives the throw (or the close) to completion.
func (a *asyncGenAThrow) Send(th *Thread, arg Value) (Value, bool, error) {
	gen := a.gen
	if a.state == awaitClosed {
		return nil, false, Errorf(RuntimeErrorType, "cannot reuse already awaited aclose()/athrow()")
	}
	if gen.frame == nil {
		a.state = awaitClosed
		return None, true, nil
	}
	var r Value
	var done bool
	var err error
	if a.state == awaitInit {
		if gen.runningAsync {
			a.state = awaitClosed
			if a.exc == nil {
				return nil, false, Errorf(RuntimeErrorType, "aclose(): asynchronous generator is already running")
			}
			return nil, false, Errorf(RuntimeErrorType, "athrow(): asynchronous generator is already running")
		}
		if gen.agClosed {
			a.state = awaitClosed
			return nil, false, NewException(StopAsyncIterationType)
		}
		if arg != nil && arg != None {
			return nil, false, Errorf(RuntimeErrorType, "can't send non-None value to a just-started coroutine")
		}
		a.state = awaitIter
		gen.runningAsync = true
		if a.exc == nil {
			gen.agClosed = true
			r, done, err = gen.throw(th, NewException(GeneratorExitType), false)
			if err == nil && !done {
				if _, ok := r.(*asyncGenWrapped); ok {
					return a.yieldClose()
				}
				return r, false, nil
			}
		} else {
			r, done, err = gen.unwrap(gen.throw(th, a.exc, false))
			if err == nil {
				if done {
					// The generator yielded a value in response: athrow() returns it.
					gen.runningAsync = false
					a.state = awaitClosed
				}
				return r, done, nil
			}
		}
		return a.checkError(r, done, err)
	}
	r, done, err = gen.Send(th, arg)
	if a.exc != nil {
		return gen.unwrap(r, done, err)
	}
	if err == nil && !done {
		if _, ok := r.(*asyncGenWrapped); ok {
			return a.yieldClose()
		}
		return r, false, nil
	}
	return a.checkError(r, done, err)
}

// yieldClose is the error of an async generator that yielded a value while being closed.
func (a *asyncGenAThrow) yieldClose() (Value, bool, error) {
	a.gen.runningAsync = false
	a.state = awaitClosed
	return nil, false, Errorf(RuntimeErrorType, "%s", errAsyncGenIgnoredGE)
}

// checkError finishes an athrow/aclose step that ended the generator or failed: aclose()
// completes quietly when the generator finished or let GeneratorExit out.
func (a *asyncGenAThrow) checkError(r Value, done bool, err error) (Value, bool, error) {
	a.gen.runningAsync = false
	a.state = awaitClosed
	if err == nil && done {
		err = NewException(StopAsyncIterationType)
	}
	if a.exc == nil && (ExceptionMatches(err, StopAsyncIterationType) || ExceptionMatches(err, GeneratorExitType)) {
		return None, true, nil
	}
	return nil, false, err
}

// Throw raises exc in the generator while the athrow/aclose awaitable is pending.
func (a *asyncGenAThrow) Throw(th *Thread, exc *Exception) (Value, bool, error) {
	if a.state == awaitClosed {
		return nil, false, Errorf(RuntimeErrorType, "cannot reuse already awaited aclose()/athrow()")
	}
	r, done, err := a.gen.Throw(th, exc)
	if a.exc != nil {
		return a.gen.unwrap(r, done, err)
	}
	if err == nil && !done {
		if _, ok := r.(*asyncGenWrapped); ok {
			return a.yieldClose()
		}
		return r, false, nil
	}
	if err == nil && done {
		err = NewException(StopAsyncIterationType)
	}
	if ExceptionMatches(err, StopAsyncIterationType) || ExceptionMatches(err, GeneratorExitType) {
		return None, true, nil
	}
	return nil, false, err
}

// Close abandons the awaitable.
func (a *asyncGenAThrow) Close(th *Thread) error {
	a.state = awaitClosed
	return nil
}

// anext returns the awaitable of ag.__anext__().
func (g *Generator) anext(th *Thread) (Value, error) {
	if err := th.initAsyncGenHooks(g); err != nil {
		return nil, err
	}
	return &asyncGenASend{gen: g, sendval: None}, nil
}

// AClose returns the awaitable of ag.aclose() (the event loop's shutdown_asyncgens awaits
// it).
func (g *Generator) AClose(th *Thread) (Value, error) {
	if err := th.initAsyncGenHooks(g); err != nil {
		return nil, err
	}
	return &asyncGenAThrow{gen: g}, nil
}

func init() {
	t := AsyncGeneratorType
	t.AddMethod("__aiter__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return args[0], nil
	})
	t.AddMethod("__anext__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return args[0].(*Generator).anext(th)
	})
	t.AddMethod("asend", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkOneArg("async_generator.asend", args, kwnames); err != nil {
			return nil, err
		}
		g := args[0].(*Generator)
		if err := th.initAsyncGenHooks(g); err != nil {
			return nil, err
		}
		return &asyncGenASend{gen: g, sendval: args[1]}, nil
	})
	t.AddMethod("athrow", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkArgRange("athrow", args, kwnames, 1, 3); err != nil {
			return nil, err
		}
		g := args[0].(*Generator)
		exc, err := throwArgs(th, args[1:])
		if err != nil {
			return nil, err
		}
		if err := th.initAsyncGenHooks(g); err != nil {
			return nil, err
		}
		return &asyncGenAThrow{gen: g, exc: exc}, nil
	})
	t.AddMethod("aclose", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkNoArgs("async_generator.aclose", args, kwnames); err != nil {
			return nil, err
		}
		return args[0].(*Generator).AClose(th)
	})
	t.AddMethod("__repr__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		g := args[0].(*Generator)
		return Str(msgfmt.Sprintf("<async_generator object %s at %#x>", g.QualName(), ObjectID(g))), nil
	})
	genNameAttrs(t)

	for _, at := range []*Type{AsyncGenASendType, AsyncGenAThrowType} {
		at := at
		at.AddMethod("__await__", func(th *Thread, args []Value, kwnames []string) (Value, error) { return args[0], nil })
		at.AddMethod("__iter__", func(th *Thread, args []Value, kwnames []string) (Value, error) { return args[0], nil })
		at.AddMethod("__next__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			return genResult(args[0].(Delegate).Send(th, None))
		})
		at.AddMethod("send", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := checkOneArg(at.Name+".send", args, kwnames); err != nil {
				return nil, err
			}
			return genResult(args[0].(Delegate).Send(th, args[1]))
		})
		at.AddMethod("throw", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := checkArgRange("throw", args, kwnames, 1, 3); err != nil {
				return nil, err
			}
			exc, err := throwArgs(th, args[1:])
			if err != nil {
				return nil, err
			}
			return genResult(args[0].(Delegate).Throw(th, exc))
		})
		at.AddMethod("close", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			return None, args[0].(Delegate).Close(th)
		})
	}
}
