package pythread

import (
	"runtime/debug"

	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
	"github.com/asobiba/asobiba/runtime/vm"
)

// InternalError is a Go panic inside a thread other than the main one. It ends the run: the
// main thread's next blocking call returns it, and no Python handler sees it (vm.Halt); the
// engine reports it as an internal error.
type InternalError struct {
	// Msg is the panic value and the goroutine's stack.
	Msg string
}

func (e *InternalError) Error() string { return e.Msg }

// Halt marks the error as one that ends the run.
func (*InternalError) Halt() {}

// guard runs body on t's thread, turning a Go panic into an *InternalError.
func (s *Scheduler) guard(t *T, body func(th *vm.Thread) error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &InternalError{Msg: msgfmt.Sprintf("panic in thread %s: %v\n%s", t.th.Name, r, debug.Stack())}
		}
	}()
	return body(t.th)
}

// Shutdown is what CPython does as the main thread ends: it waits for every thread that is
// not a daemon (threading._shutdown), letting them run. th is the main thread. The error is a
// deadlock (those threads wait forever), a stop, or an exception raised by the waiting.
func Shutdown(th *vm.Thread) error {
	s := existing(th.Interp)
	if s == nil {
		return nil
	}
	mod, ok := th.Interp.Modules.GetStr("threading")
	if !ok {
		return nil
	}
	fn, err := vm.GetAttr(th, mod, "_shutdown")
	if err != nil {
		return nil
	}
	_, err = vm.Call(th, fn, nil, nil)
	return err
}

// Close ends the run's remaining threads (daemon threads, threads left waiting by a deadlock
// or a stop): each parked goroutine is resumed with a *vm.Stopped, which unwinds its Python
// frames without running any handler, and Close waits until it has returned. The engine calls
// it once the main thread is done; no Python code of the program runs afterwards.
func Close(in *vm.Interp) {
	s := existing(in)
	if s == nil || s.closing {
		return
	}
	s.closing = true
	if s.stopErr == nil {
		s.stopErr = &vm.Stopped{}
	}
	for _, t := range append([]*T(nil), s.threads...) {
		if t.finished == nil || t == s.cur {
			continue // the main thread, or the thread calling Close
		}
		t.reason = wokeStop
		t.turn <- struct{}{}
		<-t.finished
	}
}
