// Package pythread implements Python's _thread module on a deterministic scheduler, the
// foundation of threading, queue, concurrent.futures and multiprocessing in Asobiba.
//
// # The scheduling model
//
// Every Python thread is a *vm.Thread running on its own goroutine, but a baton makes sure
// that exactly one of them runs Python code at any moment, like CPython's GIL. Unlike the
// GIL, the baton only changes hands at well-defined points, so every run of a program
// interleaves its threads in the same way:
//
//   - A thread keeps the baton until it blocks: acquiring a lock that is held (and so
//     waiting on a Condition, an Event, a Semaphore, a Queue, a Future's result, a join or
//     an executor's shutdown), or the event loop having nothing to do (asyncio.Threads).
//     Starting a thread does not switch by itself; threading's Thread.start waits until the
//     new thread has started, as CPython's does, so the new thread runs first.
//   - Runnable threads take the baton in the order they became runnable (FIFO).
//   - time.sleep advances the single global virtual clock at once, whichever thread calls
//     it (the oracle's model: the caller is blocked and nothing else runs meanwhile). It is
//     not a switch point for short threads: under the oracle a thread that sleeps keeps the
//     GIL, so threads started one after the other print their lines one thread after the
//     other. It becomes one when the thread has run for a whole switch interval
//     (switchSteps instructions, standing for CPython's 5 ms), or when the sleep carried the
//     clock past another thread's timeout; a loop polling with time.sleep therefore still
//     lets the others in. An event loop whose timer came due meanwhile waits: as in the
//     oracle, the loop lets executor work finish before its virtual time moves on.
//   - Releasing a lock or setting an event makes the waiters runnable but does not switch.
//   - When no thread can run, the virtual clock jumps to the earliest timeout of a waiting
//     thread (Event.wait(5), join(timeout), threading.Timer, Queue.get(timeout=...)) and
//     wakes it. The event loop's timers take part: the loop waits with its next timer as
//     its timeout, and jumps to it itself.
//   - When no thread can run and none has a timeout, the program would wait forever: the
//     main thread's blocking call returns an *asyncio.Deadlock, which ends the run as the
//     event loop's own deadlock does (the oracle stops such a program with status 0).
//
// Divergence from the oracle: CPython's threading keeps real clocks under the oracle, so a
// timed wait there takes no virtual time; here it takes the virtual time it waits.
//
// Scheduler.ParallelSleep (Python: _thread._parallel_sleep(True)) is an opt-in alternative
// for time.sleep in which only the sleeping thread waits and the clock moves when every
// thread waits, as on a real machine.
//
// # Hooks
//
// The scheduler is created by the first import of _thread (threading, queue,
// concurrent.futures, ...) and stored in Interp.Ext. It then installs itself where the rest
// of the runtime looks for it: as time.sleep's pytime.Sleeper, and as the asyncio.Threads
// that an idle event loop consults; a recording timeline's Observer, when installed, is
// told about every thread's life (observe.go). The engine calls Shutdown when the main
// thread's code is done (threading._shutdown: wait for the non-daemon threads) and Close at
// the end of the run:
// a thread still parked then is unwound with a *vm.Stopped (no except or finally clause
// runs), so no goroutine outlives its run. A thread stopped by the step budget or Cancel, or a
// Go panic on a thread's goroutine (*InternalError), ends the run through the main thread.
package pythread

import (
	"sort"
	"strings"

	"github.com/asobiba/asobiba/runtime/asyncio"
	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
	"github.com/asobiba/asobiba/runtime/stdlib/pytime"
	"github.com/asobiba/asobiba/runtime/vm"
)

// switchSteps is the switch interval in instructions: how long a thread runs before a
// time.sleep lets the other runnable threads have a turn. It stands for CPython's 5 ms
// (sys.getswitchinterval()), a few hundred thousand bytecodes.
const switchSteps = 200_000

// state is where a thread is in its life.
type state uint8

const (
	stateReady   state = iota // runnable, waiting for the baton
	stateRunning              // holding the baton
	stateBlocked              // waiting for another thread or a timeout
	stateDone                 // finished
)

// wakeReason says why a blocked thread runs again.
type wakeReason uint8

const (
	wokeNormally wakeReason = iota // another thread woke it
	wokeTimeout                    // its deadline came
	wokeDeadlock                   // nothing can ever wake anything: the run is over
	wokeStop                       // the run was stopped, or it is over: unwind
)

// T is one Python thread known to the scheduler.
type T struct {
	th    *vm.Thread
	ident int64
	// turn receives a value when the thread is given the baton.
	turn  chan struct{}
	state state
	// deadline is the virtual time at which a blocked thread times out, when timed.
	deadline float64
	timed    bool
	// loopIdle marks an event loop waiting for its next timer: the scheduler wakes it at its
	// deadline without moving the clock, and the loop jumps there itself.
	loopIdle bool
	// inIdle marks an event loop waiting in Idle, which only asyncio's Wake may end.
	inIdle bool
	// seq orders threads that block with equal deadlines.
	seq    uint64
	reason wakeReason
	// sliceStart is the thread's step count when it last took the baton.
	sliceStart int64
	// finished is closed when the goroutine of a started thread has returned.
	finished chan struct{}
	// waitingOn describes what a blocked thread waits for, for deadlock reports.
	waitingOn string
	// sentinels are the locks released when the thread ends (_thread._set_sentinel).
	sentinels []*Lock
}

// Scheduler runs the Python threads of one interpreter one at a time.
type Scheduler struct {
	in    *vm.Interp
	clock vm.Clock
	cur   *T
	main  *T
	ready []*T
	// threads are the threads not finished yet, main first, then in start order.
	threads  []*T
	byThread map[*vm.Thread]*T
	// nextIdent numbers threads for get_ident.
	nextIdent int64
	seq       uint64
	// stopErr, once set, is what every blocking call returns: the run is over.
	stopErr error
	// closing is set by Close: finishing threads then hand the baton to nobody.
	closing bool
	// deadlock is the report of the deadlock that woke the main thread.
	deadlock string
	// obs, when set, is told about the threads' lives (observe.go).
	obs Observer
	// ParallelSleep switches time.sleep from the oracle's model (the global clock advances
	// at once, whichever thread sleeps) to one where only the sleeping thread waits while
	// the others run, and the clock moves when every thread waits: five threads that each
	// sleep one second then take one virtual second, not five. Off by default, so that
	// programs print what the oracle prints; _thread._parallel_sleep(True) turns it on.
	ParallelSleep bool
}

type schedKey struct{}

// mainIdent is the ident of the main thread; the other threads count up from it.
const mainIdent = 139_000_000_000_001

// Of returns the interpreter's scheduler, creating it on first use with th, which must then
// be the only thread of the program, as its main thread. Creating it installs the hooks of
// time.sleep and of the asyncio loops.
func Of(th *vm.Thread) *Scheduler {
	in := th.Interp
	if in.Ext == nil {
		in.Ext = map[any]any{}
	}
	if s, ok := in.Ext[schedKey{}].(*Scheduler); ok {
		return s
	}
	s := &Scheduler{in: in, clock: in.Clock, byThread: map[*vm.Thread]*T{}, nextIdent: mainIdent}
	s.main = s.newT(th)
	s.main.state = stateRunning
	s.cur = s.main
	s.obs = observer(in)
	in.Ext[schedKey{}] = s
	in.Ext[pytime.SleeperKey{}] = s
	asyncio.StateOf(in).SetThreads(s)
	return s
}

// existing returns the interpreter's scheduler, or nil when the program never used threads.
func existing(in *vm.Interp) *Scheduler {
	s, _ := in.Ext[schedKey{}].(*Scheduler)
	return s
}

func (s *Scheduler) newT(th *vm.Thread) *T {
	t := &T{th: th, ident: s.nextIdent, turn: make(chan struct{}, 1)}
	s.nextIdent++
	s.threads = append(s.threads, t)
	s.byThread[th] = t
	return t
}

// current returns the scheduler's record of th (the thread holding the baton).
func (s *Scheduler) current(th *vm.Thread) *T {
	if t := s.byThread[th]; t != nil {
		return t
	}
	return s.cur
}

// Ident returns get_ident() for th.
func (s *Scheduler) Ident(th *vm.Thread) int64 { return s.current(th).ident }

// Start makes a new thread that runs body on its own goroutine once it gets the baton. The
// thread is runnable at once but the caller keeps running. body's error decides nothing:
// body reports what it must itself. Start returns the new thread's ident.
func (s *Scheduler) Start(parent *vm.Thread, name string, body func(th *vm.Thread) error) int64 {
	t := s.newT(parent.NewThread(name))
	if s.obs != nil {
		s.obs.ThreadStarted(parent, t.th, name)
	}
	t.finished = make(chan struct{})
	t.state = stateReady
	s.ready = append(s.ready, t)
	go s.run(t, body)
	return t.ident
}

// run is the goroutine of a started thread.
func (s *Scheduler) run(t *T, body func(th *vm.Thread) error) {
	defer close(t.finished)
	<-t.turn
	if t.reason != wokeStop {
		t.sliceStart = t.th.StepCount()
		err := s.guard(t, body)
		if s.obs != nil {
			s.obs.ThreadEnded(t.th)
		}
		switch err.(type) {
		case *vm.Stopped, *InternalError:
			// The budget ran out, the host cancelled or the runtime failed: the whole run
			// stops.
			if s.stopErr == nil {
				s.stopErr = err
			}
		}
	}
	if !s.closing {
		// The thread is over: whoever joins it may go on (_thread._set_sentinel).
		for _, l := range t.sentinels {
			if l.locked {
				l.release()
			}
		}
	}
	t.state = stateDone
	s.remove(t)
	if s.closing {
		return
	}
	if s.stopErr != nil && s.main.state != stateRunning {
		s.wakeWith(s.main, wokeStop)
	}
	n := s.pick()
	if n == nil {
		n = s.deadlocked()
	}
	s.give(n)
}

// remove forgets a finished thread.
func (s *Scheduler) remove(t *T) {
	for i, u := range s.threads {
		if u == t {
			s.threads = append(s.threads[:i], s.threads[i+1:]...)
			break
		}
	}
	delete(s.byThread, t.th)
}

// give hands the baton to n.
func (s *Scheduler) give(n *T) {
	n.state = stateRunning
	n.sliceStart = n.th.StepCount()
	s.cur = n
	if s.obs != nil {
		s.obs.ThreadRunning(n.th)
	}
	n.turn <- struct{}{}
}

// pick removes and returns the next thread to run. When none is runnable it moves the
// virtual clock to the earliest deadline and wakes the threads whose deadline has come. It
// returns nil when no thread is runnable and none has a deadline.
func (s *Scheduler) pick() *T {
	for {
		if len(s.ready) > 0 {
			n := s.ready[0]
			s.ready[0] = nil
			s.ready = s.ready[1:]
			return n
		}
		first := s.earliest()
		if first == nil {
			return nil
		}
		if first.loopIdle {
			// The loop moves the clock to its timer itself.
			s.wakeWith(first, wokeTimeout)
			continue
		}
		s.clock.JumpTo(first.deadline)
		s.wakeExpired(true)
	}
}

// earliest returns the blocked thread with the earliest deadline (ties in blocking order).
func (s *Scheduler) earliest() *T {
	var first *T
	for _, t := range s.threads {
		if t.state != stateBlocked || !t.timed {
			continue
		}
		if first == nil || t.deadline < first.deadline || (t.deadline == first.deadline && t.seq < first.seq) {
			first = t
		}
	}
	return first
}

// wakeExpired wakes, in deadline order, every blocked thread whose deadline has come, and
// an idle event loop whose next timer is due if withLoop. It reports whether it woke one.
func (s *Scheduler) wakeExpired(withLoop bool) bool {
	now := s.clock.Now()
	var due []*T
	for _, t := range s.threads {
		if t.state == stateBlocked && t.timed && t.deadline <= now && (withLoop || !t.loopIdle) {
			due = append(due, t)
		}
	}
	sort.Slice(due, func(i, j int) bool {
		if due[i].deadline != due[j].deadline {
			return due[i].deadline < due[j].deadline
		}
		return due[i].seq < due[j].seq
	})
	for _, t := range due {
		s.wakeWith(t, wokeTimeout)
	}
	return len(due) > 0
}

// wake makes a blocked thread runnable (a lock it waits for was released, ...).
func (s *Scheduler) wake(t *T) { s.wakeWith(t, wokeNormally) }

func (s *Scheduler) wakeWith(t *T, r wakeReason) {
	if t.state != stateBlocked {
		return
	}
	t.state = stateReady
	t.timed = false
	t.reason = r
	if r == wokeStop || r == wokeDeadlock {
		// The run is over: the main thread goes first.
		s.ready = append([]*T{t}, s.ready...)
		return
	}
	s.ready = append(s.ready, t)
}

// deadlocked is called when no thread can run and none has a deadline: the main thread,
// necessarily blocked, is woken to end the run.
func (s *Scheduler) deadlocked() *T {
	s.deadlock = s.deadlockReport()
	s.wakeWith(s.main, wokeDeadlock)
	return s.pick()
}

// Block parks the running thread t until another thread wakes it or, when timeout >= 0,
// until timeout virtual seconds have passed. waitingOn describes what it waits for (for
// deadlock reports). It returns why the thread runs again.
func (s *Scheduler) Block(t *T, timeout float64, waitingOn string) wakeReason {
	if timeout < 0 {
		return s.blockUntil(t, 0, false, waitingOn)
	}
	return s.blockUntil(t, s.clock.Now()+timeout, true, waitingOn)
}

// blockUntil is Block with an absolute deadline.
func (s *Scheduler) blockUntil(t *T, deadline float64, timed bool, waitingOn string) wakeReason {
	if s.stopErr != nil {
		return wokeStop
	}
	t.state = stateBlocked
	t.deadline, t.timed = deadline, timed
	t.seq = s.seq
	s.seq++
	t.reason = wokeNormally
	t.waitingOn = waitingOn
	s.reportWaiting(t, waitingOn)
	s.switchFrom(t)
	t.waitingOn = ""
	if s.stopErr != nil && t.reason != wokeDeadlock {
		return wokeStop
	}
	return t.reason
}

// switchFrom gives the baton to the next runnable thread and waits until t has it again. t
// is the running thread and has already put itself in the ready queue or blocked.
func (s *Scheduler) switchFrom(t *T) {
	n := s.pick()
	if n == nil {
		n = s.deadlocked()
	}
	if n == t {
		t.state = stateRunning
		s.cur = t
		if s.obs != nil {
			s.obs.ThreadRunning(t.th)
		}
		return
	}
	s.give(n)
	<-t.turn
}

// yield lets the other runnable threads run; t runs again after them.
func (s *Scheduler) yield(t *T) {
	t.state = stateReady
	s.ready = append(s.ready, t)
	s.reportWaiting(t, "")
	s.switchFrom(t)
}

// Sleep implements pytime.Sleeper. Under the oracle's model it advances the global clock by
// secs at once and keeps the baton, unless the sleep carried the clock past another thread's
// timeout (not an idle event loop's timer) or the thread has run for a whole switch
// interval: then the runnable threads run first. With ParallelSleep the sleeping thread alone waits, like a real blocking call.
func (s *Scheduler) Sleep(th *vm.Thread, secs float64) error {
	t := s.current(th)
	if s.ParallelSleep && len(s.threads) > 1 {
		deadline := s.clock.Now() + secs
		for {
			r := s.blockUntil(t, deadline, true, "time.sleep")
			if r == wokeTimeout || r == wokeNormally && s.clock.Now() >= deadline {
				return nil
			}
			if err := s.errorFor(r); err != nil {
				return err
			}
		}
	}
	s.clock.Advance(secs)
	// An event loop waiting for this thread does not take the baton back because its timer
	// is due: as in the oracle, the loop waits for executor work before time moves on.
	woke := s.wakeExpired(false)
	if len(s.ready) == 0 || (!woke && th.StepCount()-t.sliceStart < switchSteps) {
		return nil
	}
	s.yield(t)
	return s.stopErr
}

// Idle implements asyncio.Threads.
func (s *Scheduler) Idle(th *vm.Thread, deadline float64, hasTimer bool) error {
	t := s.current(th)
	if len(s.threads) == 1 {
		return nil // nobody else could run or wake the loop
	}
	t.loopIdle, t.inIdle = hasTimer, true
	r := s.blockUntil(t, deadline, hasTimer, idleLoop)
	t.loopIdle, t.inIdle = false, false
	if r == wokeStop {
		return s.stopErr
	}
	return nil
}

// Wake implements asyncio.Threads.
func (s *Scheduler) Wake(th *vm.Thread) {
	if t := s.byThread[th]; t != nil && t.inIdle {
		s.wake(t)
	}
}

// errorFor is the error a blocking call returns when it was woken by r, or nil.
func (s *Scheduler) errorFor(r wakeReason) error {
	switch r {
	case wokeDeadlock:
		return &asyncio.Deadlock{Report: s.deadlock}
	case wokeStop:
		return s.stopErr
	}
	return nil
}

// deadlockReport names every thread and what it waits for.
func (s *Scheduler) deadlockReport() string {
	var b strings.Builder
	b.WriteString("every thread is waiting and nothing can wake them (no timeout is pending)")
	for _, t := range s.threads {
		b.WriteString(msgfmt.Sprintf("\n  %s", t.th.Name))
		if t.waitingOn != "" {
			b.WriteString(msgfmt.Sprintf(" waits for %s", t.waitingOn))
		}
		if f := t.th.CurrentFrame(); f != nil {
			b.WriteString(msgfmt.Sprintf(" at %s:%d", f.Code.Filename, f.Line()))
		}
	}
	return b.String()
}
