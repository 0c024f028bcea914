package asyncio

import (
	"github.com/asobiba/asobiba/runtime/vm"
)

// outerValue is the Python object for the loop (a subclass instance when Python code
// subclassed the loop class).
func (l *Loop) outerValue() vm.Value {
	if l.outer != nil {
		return l.outer
	}
	return l
}

// The Python-visible methods of the loop.
func init() {
	t := LoopType
	t.AddStaticMethod("__new__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		cls, ok := args[0].(*vm.Type)
		if !ok {
			return nil, vm.Errorf(vm.TypeErrorType, "loop.__new__(X): X is not a type object")
		}
		l := NewLoop(StateOf(th.Interp))
		l.outer = wrapIfSubclass(cls, LoopType, l)
		return l.outer, nil
	})
	t.AddMethod("__init__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return vm.None, nil
	})
	method(t, "__getattr__", asLoop, func(th *vm.Thread, l *Loop, a callArgs) (vm.Value, error) {
		name, _ := a.arg(0, "name", vm.None).(vm.Str)
		fn, ok := l.state.loopMethods[string(name)]
		if !ok {
			return nil, vm.Errorf(vm.AttributeErrorType, "'%s' object has no attribute '%s'", l.outerValue().Type().Name, string(name))
		}
		bound, _, err := vm.CallSpecial(th, fn, "__get__", l.outerValue(), l.outerValue().Type())
		return bound, err
	})
	method(t, "time", asLoop, func(th *vm.Thread, l *Loop, a callArgs) (vm.Value, error) {
		return vm.Float(l.Time()), nil
	})
	method(t, "call_soon", asLoop, func(th *vm.Thread, l *Loop, a callArgs) (vm.Value, error) {
		if err := l.checkOpen(); err != nil {
			return nil, err
		}
		if err := wantArgs("call_soon", a, 1, -1); err != nil {
			return nil, err
		}
		if err := l.checkCallback(th, a.pos[0], "call_soon"); err != nil {
			return nil, err
		}
		h := l.CallSoon(a.pos[0], append([]vm.Value(nil), a.pos[1:]...))
		h.createdAt = l.creationSite(th)
		return withContext(th, h, a)
	}, "context")
	method(t, "call_later", asLoop, func(th *vm.Thread, l *Loop, a callArgs) (vm.Value, error) {
		if err := wantArgs("call_later", a, 2, -1); err != nil {
			return nil, err
		}
		if a.pos[0] == vm.None {
			return nil, vm.Errorf(vm.TypeErrorType, "delay must not be None")
		}
		d, err := toFloat(th, a.pos[0])
		if e, ok := err.(*vm.Exception); ok && e.Class == vm.TypeErrorType {
			// CPython computes self.time() + delay.
			return nil, vm.Errorf(vm.TypeErrorType, "unsupported operand type(s) for +: 'float' and '%s'", a.pos[0].Type().Name)
		}
		if err != nil {
			return nil, err
		}
		if err := l.checkOpen(); err != nil {
			return nil, err
		}
		if err := l.checkCallback(th, a.pos[1], "call_at"); err != nil {
			return nil, err
		}
		h := l.CallAt(l.Time()+d, a.pos[1], append([]vm.Value(nil), a.pos[2:]...))
		h.createdAt = l.debugSite(siteCallLater)
		return withContext(th, h, a)
	}, "context")
	method(t, "call_at", asLoop, func(th *vm.Thread, l *Loop, a callArgs) (vm.Value, error) {
		if err := wantArgs("call_at", a, 2, -1); err != nil {
			return nil, err
		}
		when, err := toFloat(th, a.pos[0])
		if err != nil {
			return nil, err
		}
		if err := l.checkOpen(); err != nil {
			return nil, err
		}
		if err := l.checkCallback(th, a.pos[1], "call_at"); err != nil {
			return nil, err
		}
		h := l.CallAt(when, a.pos[1], append([]vm.Value(nil), a.pos[2:]...))
		h.createdAt = l.creationSite(th)
		return withContext(th, h, a)
	}, "context")
	method(t, "create_future", asLoop, func(th *vm.Thread, l *Loop, a callArgs) (vm.Value, error) {
		f := NewFuture(l)
		f.setCreatedAt(l.debugSite(siteCreateFuture))
		return f, nil
	})
	method(t, "create_task", asLoop, func(th *vm.Thread, l *Loop, a callArgs) (vm.Value, error) {
		if err := wantArgs("create_task", a, 1, 1); err != nil {
			return nil, err
		}
		return l.CreateTask(th, a.pos[0], a.arg(-1, "name", vm.None), a.arg(-1, "context", vm.None))
	}, "name", "context")
	method(t, "run_until_complete", asLoop, func(th *vm.Thread, l *Loop, a callArgs) (vm.Value, error) {
		if err := wantArgs("run_until_complete", a, 1, 1); err != nil {
			return nil, err
		}
		return l.RunUntilComplete(th, a.pos[0])
	})
	method(t, "run_forever", asLoop, func(th *vm.Thread, l *Loop, a callArgs) (vm.Value, error) {
		return vm.None, l.RunForever(th)
	})
	method(t, "_run_once", asLoop, func(th *vm.Thread, l *Loop, a callArgs) (vm.Value, error) {
		return vm.None, l.RunOnce(th)
	})
	method(t, "stop", asLoop, func(th *vm.Thread, l *Loop, a callArgs) (vm.Value, error) {
		l.Stop()
		return vm.None, nil
	})
	method(t, "close", asLoop, func(th *vm.Thread, l *Loop, a callArgs) (vm.Value, error) {
		wasOpen := !l.closed
		if err := l.Close(); err != nil || !wasOpen {
			return vm.None, err
		}
		return vm.None, l.reportNeverRetrieved(th)
	})
	method(t, "_take_asyncgens", asLoop, func(th *vm.Thread, l *Loop, a callArgs) (vm.Value, error) {
		out := &vm.List{Items: l.asyncgens}
		l.asyncgens = nil
		return out, nil
	})
	method(t, "is_running", asLoop, func(th *vm.Thread, l *Loop, a callArgs) (vm.Value, error) {
		return vm.Bool(l.running), nil
	})
	method(t, "is_closed", asLoop, func(th *vm.Thread, l *Loop, a callArgs) (vm.Value, error) {
		return vm.Bool(l.closed), nil
	})
	method(t, "get_debug", asLoop, func(th *vm.Thread, l *Loop, a callArgs) (vm.Value, error) {
		return vm.Bool(l.debug), nil
	})
	method(t, "set_debug", asLoop, func(th *vm.Thread, l *Loop, a callArgs) (vm.Value, error) {
		if err := wantArgs("set_debug", a, 1, 1); err != nil {
			return nil, err
		}
		b, err := vm.Truth(th, a.pos[0])
		l.debug = b
		return vm.None, err
	})
	method(t, "set_exception_handler", asLoop, func(th *vm.Thread, l *Loop, a callArgs) (vm.Value, error) {
		if err := wantArgs("set_exception_handler", a, 1, 1); err != nil {
			return nil, err
		}
		h := a.pos[0]
		if h != vm.None && h.Type().Lookup("__call__") == nil {
			r, _ := vm.Repr(th, h)
			return nil, vm.Errorf(vm.TypeErrorType, "A callable object or None is expected, got %s", r)
		}
		l.exceptionHandler = h
		return vm.None, nil
	})
	method(t, "get_exception_handler", asLoop, func(th *vm.Thread, l *Loop, a callArgs) (vm.Value, error) {
		return msgOrNone(l.exceptionHandler), nil
	})
	method(t, "call_exception_handler", asLoop, func(th *vm.Thread, l *Loop, a callArgs) (vm.Value, error) {
		if err := wantArgs("call_exception_handler", a, 1, 1); err != nil {
			return nil, err
		}
		ctx, ok := a.pos[0].(*vm.Dict)
		if !ok {
			return nil, vm.Errorf(vm.TypeErrorType, "context must be a dict")
		}
		return vm.None, l.callExceptionHandlerDict(th, ctx)
	})
	method(t, "default_exception_handler", asLoop, func(th *vm.Thread, l *Loop, a callArgs) (vm.Value, error) {
		if err := wantArgs("default_exception_handler", a, 1, 1); err != nil {
			return nil, err
		}
		if l.state.defaultHandler == nil {
			return vm.None, l.fallbackReport(th, a.pos[0].(*vm.Dict))
		}
		return vm.Call(th, l.state.defaultHandler, []vm.Value{l.outerValue(), a.pos[0]}, nil)
	})
	method(t, "set_task_factory", asLoop, func(th *vm.Thread, l *Loop, a callArgs) (vm.Value, error) {
		if err := wantArgs("set_task_factory", a, 1, 1); err != nil {
			return nil, err
		}
		l.taskFactory = a.pos[0]
		return vm.None, nil
	})
	method(t, "get_task_factory", asLoop, func(th *vm.Thread, l *Loop, a callArgs) (vm.Value, error) {
		return msgOrNone(l.taskFactory), nil
	})
	method(t, "__repr__", asLoop, func(th *vm.Thread, l *Loop, a callArgs) (vm.Value, error) {
		return vm.Str("<" + l.outerValue().Type().Name + " running=" + pyBool(l.running) +
			" closed=" + pyBool(l.closed) + " debug=" + pyBool(l.debug) + ">"), nil
	})
	addGetSet(t, "slow_callback_duration", func(th *vm.Thread, self vm.Value) (vm.Value, error) {
		l, _ := asLoop(self)
		return vm.Float(l.slowCallback), nil
	}, func(th *vm.Thread, self, v vm.Value) error {
		l, _ := asLoop(self)
		f, err := toFloat(th, v)
		l.slowCallback = f
		return err
	})
	addGetSet(t, "_ready_count", func(th *vm.Thread, self vm.Value) (vm.Value, error) {
		l, _ := asLoop(self)
		return vm.Int(l.pendingReady()), nil
	}, nil)
}

func (l *Loop) checkOpen() error {
	if l.closed {
		return vm.Errorf(vm.RuntimeErrorType, "Event loop is closed")
	}
	return nil
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

// toFloat converts an int or float argument to a Go float64.
func toFloat(th *vm.Thread, v vm.Value) (float64, error) {
	switch x := v.(type) {
	case vm.Float:
		return float64(x), nil
	case vm.Int:
		return float64(x), nil
	case vm.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	}
	r, found, err := vm.CallSpecial(th, v, "__float__")
	if err != nil {
		return 0, err
	}
	if f, ok := r.(vm.Float); found && ok {
		return float64(f), nil
	}
	return 0, vm.Errorf(vm.TypeErrorType, "must be real number, not %s", v.Type().Name)
}
