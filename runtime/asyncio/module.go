package asyncio

import (
	"github.com/asobiba/asobiba/runtime/vm"
)

// Load builds the `_asyncio` module: the Go core that the asyncio package (lib/*.py) imports.
func Load(th *vm.Thread) (*vm.Module, error) {
	st := StateOf(th.Interp)
	m := vm.NewModule("_asyncio")
	for _, t := range []*vm.Type{FutureType, TaskType, HandleType, TimerHandleType, LoopType,
		CancelledErrorType, InvalidStateErrorType} {
		m.Dict.SetStr(t.Name, t)
	}
	m.Dict.SetStr("EventLoop", LoopType)
	m.Dict.SetStr("_sleep0", sleep0{})
	def := func(name string, fn vm.BuiltinFunc) { m.Dict.SetStr(name, vm.NewBuiltin("_asyncio", name, fn)) }
	def("_label", labelFunc(st)) // timeline labels of futures (trace.go)
	for name, fn := range queueFuncs(st) {
		def(name, fn)
	}
	for name, fn := range sleepFuncs(st) {
		def(name, fn)
	}
	for name, fn := range gatherFuncs(st) {
		def(name, fn)
	}
	m.Dict.SetStr("_queue_no_item", queueNoItem)
	// _run_until_complete_setup(tail) installs base_events.run_until_complete.
	def("_run_until_complete_setup", func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
		if len(args) != 1 {
			return nil, vm.Errorf(vm.TypeErrorType, "_run_until_complete_setup(tail)")
		}
		st.resultTail = args[0]
		return vm.None, nil
	})

	def("get_running_loop", func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
		l := st.runningIn(th)
		if l == nil {
			return nil, vm.Errorf(vm.RuntimeErrorType, "no running event loop")
		}
		return l.outerValue(), nil
	})
	def("_get_running_loop", func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
		l := st.runningIn(th)
		if l == nil {
			return vm.None, nil
		}
		return l.outerValue(), nil
	})
	def("_get_current_loop", func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
		l := st.currentIn(th)
		if l == nil {
			return vm.None, nil
		}
		return l.outerValue(), nil
	})
	def("_may_create_current_loop", func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
		return vm.Bool(st.mayCreateCurrent(th)), nil
	})
	def("set_event_loop", func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
		if len(args) != 1 {
			return nil, vm.Errorf(vm.TypeErrorType, "set_event_loop() takes exactly one argument")
		}
		if args[0] == vm.None {
			st.setCurrent(th, nil)
			return vm.None, nil
		}
		l, ok := asLoop(args[0])
		if !ok {
			return nil, vm.Errorf(vm.TypeErrorType, "loop must be an instance of AbstractEventLoop or None, not '%s'", args[0].Type().Name)
		}
		st.setCurrent(th, l)
		return vm.None, nil
	})
	def("current_task", func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
		l, err := runningOrGiven(th, st, args)
		if err != nil {
			return nil, err
		}
		if l.current == nil {
			return vm.None, nil
		}
		return l.current.outer, nil
	})
	def("_pending_tasks", func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
		l, err := runningOrGiven(th, st, args)
		if err != nil {
			return nil, err
		}
		out := &vm.List{}
		for _, t := range st.tasks {
			if !t.Done() && t.loop == l {
				out.Items = append(out.Items, t.outer)
			}
		}
		st.prune()
		return out, nil
	})
	def("_set_hooks", func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
		if len(args) != 2 {
			return nil, vm.Errorf(vm.TypeErrorType, "_set_hooks(default_handler, warn)")
		}
		st.defaultHandler, st.warn = args[0], args[1]
		return vm.None, nil
	})
	def("_set_awaitable_wrapper", func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
		// tasks._wrap_awaitable: the coroutine run_until_complete wraps an awaitable object in.
		if len(args) != 1 {
			return nil, vm.Errorf(vm.TypeErrorType, "_set_awaitable_wrapper(function)")
		}
		st.wrapAwaitable = args[0]
		return vm.None, nil
	})
	def("_set_task_helper", func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
		// The Task methods written in Python (base_tasks.py): Task.get_stack and print_stack
		// call them with the task as first argument.
		name, ok := vm.Value(nil), false
		if len(args) == 2 {
			name, ok = args[0].(vm.Str)
		}
		if !ok {
			return nil, vm.Errorf(vm.TypeErrorType, "_set_task_helper(name, function)")
		}
		if st.taskHelpers == nil {
			st.taskHelpers = map[string]vm.Value{}
		}
		st.taskHelpers[string(name.(vm.Str))] = args[1]
		return vm.None, nil
	})
	def("_extend_loop", func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
		// The Python layer adds the loop methods it implements (run_in_executor, ...). They
		// belong to this interpreter, so they are kept in its State, not in the class dict
		// that every interpreter of the process shares; the loop's __getattr__ finds them.
		if len(args) != 2 {
			return nil, vm.Errorf(vm.TypeErrorType, "_extend_loop(name, function)")
		}
		name, ok := args[0].(vm.Str)
		if !ok {
			return nil, vm.Errorf(vm.TypeErrorType, "_extend_loop: name must be str")
		}
		// They are named as CPython's methods are (a never-awaited shutdown_asyncgens()
		// coroutine is reported as 'BaseEventLoop.shutdown_asyncgens').
		if err := vm.SetAttr(th, args[1], "__name__", name); err != nil {
			return nil, err
		}
		if err := vm.SetAttr(th, args[1], "__qualname__", vm.Str("BaseEventLoop."+string(name))); err != nil {
			return nil, err
		}
		if st.loopMethods == nil {
			st.loopMethods = map[string]vm.Value{}
		}
		st.loopMethods[string(name)] = args[1]
		return vm.None, nil
	})
	def("iscoroutine", func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
		if len(args) != 1 {
			return nil, vm.Errorf(vm.TypeErrorType, "iscoroutine() takes exactly one argument")
		}
		return vm.Bool(isCoroutine(args[0])), nil
	})
	return m, nil
}

// runningOrGiven returns the loop argument, else the running loop ("no running event loop").
func runningOrGiven(th *vm.Thread, st *State, args []vm.Value) (*Loop, error) {
	if len(args) > 0 && args[0] != vm.None {
		l, ok := asLoop(args[0])
		if !ok {
			return nil, vm.Errorf(vm.TypeErrorType, "expected an event loop")
		}
		return l, nil
	}
	l := st.runningIn(th)
	if l == nil {
		return nil, vm.Errorf(vm.RuntimeErrorType, "no running event loop")
	}
	return l, nil
}
