package asyncio

import "github.com/asobiba/asobiba/runtime/vm"

// `await asyncio.sleep(0)` is how programs yield to the loop, often from thousands of tasks
// at once; each call creates a sleep coroutine (a generator and its frame) that only the
// await ever sees. sleep has an await shortcut (vm.SetAwaitShortcut): an immediately
// awaited call with a delay that is an int or a float not above zero gets a sleep0Standin
// instead, which does what sleep's `if delay <= 0:` branch does — yield None once, then
// return result — in one small Go object.
//
// Whatever could see the coroutine gets the real one: cr_await creates it and runs it to
// its `await _sleep0` (Coroutine), and a throw() (a cancelled task) does the same and
// throws into it, so that the traceback shows sleep's frame at that line as before.

// sleep0Standin stands in for the coroutine of an awaited sleep(delay, result) with
// delay <= 0.
type sleep0Standin struct {
	fn            *vm.Function
	delay, result vm.Value
	// coro is the real coroutine once something asked for it; the stand-in then forwards
	// everything to it.
	coro    *vm.Generator
	yielded bool // it has yielded its None
	done    bool // it has returned, raised or been closed
}

var sleep0StandinType = newClass("_Sleep0Standin", "_asyncio", vm.ObjectType)

func (*sleep0Standin) Type() *vm.Type { return sleep0StandinType }

// sleepShortcut is sleep's await shortcut: a stand-in when the delay is an int or a float
// not above zero (the comparison `delay <= 0` then has no side effect), else nil.
func (st *State) sleepShortcut(th *vm.Thread, fn *vm.Function, args []vm.Value) vm.Standin {
	if fn != st.sleepFn || len(args) == 0 || len(args) > 2 {
		return nil
	}
	switch d := args[0].(type) {
	case vm.Int:
		if d > 0 {
			return nil
		}
	case vm.Float:
		if !(d <= 0) { // NaN too
			return nil
		}
	default:
		return nil
	}
	s := &sleep0Standin{fn: fn, delay: args[0], result: vm.None}
	if len(args) == 2 {
		s.result = args[1]
	} else if n := len(fn.Defaults); n > 0 {
		s.result = fn.Defaults[n-1]
	} else {
		return nil
	}
	return s
}

// Send yields None the first time and returns result the second.
func (s *sleep0Standin) Send(th *vm.Thread, v vm.Value) (vm.Value, bool, error) {
	if s.coro != nil {
		return s.coro.Send(th, v)
	}
	if s.done {
		return nil, false, vm.Errorf(vm.RuntimeErrorType, "cannot reuse already awaited coroutine")
	}
	if !s.yielded {
		s.yielded = true
		return vm.None, false, nil
	}
	s.done = true
	r := s.result
	s.delay, s.result = nil, nil
	return r, true, nil
}

// Throw raises exc where sleep waits: in the real coroutine, so that the traceback has its
// frame.
func (s *sleep0Standin) Throw(th *vm.Thread, exc *vm.Exception) (vm.Value, bool, error) {
	g, err := s.Coroutine(th)
	if err != nil {
		return nil, false, err
	}
	return g.Throw(th, exc)
}

// Close closes the real coroutine if there is one; sleep has nothing to clean up.
func (s *sleep0Standin) Close(th *vm.Thread) error {
	if s.coro != nil {
		return s.coro.Close(th)
	}
	s.done = true
	s.delay, s.result = nil, nil
	return nil
}

// Coroutine returns the sleep coroutine the stand-in stands for: created with the same
// arguments and, when the stand-in has yielded, run to its `await _sleep0`.
func (s *sleep0Standin) Coroutine(th *vm.Thread) (*vm.Generator, error) {
	if s.coro != nil {
		return s.coro, nil
	}
	if s.done {
		return nil, vm.Errorf(vm.RuntimeErrorType, "the sleep stand-in has finished")
	}
	c, err := s.fn.Call(th, []vm.Value{s.delay, s.result}, nil)
	if err != nil {
		return nil, err
	}
	g, ok := c.(*vm.Generator)
	if !ok {
		return nil, vm.Errorf(vm.SystemErrorType, "asyncio.sleep did not return a coroutine")
	}
	if s.yielded {
		if _, done, err := g.Send(th, vm.None); err != nil || done {
			if err == nil {
				err = vm.Errorf(vm.SystemErrorType, "asyncio.sleep(0) did not yield")
			}
			return nil, err
		}
	}
	s.coro = g
	s.delay, s.result = nil, nil
	return g, nil
}

// Await is the stand-in's __await__ (GET_AWAITABLE after the call): the stand-in itself.
func (s *sleep0Standin) Await(th *vm.Thread) (vm.Value, error) { return s, nil }

func init() {
	addIterMethods[*sleep0Standin](sleep0StandinType)
	sleep0StandinType.AddMethod("__await__", func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
		return args[0], nil
	})
}
