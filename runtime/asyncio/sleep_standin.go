package asyncio

import "github.com/asobiba/asobiba/runtime/vm"

// `await asyncio.sleep(0)` is how programs yield to the loop, often from thousands of tasks
// at once; each call creates a sleep coroutine (a generator and its frame) that only the
// await ever sees. sleep has an await shortcut (vm.SetAwaitShortcut): an immediately
// awaited call with a delay that is an int or a float not above zero gets a stand-in
// instead, which does what sleep's `if delay <= 0:` branch does — yield None once, then
// return result — with no Python frame.
//
// A stand-in is a pair of values: the one the call puts on the stack, which yields None and
// is replaced by its second, which returns result. Neither ever changes, so the pair for
// sleep(0) returning None is made once per interpreter and an awaited sleep(0) allocates
// nothing. Whatever could see the coroutine gets the real one (vm.Standin.Coroutine): cr_await
// creates it and runs it to its `await _sleep0`, and so does a throw() (a cancelled task),
// which is then raised there, so that the traceback shows sleep's frame at that line.

// sleep0Standin stands in for the coroutine of an awaited sleep(delay, result) with
// delay <= 0, before its yield (then stands for the one after, else nil).
type sleep0Standin struct {
	fn            *vm.Function
	delay, result vm.Value
	then          *sleep0Standin
}

// sleep0Pair is the two stand-ins of one await: before and after the yield.
type sleep0Pair [2]sleep0Standin

// newSleep0Pair makes the stand-ins of sleep(delay, result) and returns the first.
func newSleep0Pair(fn *vm.Function, delay, result vm.Value) *sleep0Standin {
	p := &sleep0Pair{{fn: fn, delay: delay, result: result}, {fn: fn, delay: delay, result: result}}
	p[0].then = &p[1]
	return &p[0]
}

var sleep0StandinType = newClass("_Sleep0Standin", "_asyncio", vm.ObjectType)

func (*sleep0Standin) Type() *vm.Type { return sleep0StandinType }

// sleepShortcut is sleep's await shortcut: a stand-in when the delay is an int or a float
// other than NaN (the comparison `delay <= 0` then runs no Python code), else nil. It finds
// the run's State through the thread rather than keeping one: the code object that holds
// the shortcut may serve the next run (vm.CodeCache), which must not keep this one's alive.
func sleepShortcut(th *vm.Thread, fn *vm.Function, args []vm.Value) vm.Standin {
	st := StateOf(th.Interp)
	if fn != st.sleepFn || len(args) == 0 || len(args) > 2 || !st.sleepGlobal(0) {
		return nil
	}
	var positive bool
	switch d := args[0].(type) {
	case vm.Int:
		positive = d > 0
	case vm.Float:
		if d != d { // NaN: neither branch of sleep is sure to be this simple
			return nil
		}
		positive = d > 0
	default:
		return nil
	}
	result := vm.Value(vm.None)
	if len(args) == 2 {
		result = args[1]
	} else if n := len(fn.Defaults); n > 0 {
		result = fn.Defaults[n-1]
	} else {
		return nil
	}
	if positive {
		if !st.sleepGlobal(1) {
			return nil
		}
		return st.positiveSleep(th, fn, args[0], result)
	}
	if d, ok := args[0].(vm.Int); ok && d == 0 && result == vm.None {
		if st.sleep0 == nil {
			st.sleep0 = newSleep0Pair(fn, args[0], result)
		}
		return st.sleep0
	}
	return newSleep0Pair(fn, args[0], result)
}

// sleepGlobalNames are the globals of sleep that the stand-ins do the work of.
var sleepGlobalNames = [2]string{"_sleep0", "_sleep_for"}

// sleepGlobal reports whether sleep's global sleepGlobalNames[i] still holds what it held
// when sleep got its shortcut: a program that replaces asyncio.tasks._sleep0 or _sleep_for
// changes what sleep does, and then gets the real coroutine. The entries' positions are
// kept while the globals' keys stay the same, so that the check hashes no string.
func (st *State) sleepGlobal(i int) bool {
	d := st.sleepFn.Globals
	if ver := d.Version(); ver != st.sleepGlobalsVer {
		for j, name := range sleepGlobalNames {
			st.sleepGlobalsAt[j] = d.StrIndex(name)
		}
		st.sleepGlobalsVer = ver
	}
	at := st.sleepGlobalsAt[i]
	return at >= 0 && d.ValueAt(at) == st.sleepGlobals[i]
}

// Step yields None and hands over to the second stand-in, which returns result.
func (s *sleep0Standin) Step(th *vm.Thread, v vm.Value) (vm.Value, vm.Value, bool, error) {
	if s.then != nil {
		return vm.None, s.then, false, nil
	}
	return s.result, nil, true, nil
}

// Close does what closing sleep's coroutine does: nothing that shows.
func (s *sleep0Standin) Close(th *vm.Thread) error { return nil }

// Coroutine creates the sleep coroutine with the same arguments and, for the second
// stand-in, runs it to its `await _sleep0`.
func (s *sleep0Standin) Coroutine(th *vm.Thread) (*vm.Generator, error) {
	g, err := sleepCoroutine(th, s.fn, s.delay, s.result)
	if err != nil {
		return nil, err
	}
	if s.then == nil {
		if _, done, err := g.Send(th, vm.None); err != nil || done {
			if err == nil {
				err = vm.Errorf(vm.SystemErrorType, "asyncio.sleep(0) did not yield")
			}
			return nil, err
		}
	}
	return g, nil
}

// Await is the stand-in's __await__ (the GET_AWAITABLE after the call): the stand-in.
func (s *sleep0Standin) Await(th *vm.Thread) (vm.Value, error) { return s, nil }

// sleeperStandin stands in for the coroutine of an awaited sleep(delay, result) with a
// positive delay on a plain running loop: that coroutine only awaits the sleeper
// _sleep_for returns, so the stand-in is that sleeper. When the sleep ends in an error (the
// task was cancelled) or something asks for the coroutine, the real one is made around the
// same sleeper, so that the error passes through sleep's frame as before.
type sleeperStandin struct {
	sleeper
	fn *vm.Function
}

var sleeperStandinType = newClass("_SleeperStandin", "_asyncio", vm.ObjectType)

func (*sleeperStandin) Type() *vm.Type { return sleeperStandinType }

// positiveSleep returns the stand-in of sleep(delay, result) for a positive delay, or nil
// when the sleep would not simply wait for the sleeper on a plain open loop.
func (st *State) positiveSleep(th *vm.Thread, fn *vm.Function, delay, result vm.Value) vm.Standin {
	l := st.runningIn(th)
	if l == nil || l.outerValue() != vm.Value(l) || l.closed || st.adopt != nil {
		return nil
	}
	return &sleeperStandin{sleeper: sleeper{st: st, delay: delay, result: result}, fn: fn}
}

// Step starts the sleep, then ends it with result once the task is woken; an ending that
// raises goes through the real coroutine.
func (s *sleeperStandin) Step(th *vm.Thread, v vm.Value) (vm.Value, vm.Value, bool, error) {
	if f := s.fut; s.started && f != nil && (!f.Done() || f.Cancelled() || f.exc != nil) {
		g, err := s.Coroutine(th)
		if err != nil {
			return nil, nil, false, err
		}
		r, done, err := g.Send(th, v)
		return r, g, done, err
	}
	r, done, err := s.sleeper.Send(th, v)
	return r, nil, done, err
}

// Close cancels the timer, as closing sleep's coroutine does.
func (s *sleeperStandin) Close(th *vm.Thread) error { return s.sleeper.Close(th) }

// Coroutine makes sleep's coroutine and, once the sleep has started, runs it to its
// `return await future`, where it awaits the stand-in's sleeper.
func (s *sleeperStandin) Coroutine(th *vm.Thread) (*vm.Generator, error) {
	if s.started && s.fut == nil {
		return nil, vm.Errorf(vm.RuntimeErrorType, "the sleep stand-in has finished")
	}
	g, err := sleepCoroutine(th, s.fn, s.delay, s.result)
	if err != nil {
		return nil, err
	}
	if s.started {
		st := s.st
		st.adopt, s.replay = &s.sleeper, true
		_, done, err := g.Send(th, vm.None)
		adopted := st.adopt == nil && !s.replay
		st.adopt, s.replay = nil, false
		if err == nil && (done || !adopted) {
			err = vm.Errorf(vm.SystemErrorType, "asyncio.sleep did not await its sleeper")
		}
		if err != nil {
			return nil, err
		}
	}
	return g, nil
}

// Await is the stand-in's __await__ (the GET_AWAITABLE after the call): the stand-in.
func (s *sleeperStandin) Await(th *vm.Thread) (vm.Value, error) { return s, nil }

// sleepCoroutine calls sleep, fn, as the stand-in's await would have, and returns the
// coroutine it makes.
func sleepCoroutine(th *vm.Thread, fn *vm.Function, delay, result vm.Value) (*vm.Generator, error) {
	c, err := fn.Call(th, []vm.Value{delay, result}, nil)
	if err != nil {
		return nil, err
	}
	g, ok := c.(*vm.Generator)
	if !ok {
		return nil, vm.Errorf(vm.SystemErrorType, "asyncio.sleep did not return a coroutine")
	}
	return g, nil
}
