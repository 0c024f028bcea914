package asyncio

import "github.com/asobiba/asobiba/runtime/vm"

// The Python-visible methods of asyncio.Task.

func init() {
	t := TaskType
	t.AddStaticMethod("__new__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		cls, ok := args[0].(*vm.Type)
		if !ok {
			return nil, vm.Errorf(vm.TypeErrorType, "Task.__new__(X): X is not a type object")
		}
		task := &Task{}
		task.outer = wrapIfSubclass(cls, TaskType, task)
		return task.outer, nil
	})
	method(t, "__init__", asTask, func(th *vm.Thread, task *Task, a callArgs) (vm.Value, error) {
		coro := a.arg(0, "coro", nil)
		if coro == nil {
			return nil, vm.Errorf(vm.TypeErrorType, "Task.__init__() missing required argument 'coro' (pos 1)")
		}
		loop, err := loopArg(th, a.arg(-1, "loop", vm.None))
		if err != nil {
			return nil, err
		}
		eager, err := vm.Truth(th, a.arg(-1, "eager_start", vm.False))
		if err != nil {
			return nil, err
		}
		return vm.None, task.init(th, loop, coro, a.arg(-1, "name", vm.None), a.arg(-1, "context", vm.None), eager)
	}, "coro", "loop", "name", "context", "eager_start")
	// A task's outcome is its coroutine's: it cannot be set from outside.
	for _, name := range []string{"set_result", "set_exception"} {
		name := name
		method(t, name, asTask, func(th *vm.Thread, task *Task, a callArgs) (vm.Value, error) {
			return nil, vm.Errorf(vm.RuntimeErrorType, "Task does not support %s operation", name)
		})
	}
	method(t, "get_context", asTask, func(th *vm.Thread, task *Task, a callArgs) (vm.Value, error) {
		return contextValue(task.ctx), nil
	})
	method(t, "get_coro", asTask, func(th *vm.Thread, task *Task, a callArgs) (vm.Value, error) {
		return task.coro, nil
	})
	method(t, "get_name", asTask, func(th *vm.Thread, task *Task, a callArgs) (vm.Value, error) {
		return vm.Str(task.Name()), nil
	})
	method(t, "set_name", asTask, func(th *vm.Thread, task *Task, a callArgs) (vm.Value, error) {
		if err := wantArgs("set_name", a, 1, 1); err != nil {
			return nil, err
		}
		s, err := vm.ToStr(th, a.pos[0])
		if err != nil {
			return nil, err
		}
		task.setName(s)
		if o := StateOf(th.Interp).Observer; o != nil {
			o.TaskRenamed(task)
		}
		return vm.None, nil
	})
	method(t, "cancelling", asTask, func(th *vm.Thread, task *Task, a callArgs) (vm.Value, error) {
		return vm.Int(task.numCancelsRequested), nil
	})
	method(t, "uncancel", asTask, func(th *vm.Thread, task *Task, a callArgs) (vm.Value, error) {
		if task.numCancelsRequested > 0 {
			task.numCancelsRequested--
		}
		return vm.Int(task.numCancelsRequested), nil
	})
	method(t, "get_stack", asTask, func(th *vm.Thread, task *Task, a callArgs) (vm.Value, error) {
		return task.callHelper(th, "get_stack", a.arg(0, "limit", vm.None))
	}, "limit")
	method(t, "print_stack", asTask, func(th *vm.Thread, task *Task, a callArgs) (vm.Value, error) {
		return task.callHelper(th, "print_stack", a.arg(0, "limit", vm.None), a.arg(1, "file", vm.None))
	}, "limit", "file")
	addGetSet(t, "_coro", func(th *vm.Thread, self vm.Value) (vm.Value, error) {
		task, _ := asTask(self)
		return task.coro, nil
	}, nil)
	addGetSet(t, "_fut_waiter", func(th *vm.Thread, self vm.Value) (vm.Value, error) {
		task, _ := asTask(self)
		return msgOrNone(task.futWaiter), nil
	}, nil)
	addGetSet(t, "_must_cancel", func(th *vm.Thread, self vm.Value) (vm.Value, error) {
		task, _ := asTask(self)
		return vm.Bool(task.mustCancel), nil
	}, nil)
	addGetSet(t, "_log_destroy_pending", func(th *vm.Thread, self vm.Value) (vm.Value, error) {
		task, _ := asTask(self)
		return vm.Bool(task.logDestroyPending), nil
	}, func(th *vm.Thread, self, v vm.Value) error {
		task, _ := asTask(self)
		b, err := vm.Truth(th, v)
		task.logDestroyPending = b
		return err
	})
}

// loopArg resolves a loop= argument: the given loop, else the running or current loop.
func loopArg(th *vm.Thread, v vm.Value) (*Loop, error) {
	if v != nil && v != vm.None {
		l, ok := asLoop(v)
		if !ok {
			return nil, vm.Errorf(vm.TypeErrorType, "loop must be an event loop, not %s", v.Type().Name)
		}
		return l, nil
	}
	return getEventLoop(th)
}

// getEventLoop is asyncio.get_event_loop(): the running loop, else the thread's current
// one, else (in the main thread only, as in CPython) a new one made current.
func getEventLoop(th *vm.Thread) (*Loop, error) {
	st := StateOf(th.Interp)
	if l := st.runningIn(th); l != nil {
		return l, nil
	}
	if l := st.currentIn(th); l != nil {
		return l, nil
	}
	if !st.mayCreateCurrent(th) {
		return nil, vm.Errorf(vm.RuntimeErrorType, "There is no current event loop in thread '%s'.", th.Name)
	}
	l := NewLoop(st)
	st.setCurrent(th, l)
	return l, nil
}

// isMainThread reports whether th is the program's main thread.
func isMainThread(th *vm.Thread) bool { return th.Name == "MainThread" }

// callHelper calls the Python-written Task method name (see State.taskHelpers) on the task.
func (t *Task) callHelper(th *vm.Thread, name string, args ...vm.Value) (vm.Value, error) {
	fn, ok := t.loop.state.taskHelpers[name]
	if !ok {
		return nil, vm.Errorf(vm.NotImplementedErrorType, "Task.%s is not supported in Asobiba", name)
	}
	return vm.Call(th, fn, append([]vm.Value{t.outer}, args...), nil)
}
