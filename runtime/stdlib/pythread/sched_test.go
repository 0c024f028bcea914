package pythread

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/asobiba/asobiba/runtime/asyncio"
	"github.com/asobiba/asobiba/runtime/clock"
	"github.com/asobiba/asobiba/runtime/vm"
)

// newSched makes an interpreter with a virtual clock and its scheduler; the test's goroutine
// is the main thread.
func newSched(t *testing.T) (*Scheduler, *vm.Thread) {
	t.Helper()
	in := &vm.Interp{Clock: &clock.Virtual{}, Modules: vm.NewDict()}
	main := &vm.Thread{Interp: in, Name: "MainThread"}
	s := Of(main)
	t.Cleanup(func() { Close(in) })
	return s, main
}

// logger records events with the virtual time at which they happened.
type logger struct {
	s   *Scheduler
	out []string
}

func (l *logger) add(format string, a ...any) {
	l.out = append(l.out, fmt.Sprintf("%g ", l.s.clock.Now())+fmt.Sprintf(format, a...))
}

func (l *logger) want(t *testing.T, want ...string) {
	t.Helper()
	if got := strings.Join(l.out, "\n"); got != strings.Join(want, "\n") {
		t.Errorf("events:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
}

// TestRunUntilBlock checks the baton: a started thread runs only when the running thread
// blocks, runs until it blocks in its turn, and runnable threads go in FIFO order.
func TestRunUntilBlock(t *testing.T) {
	s, main := newSched(t)
	log := &logger{s: s}
	gate := s.NewLock()
	gate.acquire(s.current(main), true, -1)
	for i := 0; i < 3; i++ {
		s.Start(main, fmt.Sprintf("T%d", i), func(th *vm.Thread) error {
			log.add("%s starts", th.Name)
			if _, err := gate.acquire(s.current(th), true, -1); err != nil {
				return err
			}
			log.add("%s has the gate", th.Name)
			gate.release()
			return nil
		})
	}
	log.add("main started three")
	done := s.NewLock()
	done.acquire(s.current(main), true, -1)
	s.Start(main, "closer", func(th *vm.Thread) error {
		gate.release()
		log.add("closer released the gate")
		done.release()
		return nil
	})
	if _, err := done.acquire(s.current(main), true, -1); err != nil {
		t.Fatal(err)
	}
	log.add("main done")
	// T0, woken by the closer before main, ran first; T1 and T2 run when main blocks again.
	if _, err := done.acquire(s.current(main), true, 1); err != nil {
		t.Fatal(err)
	}
	log.want(t,
		"0 main started three",
		"0 T0 starts", "0 T1 starts", "0 T2 starts",
		"0 closer released the gate",
		"0 T0 has the gate",
		"0 main done",
		"0 T1 has the gate", "0 T2 has the gate")
	if now := s.clock.Now(); now != 1 {
		t.Errorf("clock %g after the timed-out acquire, want 1", now)
	}
}

// TestTimeoutsMoveTheClock checks that when every thread waits, the clock jumps to the
// earliest deadline and wakes that thread first.
func TestTimeoutsMoveTheClock(t *testing.T) {
	s, main := newSched(t)
	log := &logger{s: s}
	never := s.NewLock()
	never.acquire(s.current(main), true, -1)
	for _, d := range []float64{3, 1, 2} {
		d := d
		s.Start(main, fmt.Sprintf("wait%g", d), func(th *vm.Thread) error {
			ok, err := never.acquire(s.current(th), true, d)
			log.add("%s: got=%v", th.Name, ok)
			return err
		})
	}
	ok, err := never.acquire(s.current(main), true, 5)
	log.add("main: got=%v err=%v", ok, err)
	log.want(t, "1 wait1: got=false", "2 wait2: got=false", "3 wait3: got=false",
		"5 main: got=false err=<nil>")
}

// TestDeadlock checks that when every thread waits without a timeout, the main thread's
// blocking call returns an *asyncio.Deadlock naming the waiting threads.
func TestDeadlock(t *testing.T) {
	s, main := newSched(t)
	a, b := s.NewLock(), s.NewLock()
	a.acquire(s.current(main), true, -1)
	s.Start(main, "stuck", func(th *vm.Thread) error {
		b.acquire(s.current(th), true, -1)
		_, err := a.acquire(s.current(th), true, -1)
		return err
	})
	s.yield(s.current(main)) // stuck takes b and waits for a
	_, err := b.acquire(s.current(main), true, -1)
	var d *asyncio.Deadlock
	if !errors.As(err, &d) {
		t.Fatalf("got %v, want a deadlock", err)
	}
	if !strings.Contains(d.Report, "stuck waits for a lock") || !strings.Contains(d.Report, "MainThread waits for a lock") {
		t.Errorf("report does not name the threads:\n%s", d.Report)
	}
	if _, ok := err.(vm.Halt); !ok {
		t.Errorf("a deadlock must end the run (vm.Halt)")
	}
}

// TestStopReachesMain checks that a thread stopped by the step budget (or Cancel) stops the
// run: the main thread's blocking call returns the same *vm.Stopped.
func TestStopReachesMain(t *testing.T) {
	s, main := newSched(t)
	stop := &vm.Stopped{Budget: true}
	never := s.NewLock()
	never.acquire(s.current(main), true, -1)
	s.Start(main, "budget", func(th *vm.Thread) error { return stop })
	if _, err := never.acquire(s.current(main), true, -1); err != stop {
		t.Fatalf("got %v, want the worker's stop", err)
	}
}

// TestPanicBecomesInternalError checks that a Go panic on a thread's goroutine is turned
// into an *InternalError for the main thread instead of crashing the host.
func TestPanicBecomesInternalError(t *testing.T) {
	s, main := newSched(t)
	never := s.NewLock()
	never.acquire(s.current(main), true, -1)
	s.Start(main, "bug", func(th *vm.Thread) error { panic("boom") })
	_, err := never.acquire(s.current(main), true, -1)
	var ie *InternalError
	if !errors.As(err, &ie) || !strings.Contains(ie.Msg, "boom") {
		t.Fatalf("got %v, want an internal error", err)
	}
}

// TestSleep checks the oracle's model: a sleep advances the clock at once without switching,
// unless it carries the clock past another thread's timeout.
func TestSleep(t *testing.T) {
	s, main := newSched(t)
	log := &logger{s: s}
	never := s.NewLock()
	never.acquire(s.current(main), true, -1)
	s.Start(main, "timed", func(th *vm.Thread) error {
		_, err := never.acquire(s.current(th), true, 1.5)
		log.add("timed out")
		return err
	})
	s.Start(main, "ready", func(th *vm.Thread) error {
		log.add("ready runs")
		return nil
	})
	s.yield(s.current(main)) // timed waits until 1.5, ready runs and ends
	for i := 0; i < 3; i++ {
		if err := s.Sleep(main, 1); err != nil {
			t.Fatal(err)
		}
		log.add("main slept")
	}
	log.want(t, "0 ready runs", "1 main slept", "2 timed out", "2 main slept", "3 main slept")
}

// TestParallelSleep checks the opt-in model where only the sleeping thread waits.
func TestParallelSleep(t *testing.T) {
	s, main := newSched(t)
	s.ParallelSleep = true
	log := &logger{s: s}
	done := s.NewLock()
	done.acquire(s.current(main), true, -1)
	s.Start(main, "sleeper", func(th *vm.Thread) error {
		err := s.Sleep(th, 2)
		log.add("sleeper woke")
		done.release()
		return err
	})
	if err := s.Sleep(main, 1); err != nil {
		t.Fatal(err)
	}
	log.add("main woke")
	if _, err := done.acquire(s.current(main), true, -1); err != nil {
		t.Fatal(err)
	}
	log.want(t, "1 main woke", "2 sleeper woke")
}

// TestCloseEndsGoroutines checks that no goroutine outlives Close.
func TestCloseEndsGoroutines(t *testing.T) {
	before := runtime.NumGoroutine()
	in := &vm.Interp{Clock: &clock.Virtual{}, Modules: vm.NewDict()}
	main := &vm.Thread{Interp: in, Name: "MainThread"}
	s := Of(main)
	never := s.NewLock()
	never.acquire(s.current(main), true, -1)
	for i := 0; i < 5; i++ {
		s.Start(main, "parked", func(th *vm.Thread) error {
			_, err := never.acquire(s.current(th), true, -1)
			if _, ok := err.(*vm.Stopped); !ok {
				t.Errorf("a parked thread was resumed with %v, want a stop", err)
			}
			return err
		})
	}
	s.yield(s.current(main)) // the parked ones block
	s.Start(main, "never started", func(th *vm.Thread) error {
		t.Error("a thread that never got the baton must not run")
		return nil
	})
	Close(in)
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines after Close, %d before", n, before)
	}
}
