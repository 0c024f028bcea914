package asyncio

// Cooperation with the program's other Python threads.
//
// Asobiba runs Python threads (threading, concurrent.futures, run_in_executor) one at a time
// under a scheduler that package pythread (the _thread module) owns: a thread keeps running
// until it blocks. The event loop is one more blocking point. When RunOnce finds no callback
// ready it calls Threads.Idle before it moves the virtual clock or declares a deadlock: the
// other threads then run until every one of them waits, taking no virtual time unless they
// sleep, exactly as the CPython oracle waits for executor work before letting virtual time
// move on. A worker hands its result back with loop.call_soon_threadsafe, which queues the
// callback and wakes the idle loop.
//
// The loop keeps the clock jumps to its own timers (Idle returns when the loop's next timer
// is the earliest thing that can happen), so the timeline still sees them as loop jumps.
// Until a program starts a thread no scheduler is installed and the loop runs alone.

import "github.com/asobiba/asobiba/runtime/vm"

// Threads is how the event loop cooperates with the interpreter's other Python threads.
// Package pythread implements it and installs it with SetThreads when the program first uses
// threads.
type Threads interface {
	// Idle is called on the loop's thread th when no callback is ready. It lets the other
	// threads run until all of them wait, and returns when another thread woke th with Wake,
	// when the loop's next timer (at virtual time deadline, if hasTimer) is the earliest
	// thing that can happen (the loop then jumps the clock there itself), or when nothing
	// can ever wake any thread (the loop then reports its deadlock). An error ends the run
	// (the program was stopped).
	Idle(th *vm.Thread, deadline float64, hasTimer bool) error
	// Wake makes th, waiting in Idle, runnable again. It is a no-op when th is not waiting.
	Wake(th *vm.Thread)
}

// threadHooks is the State's part of the cooperation: the installed scheduler and, per loop,
// the thread waiting in Idle.
type threadHooks struct {
	sched Threads
	idle  map[*Loop]*vm.Thread
}

// SetThreads installs the thread scheduler the loops cooperate with.
func (s *State) SetThreads(t Threads) {
	s.threads.sched = t
}

// waitForThreads lets the other threads run while the loop has nothing ready.
func (l *Loop) waitForThreads(th *vm.Thread) error {
	h := &l.state.threads
	if h.sched == nil {
		return nil
	}
	var deadline float64
	hasTimer := len(l.timers) > 0
	if hasTimer {
		deadline = l.timers[0].when
	}
	if h.idle == nil {
		h.idle = map[*Loop]*vm.Thread{}
	}
	h.idle[l] = th
	err := h.sched.Idle(th, deadline, hasTimer)
	delete(h.idle, l)
	return err
}

// CallSoonThreadsafe is loop.call_soon_threadsafe: it schedules fn like CallSoon and wakes
// the loop when it is waiting for other threads.
func (l *Loop) CallSoonThreadsafe(th *vm.Thread, fn vm.Value, args []vm.Value) *Handle {
	h := l.CallSoon(fn, args)
	if s := l.state.threads.sched; s != nil {
		if idle := l.state.threads.idle[l]; idle != nil && idle != th {
			s.Wake(idle)
		}
	}
	return h
}

// Halt marks a deadlock as an error that ends the run: no except or finally clause of the
// program sees it (vm.Halt).
func (*Deadlock) Halt() {}

func init() {
	method(LoopType, "call_soon_threadsafe", asLoop, func(th *vm.Thread, l *Loop, a callArgs) (vm.Value, error) {
		if err := l.checkOpen(); err != nil {
			return nil, err
		}
		if err := wantArgs("call_soon_threadsafe", a, 1, -1); err != nil {
			return nil, err
		}
		if err := l.checkCallback(th, a.pos[0], "call_soon_threadsafe"); err != nil {
			return nil, err
		}
		h := l.CallSoonThreadsafe(th, a.pos[0], append([]vm.Value(nil), a.pos[1:]...))
		h.createdAt = l.creationSite(th)
		return withContext(th, h, a)
	}, "context")
}
