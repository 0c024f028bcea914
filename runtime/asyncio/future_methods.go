package asyncio

import "github.com/asobiba/asobiba/runtime/vm"

// The Python-visible methods and attributes of asyncio.Future (Task inherits them).

func init() {
	// asyncio.Future[int] and asyncio.Task[None] in annotations (Task inherits it).
	FutureType.AddClassMethod("__class_getitem__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if len(args) != 2 || len(kwnames) != 0 {
			return nil, vm.Errorf(vm.TypeErrorType, "__class_getitem__() takes exactly one argument")
		}
		return vm.MakeGenericAlias(args[0], args[1]), nil
	})
	t := FutureType
	// As in CPython, __new__ makes an uninitialised future and __init__(loop=None) binds it to
	// a loop, so that Python subclasses can pass their own constructor arguments.
	t.AddStaticMethod("__new__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		cls, ok := args[0].(*vm.Type)
		if !ok {
			return nil, vm.Errorf(vm.TypeErrorType, "Future.__new__(X): X is not a type object")
		}
		f := &Future{}
		f.outer = wrapIfSubclass(cls, FutureType, f)
		return f.outer, nil
	})
	method(t, "__init__", asFutureBase, func(th *vm.Thread, f *Future, a callArgs) (vm.Value, error) {
		if len(a.pos) > 0 {
			return nil, vm.Errorf(vm.TypeErrorType, "Future() takes no positional arguments")
		}
		loop, err := loopArg(th, a.arg(-1, "loop", vm.None))
		if err != nil {
			return nil, err
		}
		f.loop = loop
		f.setCreatedAt(loop.creationSite(th))
		return vm.None, nil
	}, "loop")
	method(t, "result", asFutureBase, func(th *vm.Thread, f *Future, a callArgs) (vm.Value, error) {
		return f.Result()
	})
	method(t, "exception", asFutureBase, func(th *vm.Thread, f *Future, a callArgs) (vm.Value, error) {
		e, err := f.Exception()
		if err != nil || e == nil {
			return vm.None, err
		}
		return e, nil
	})
	method(t, "__hash__", asFutureBase, func(th *vm.Thread, f *Future, a callArgs) (vm.Value, error) {
		if f.hash == 0 {
			st := StateOf(th.Interp)
			st.hashCounter++
			f.hash = uint32(st.hashCounter)
		}
		return vm.Int(int64(f.hash)), nil
	})
	method(t, "done", asFutureBase, func(th *vm.Thread, f *Future, a callArgs) (vm.Value, error) {
		return vm.Bool(f.Done()), nil
	})
	method(t, "cancelled", asFutureBase, func(th *vm.Thread, f *Future, a callArgs) (vm.Value, error) {
		return vm.Bool(f.Cancelled()), nil
	})
	method(t, "cancel", asFutureBase, func(th *vm.Thread, f *Future, a callArgs) (vm.Value, error) {
		msg := a.arg(0, "msg", vm.None)
		if task, ok := f.outerTask(); ok {
			ok, err := task.Cancel(th, msg)
			return vm.Bool(ok), err
		}
		return vm.Bool(f.cancelFuture(msg)), nil
	}, "msg")
	method(t, "add_done_callback", asFutureBase, func(th *vm.Thread, f *Future, a callArgs) (vm.Value, error) {
		if err := wantArgs("add_done_callback", a, 1, 1); err != nil {
			return nil, err
		}
		ctx, err := contextArg(th, f.loop.state, a.arg(-1, "context", nil))
		if err != nil {
			return nil, err
		}
		f.addCallback(&callback{fn: a.pos[0], ctx: ctx})
		return vm.None, nil
	}, "context")
	method(t, "remove_done_callback", asFutureBase, func(th *vm.Thread, f *Future, a callArgs) (vm.Value, error) {
		if err := wantArgs("remove_done_callback", a, 1, 1); err != nil {
			return nil, err
		}
		kept := f.callbacks[:0:0]
		removed := 0
		for _, cb := range f.callbacks {
			if cb.fn != nil {
				eq, err := vm.Equal(th, cb.fn, a.pos[0])
				if err != nil {
					return nil, err
				}
				if eq {
					removed++
					continue
				}
			}
			kept = append(kept, cb)
		}
		if removed > 0 {
			f.callbacks = kept
		}
		return vm.Int(removed), nil
	})
	method(t, "set_result", asFutureBase, func(th *vm.Thread, f *Future, a callArgs) (vm.Value, error) {
		if err := wantArgs("set_result", a, 1, 1); err != nil {
			return nil, err
		}
		return vm.None, f.SetResult(th, a.pos[0])
	})
	method(t, "set_exception", asFutureBase, func(th *vm.Thread, f *Future, a callArgs) (vm.Value, error) {
		if err := wantArgs("set_exception", a, 1, 1); err != nil {
			return nil, err
		}
		return vm.None, f.SetException(th, a.pos[0])
	})
	method(t, "get_loop", asFutureBase, func(th *vm.Thread, f *Future, a callArgs) (vm.Value, error) {
		return f.loop.outerValue(), nil
	})
	method(t, "_make_cancelled_error", asFutureBase, func(th *vm.Thread, f *Future, a callArgs) (vm.Value, error) {
		return f.makeCancelledError(), nil
	})
	await := func(th *vm.Thread, f *Future, a callArgs) (vm.Value, error) {
		return f.Await(th)
	}
	method(t, "__await__", asFutureBase, await)
	method(t, "__iter__", asFutureBase, await)
	method(t, "__repr__", asFutureBase, func(th *vm.Thread, f *Future, a callArgs) (vm.Value, error) {
		if task, ok := f.outerTask(); ok {
			s, err := task.repr(th)
			return vm.Str(s), err
		}
		info, err := f.reprInfo(th)
		if err != nil {
			return nil, err
		}
		return vm.Str("<" + f.outer.Type().Name + " " + join(info, " ") + ">"), nil
	})
	addGetSet(t, "_asyncio_future_blocking", func(th *vm.Thread, self vm.Value) (vm.Value, error) {
		f, _ := asFutureBase(self)
		return vm.Bool(f.blocking), nil
	}, func(th *vm.Thread, self, v vm.Value) error {
		f, _ := asFutureBase(self)
		b, err := vm.Truth(th, v)
		f.blocking = b
		return err
	})
	addGetSet(t, "_log_traceback", func(th *vm.Thread, self vm.Value) (vm.Value, error) {
		f, _ := asFutureBase(self)
		return vm.Bool(f.logTraceback), nil
	}, func(th *vm.Thread, self, v vm.Value) error {
		f, _ := asFutureBase(self)
		b, err := vm.Truth(th, v)
		if err == nil && b {
			return vm.Errorf(vm.ValueErrorType, "_log_traceback can only be set to False")
		}
		f.logTraceback = false
		return err
	})
	addGetSet(t, "_loop", func(th *vm.Thread, self vm.Value) (vm.Value, error) {
		f, _ := asFutureBase(self)
		return f.loop.outerValue(), nil
	}, nil)
	addGetSet(t, "_state", func(th *vm.Thread, self vm.Value) (vm.Value, error) {
		f, _ := asFutureBase(self)
		return vm.Str(f.state.String()), nil
	}, nil)
	addGetSet(t, "_cancel_message", func(th *vm.Thread, self vm.Value) (vm.Value, error) {
		f, _ := asFutureBase(self)
		return msgOrNone(f.cancelMsg()), nil
	}, func(th *vm.Thread, self, v vm.Value) error {
		f, _ := asFutureBase(self)
		f.setCancelMsg(v)
		return nil
	})
	addGetSet(t, "_result", func(th *vm.Thread, self vm.Value) (vm.Value, error) {
		f, _ := asFutureBase(self)
		return msgOrNone(f.result), nil
	}, nil)
	addGetSet(t, "_exception", func(th *vm.Thread, self vm.Value) (vm.Value, error) {
		f, _ := asFutureBase(self)
		if f.exc == nil {
			return vm.None, nil
		}
		return f.exc, nil
	}, nil)
}

// outerTask reports the Task this Future is part of.
func (f *Future) outerTask() (*Task, bool) {
	return asTask(f.outer)
}

// Await is Future.__await__ (and Task's), which await calls directly on Go futures.
func (f *Future) Await(th *vm.Thread) (vm.Value, error) { return &futureIter{fut: f}, nil }

// futureIter is what Future.__await__ returns: it yields the future once (telling the task
// to wait for it) and then returns its result. It is a vm.Delegate, so that `await future`
// drives it without Python-level calls or StopIteration objects.
type futureIter struct {
	fut     *Future
	yielded bool
}

var futureIterType = newClass("FutureIter", "_asyncio", vm.ObjectType)

func (it *futureIter) Type() *vm.Type { return futureIterType }

// Send resumes the iterator (the VM calls it directly during `await`).
func (it *futureIter) Send(th *vm.Thread, v vm.Value) (vm.Value, bool, error) {
	f := it.fut
	if f == nil {
		return vm.None, true, nil
	}
	if !it.yielded && !f.Done() {
		f.blocking = true
		it.yielded = true
		return f.outer, false, nil
	}
	it.fut = nil
	if !f.Done() {
		return nil, false, vm.Errorf(vm.RuntimeErrorType, "await wasn't used with future")
	}
	r, err := f.Result()
	if err != nil {
		return nil, false, err
	}
	return r, true, nil
}

// Throw raises exc at the suspension point: the iterator does not handle it.
func (it *futureIter) Throw(th *vm.Thread, exc *vm.Exception) (vm.Value, bool, error) {
	it.fut = nil
	return nil, false, exc
}

// Close finalizes the iterator.
func (it *futureIter) Close(th *vm.Thread) error {
	it.fut = nil
	return nil
}

// iterResult turns a Delegate's (value, done, err) into what __next__, send and throw
// return: the yielded value, or a StopIteration carrying the result.
func iterResult(v vm.Value, done bool, err error) (vm.Value, error) {
	if err != nil {
		return nil, err
	}
	if done {
		if v == vm.None {
			return nil, vm.NewException(vm.StopIterationType)
		}
		return nil, vm.NewException(vm.StopIterationType, v)
	}
	return v, nil
}

// addIterMethods gives a Delegate type the Python iterator protocol: __next__, send, throw,
// close and __iter__.
func addIterMethods[T vm.Delegate](t *vm.Type) {
	conv := func(v vm.Value) (T, bool) { it, ok := v.(T); return it, ok }
	method(t, "__next__", conv, func(th *vm.Thread, it T, a callArgs) (vm.Value, error) {
		return iterResult(it.Send(th, vm.None))
	})
	method(t, "send", conv, func(th *vm.Thread, it T, a callArgs) (vm.Value, error) {
		return iterResult(it.Send(th, a.arg(0, "", vm.None)))
	})
	method(t, "throw", conv, func(th *vm.Thread, it T, a callArgs) (vm.Value, error) {
		if err := wantArgs("throw", a, 1, 3); err != nil {
			return nil, err
		}
		exc, err := makeThrown(th, a.pos)
		if err != nil {
			return nil, err
		}
		return iterResult(it.Throw(th, exc))
	})
	method(t, "close", conv, func(th *vm.Thread, it T, a callArgs) (vm.Value, error) {
		return vm.None, it.Close(th)
	})
	method(t, "__iter__", conv, func(th *vm.Thread, it T, a callArgs) (vm.Value, error) {
		return it, nil
	})
}

func init() { addIterMethods[*futureIter](futureIterType) }

// makeThrown builds the exception of a throw(typ[, val[, tb]]) call.
func makeThrown(th *vm.Thread, args []vm.Value) (*vm.Exception, error) {
	v := args[0]
	if cls, ok := v.(*vm.Type); ok {
		var cargs []vm.Value
		if len(args) > 1 && args[1] != vm.None {
			if e, ok := args[1].(*vm.Exception); ok {
				return e, nil
			}
			cargs = []vm.Value{args[1]}
		}
		inst, err := vm.Call(th, cls, cargs, nil)
		if err != nil {
			return nil, err
		}
		v = inst
	}
	e, ok := v.(*vm.Exception)
	if !ok {
		return nil, vm.Errorf(vm.TypeErrorType, "exceptions must be classes or instances deriving from BaseException, not %s", v.Type().Name)
	}
	return e, nil
}
