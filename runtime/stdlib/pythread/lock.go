package pythread

import (
	"math"

	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// timeoutMax is _thread.TIMEOUT_MAX on 64-bit Linux.
const timeoutMax = 9223372036.0

// LockType is _thread.lock (threading.Lock), the primitive every other synchronisation object
// of threading, queue and concurrent.futures is built from.
var LockType = modkit.NewFinalClass("_thread", "lock", nil)

// RLockType is _thread.RLock, the reentrant lock.
var RLockType = modkit.NewClass("_thread", "RLock", nil)

// Lock is a lock. A waiting thread blocks in the scheduler; release makes the first waiter
// runnable without handing it the lock, so the releasing thread, still running, may take it
// again first, as with CPython's locks.
type Lock struct {
	s       *Scheduler
	locked  bool
	waiters []*T
	// owner and count are used by RLock only.
	owner *T
	count int64
	// reentrant marks an RLock.
	reentrant bool
}

// Type returns LockType or RLockType.
func (l *Lock) Type() *vm.Type {
	if l.reentrant {
		return RLockType
	}
	return LockType
}

// NewLock makes an unlocked lock.
func (s *Scheduler) NewLock() *Lock { return &Lock{s: s} }

// acquire takes the lock for t, waiting at most timeout virtual seconds (forever when
// negative). It reports whether it got the lock; the error ends the run (deadlock, stop).
func (l *Lock) acquire(t *T, blocking bool, timeout float64) (bool, error) {
	if l.reentrant && l.owner == t {
		l.count++
		return true, nil
	}
	if !l.locked {
		l.take(t)
		return true, nil
	}
	if !blocking || timeout == 0 {
		return false, nil
	}
	s := l.s
	deadline, timed := 0.0, timeout > 0
	if timed {
		deadline = s.clock.Now() + timeout
	}
	what := "a lock"
	if l.reentrant {
		what = "an RLock"
	}
	for first := true; l.locked; first = false {
		if first {
			l.waiters = append(l.waiters, t)
		} else {
			// Woken but overtaken: wait again at the head of the queue.
			l.waiters = append([]*T{t}, l.waiters...)
		}
		r := s.blockUntil(t, deadline, timed, what)
		l.dropWaiter(t)
		if r != wokeNormally {
			if err := s.errorFor(r); err != nil {
				return false, err
			}
			if l.locked {
				return false, nil // timed out
			}
		}
	}
	l.take(t)
	return true, nil
}

func (l *Lock) take(t *T) {
	l.locked = true
	if l.reentrant {
		l.owner, l.count = t, 1
	}
}

func (l *Lock) dropWaiter(t *T) {
	for i, w := range l.waiters {
		if w == t {
			l.waiters = append(l.waiters[:i], l.waiters[i+1:]...)
			return
		}
	}
}

// release frees the lock and makes its first waiter runnable.
func (l *Lock) release() {
	l.locked = false
	l.owner, l.count = nil, 0
	if len(l.waiters) > 0 {
		w := l.waiters[0]
		l.waiters = l.waiters[1:]
		l.s.wake(w)
	}
}

// acquireArgs checks acquire's blocking and timeout arguments as CPython does.
func acquireArgs(th *vm.Thread, a []vm.Value) (bool, float64, error) {
	blocking := true
	if a[0] != nil {
		b, err := vm.Truth(th, a[0])
		if err != nil {
			return false, 0, err
		}
		blocking = b
	}
	timeout := -1.0
	if a[1] != nil {
		f, err := modkit.Float(th, a[1])
		if err != nil {
			return false, 0, err
		}
		timeout = f
	}
	switch {
	case !blocking && timeout != -1:
		return false, 0, vm.Errorf(vm.ValueErrorType, "can't specify a timeout for a non-blocking call")
	case timeout < 0 && timeout != -1:
		return false, 0, vm.Errorf(vm.ValueErrorType, "timeout value must be a non-negative number")
	case timeout > timeoutMax || math.IsNaN(timeout):
		return false, 0, vm.Errorf(vm.OverflowErrorType, "timeout value is too large")
	}
	return blocking, timeout, nil
}

func init() {
	for _, t := range []*vm.Type{LockType, RLockType} {
		acquire := func(th *vm.Thread, l *Lock, a []vm.Value) (vm.Value, error) {
			blocking, timeout, err := acquireArgs(th, a)
			if err != nil {
				return nil, err
			}
			ok, err := l.acquire(l.s.current(th), blocking, timeout)
			if err != nil {
				return nil, err
			}
			return vm.Bool(ok), nil
		}
		modkit.Method(t, "acquire", "blocking=, timeout=", acquire)
		modkit.Method(t, "__enter__", "blocking=, timeout=", acquire)
		if t == LockType {
			modkit.Method(t, "acquire_lock", "blocking=, timeout=", acquire)
		}
	}
	release := func(th *vm.Thread, l *Lock, a []vm.Value) (vm.Value, error) {
		if !l.locked {
			return nil, vm.Errorf(vm.RuntimeErrorType, "release unlocked lock")
		}
		l.release()
		return vm.None, nil
	}
	modkit.Method(LockType, "release", "", release)
	modkit.Method(LockType, "release_lock", "", release)
	modkit.Method(LockType, "__exit__", "t=, v=, tb=, /", release)
	locked := func(th *vm.Thread, l *Lock, a []vm.Value) (vm.Value, error) { return vm.Bool(l.locked), nil }
	modkit.Method(LockType, "locked", "", locked)
	modkit.Method(LockType, "locked_lock", "", locked)
	modkit.Method(LockType, "__repr__", "", func(th *vm.Thread, l *Lock, a []vm.Value) (vm.Value, error) {
		return vm.Str(msgfmt.Sprintf("<%s _thread.lock object at %#x>", lockedWord(l.locked), vm.ObjectID(l))), nil
	})

	RLockType.AddStaticMethod("__new__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		cls, ok := args[0].(*vm.Type)
		if !ok || !cls.IsSubtype(RLockType) {
			return nil, vm.Errorf(vm.TypeErrorType, "RLock.__new__(X): X is not a subtype of RLock")
		}
		return modkit.NewInstance(cls, &Lock{s: Of(th), reentrant: true}), nil
	})
	rrelease := func(th *vm.Thread, l *Lock, a []vm.Value) (vm.Value, error) {
		if !l.locked || l.owner != l.s.current(th) {
			return nil, vm.Errorf(vm.RuntimeErrorType, "cannot release un-acquired lock")
		}
		if l.count--; l.count == 0 {
			l.release()
		}
		return vm.None, nil
	}
	modkit.Method(RLockType, "release", "", rrelease)
	modkit.Method(RLockType, "__exit__", "t=, v=, tb=, /", rrelease)
	modkit.Method(RLockType, "_is_owned", "", func(th *vm.Thread, l *Lock, a []vm.Value) (vm.Value, error) {
		return vm.Bool(l.locked && l.owner == l.s.current(th)), nil
	})
	modkit.Method(RLockType, "_recursion_count", "", func(th *vm.Thread, l *Lock, a []vm.Value) (vm.Value, error) {
		if l.owner != l.s.current(th) {
			return vm.Int(0), nil
		}
		return vm.Int(l.count), nil
	})
	// _release_save and _acquire_restore let Condition.wait release an RLock entirely and
	// take it back with the same recursion count.
	modkit.Method(RLockType, "_release_save", "", func(th *vm.Thread, l *Lock, a []vm.Value) (vm.Value, error) {
		if !l.locked {
			return nil, vm.Errorf(vm.RuntimeErrorType, "cannot release un-acquired lock")
		}
		state := vm.Tuple{vm.Int(l.count), vm.Int(l.owner.ident)}
		l.release()
		return state, nil
	})
	modkit.Method(RLockType, "_acquire_restore", "state, /", func(th *vm.Thread, l *Lock, a []vm.Value) (vm.Value, error) {
		st, ok := a[0].(vm.Tuple)
		if !ok || len(st) != 2 {
			return nil, vm.Errorf(vm.TypeErrorType, "_acquire_restore() argument must be a (count, owner) tuple")
		}
		count, err := modkit.Int64(th, st[0])
		if err != nil {
			return nil, err
		}
		t := l.s.current(th)
		if _, err := l.acquire(t, true, -1); err != nil {
			return nil, err
		}
		l.owner, l.count = t, count
		return vm.None, nil
	})
	modkit.Method(RLockType, "__repr__", "", func(th *vm.Thread, l *Lock, a []vm.Value) (vm.Value, error) {
		var owner int64
		if l.owner != nil {
			owner = l.owner.ident
		}
		return vm.Str(msgfmt.Sprintf("<%s _thread.RLock object owner=%d count=%d at %#x>",
			lockedWord(l.locked), owner, l.count, vm.ObjectID(l))), nil
	})
}

func lockedWord(locked bool) string {
	if locked {
		return "locked"
	}
	return "unlocked"
}
