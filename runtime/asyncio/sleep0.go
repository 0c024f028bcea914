package asyncio

import (
	"github.com/asobiba/asobiba/runtime/vm"
)

// sleep0 is what asyncio.sleep(0) awaits (CPython's tasks.__sleep0): awaiting it yields None
// once, which tells the task to run its next step on the loop's next iteration. It is a Go
// object rather than a Python generator so that a hundred thousand tasks parked in sleep(0)
// do not each keep a generator and its frame.
type sleep0 struct{}

var sleep0Type = newClass("_Sleep0", "_asyncio", vm.ObjectType)

func (sleep0) Type() *vm.Type { return sleep0Type }

// Await is sleep0's __await__: a fresh iterator that yields once (vm.YieldOnce).
func (sleep0) Await(th *vm.Thread) (vm.Value, error) { return &vm.YieldOnce{}, nil }

func init() {
	addIterMethods[*vm.YieldOnce](vm.YieldOnceType)
	sleep0Type.AddMethod("__await__", func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
		return sleep0{}.Await(th)
	})
}

// sleeper is what asyncio.sleep(delay) awaits for a positive delay on a plain loop: it does
// what CPython's sleep does after its `if delay <= 0` — create a future, schedule
// futures._set_result_unless_cancelled(future, result) after delay, await the future and
// cancel the timer however the wait ends — without a Python frame holding the future, the
// handle and the loop while the task sleeps.
type sleeper struct {
	st      *State
	delay   vm.Value
	result  vm.Value
	fut     *Future
	timer   *Handle
	started bool
	// replay is set while a stand-in's sleep coroutine is being made (sleeperStandin): the
	// coroutine's await gets the future the sleeper already yielded, and nothing starts.
	replay bool
}

var sleeperType = newClass("_Sleeper", "_asyncio", vm.ObjectType)

func (*sleeper) Type() *vm.Type { return sleeperType }

// Send starts the sleep (first call) or finishes it (once the task is woken).
func (s *sleeper) Send(th *vm.Thread, v vm.Value) (vm.Value, bool, error) {
	if s.replay {
		s.replay = false
		return s.fut, false, nil
	}
	if !s.started {
		s.started = true
		l := s.st.runningIn(th)
		if l == nil {
			return nil, false, vm.Errorf(vm.RuntimeErrorType, "no running event loop")
		}
		d, err := toFloat(th, s.delay)
		if err != nil {
			return nil, false, err
		}
		if err := l.checkOpen(); err != nil {
			return nil, false, err
		}
		s.fut = NewFuture(l)
		if s.st.Observer != nil {
			if err := s.st.label(th, s.fut, "sleep", s.delay, nil); err != nil {
				return nil, false, err
			}
		}
		s.timer = l.CallAt(l.Time()+d, s.st.sleepCallback, []vm.Value{s.fut, s.result})
		s.fut.blocking = true
		return s.fut, false, nil
	}
	f := s.fut
	if f == nil {
		return vm.None, true, nil
	}
	s.finish()
	if !f.Done() {
		return nil, false, vm.Errorf(vm.RuntimeErrorType, "await wasn't used with future")
	}
	r, err := f.Result()
	if err != nil {
		return nil, false, err
	}
	return r, true, nil
}

// Await is the sleeper's __await__: sleep awaits the sleeper itself.
func (s *sleeper) Await(th *vm.Thread) (vm.Value, error) { return s, nil }

// finish cancels the timer (sleep's `finally: h.cancel()`) and forgets the future.
func (s *sleeper) finish() {
	if s.timer != nil {
		s.timer.Cancel()
	}
	s.fut, s.timer, s.result = nil, nil, nil
}

// Throw raises exc where the sleep waits, cancelling the timer.
func (s *sleeper) Throw(th *vm.Thread, exc *vm.Exception) (vm.Value, bool, error) {
	s.started = true
	s.finish()
	return nil, false, exc
}

// Close cancels the timer.
func (s *sleeper) Close(th *vm.Thread) error {
	s.started = true
	s.finish()
	return nil
}

func init() {
	addIterMethods[*sleeper](sleeperType)
	// sleep awaits the sleeper itself.
	sleeperType.AddMethod("__await__", func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
		return args[0], nil
	})
}

// sleepFuncs are the _asyncio functions behind asyncio.sleep.
func sleepFuncs(st *State) map[string]vm.BuiltinFunc {
	return map[string]vm.BuiltinFunc{
		// _sleep_setup(set_result_unless_cancelled, slow_sleep, sleep) gives the sleeper the
		// callback its timers run and the Python coroutine function that sleeps on loops
		// that are not plain ones, and gives sleep its await shortcut.
		"_sleep_setup": func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
			if len(args) != 3 {
				return nil, vm.Errorf(vm.TypeErrorType, "_sleep_setup(callback, slow_sleep, sleep)")
			}
			fn, ok := args[2].(*vm.Function)
			if !ok {
				return nil, vm.Errorf(vm.TypeErrorType, "_sleep_setup: sleep must be a function")
			}
			st.sleepCallback, st.slowSleep, st.sleepFn, st.sleep0 = args[0], args[1], fn, nil
			for i, name := range sleepGlobalNames {
				v, ok := fn.Globals.GetStr(name)
				if !ok {
					return nil, vm.Errorf(vm.TypeErrorType, "_sleep_setup: sleep's module has no %s", name)
				}
				st.sleepGlobals[i], st.sleepGlobalsAt[i] = v, fn.Globals.StrIndex(name)
			}
			st.sleepGlobalsVer = fn.Globals.Version()
			vm.SetAwaitShortcut(fn, sleepShortcut)
			return vm.None, nil
		},
		// _sleep_for(delay, result) returns what sleep(delay, result) awaits for a positive
		// delay: a sleeper on a plain running loop, else the Python coroutine.
		"_sleep_for": func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
			if len(args) != 2 || st.sleepCallback == nil {
				return nil, vm.Errorf(vm.TypeErrorType, "_sleep_for(delay, result)")
			}
			if s := st.adopt; s != nil {
				// A stand-in's coroutine is being made: it awaits the stand-in's sleeper.
				st.adopt = nil
				return s, nil
			}
			if l := st.runningIn(th); l == nil || l.outerValue() == vm.Value(l) {
				return &sleeper{st: st, delay: args[0], result: args[1]}, nil
			}
			return vm.Call(th, st.slowSleep, args, nil)
		},
	}
}
