package pythread

import (
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// Load builds the _thread module. Loading it creates the interpreter's scheduler, with the
// loading thread as the main thread.
func Load(th *vm.Thread) (*vm.Module, error) {
	s := Of(th)
	m := modkit.NewModule("_thread", "This module provides primitive operations to write multi-threaded programs.\n"+
		"The 'threading' module provides a more convenient interface.")
	modkit.Set(m, "LockType", LockType)
	modkit.Set(m, "lock", LockType)
	modkit.Set(m, "RLock", RLockType)
	modkit.Set(m, "error", vm.RuntimeErrorType)
	modkit.Set(m, "TIMEOUT_MAX", vm.Float(timeoutMax))

	start := func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		fn, args, kw := a[0], a[1], a[2]
		if !vm.IsCallable(fn) {
			return nil, vm.Errorf(vm.TypeErrorType, "first arg must be callable")
		}
		tup, ok := args.(vm.Tuple)
		if !ok {
			return nil, vm.Errorf(vm.TypeErrorType, "2nd arg must be a tuple")
		}
		var kwd *vm.Dict
		if kw != nil && kw != vm.None {
			if kwd, ok = kw.(*vm.Dict); !ok {
				return nil, vm.Errorf(vm.TypeErrorType, "optional 3rd arg must be a dictionary")
			}
		}
		n := s.nextIdent - mainIdent
		ident := s.Start(th, "Dummy-"+itoa(n), func(nt *vm.Thread) error {
			callArgs := append([]vm.Value(nil), tup...)
			var names []string
			if kwd != nil {
				var bad vm.Value
				kwd.Items(func(k, v vm.Value) bool {
					ks, ok := k.(vm.Str)
					if !ok {
						bad = k
						return false
					}
					names = append(names, string(ks))
					callArgs = append(callArgs, v)
					return true
				})
				if bad != nil {
					return reportUnhandled(nt, fn, vm.Errorf(vm.TypeErrorType, "keywords must be strings"))
				}
			}
			_, err := vm.Call(nt, fn, callArgs, names)
			return reportUnhandled(nt, fn, err)
		})
		return vm.Int(ident), nil
	}
	modkit.Function(m, "start_new_thread", "function, args, kwargs=, /", start)
	modkit.Function(m, "start_new", "function, args, kwargs=, /", start)
	// _start(function, name) is threading's way in: it names the thread (for tracebacks and
	// deadlock reports) and lets threading report exceptions itself.
	modkit.Function(m, "_start", "function, name, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		fn := a[0]
		name, err := modkit.StrArg("_start", 2, a[1])
		if err != nil {
			return nil, err
		}
		ident := s.Start(th, name, func(nt *vm.Thread) error {
			_, err := vm.Call(nt, fn, nil, nil)
			return reportUnhandled(nt, fn, err)
		})
		return vm.Int(ident), nil
	})
	// _timeline_name(name) is Asobiba's own: the calling thread stands for something named
	// name (multiprocessing's processes are threads), and a recording timeline names its
	// lane so.
	modkit.Function(m, "_timeline_name", "name, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		name, err := modkit.StrArg("_timeline_name", 1, a[0])
		if err != nil {
			return nil, err
		}
		if s.obs != nil {
			s.obs.ThreadNamed(th, name)
		}
		return vm.None, nil
	})
	alloc := func(th *vm.Thread, a []vm.Value) (vm.Value, error) { return s.NewLock(), nil }
	modkit.Function(m, "allocate_lock", "", alloc)
	modkit.Function(m, "allocate", "", alloc)
	ident := func(th *vm.Thread, a []vm.Value) (vm.Value, error) { return vm.Int(s.Ident(th)), nil }
	modkit.Function(m, "get_ident", "", ident)
	modkit.Function(m, "get_native_id", "", ident)
	modkit.Function(m, "_main_ident", "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		return vm.Int(s.main.ident), nil
	})
	modkit.Function(m, "_count", "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		return vm.Int(len(s.threads) - 1), nil
	})
	modkit.Function(m, "stack_size", "size=, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		return vm.Int(0), nil
	})
	modkit.Function(m, "daemon_threads_allowed", "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		return vm.True, nil
	})
	modkit.Function(m, "_set_sentinel", "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		l := s.NewLock()
		t := s.current(th)
		t.sentinels = append(t.sentinels, l)
		return l, nil
	})
	// _parallel_sleep(flag) selects how time.sleep behaves with threads (Scheduler.ParallelSleep).
	modkit.Function(m, "_parallel_sleep", "flag, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		b, err := vm.Truth(th, a[0])
		if err != nil {
			return nil, err
		}
		s.ParallelSleep = b
		return vm.None, nil
	})
	exit := func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		return nil, vm.NewException(vm.SystemExitType)
	}
	modkit.Function(m, "exit", "", exit)
	modkit.Function(m, "exit_thread", "", exit)
	return m, nil
}

// reportUnhandled reports an exception that escaped a thread started by start_new_thread as
// CPython's sys.unraisablehook does; SystemExit ends the thread silently. Errors that end the
// run (a stop, a deadlock) are returned.
func reportUnhandled(th *vm.Thread, fn vm.Value, err error) error {
	exc, ok := err.(*vm.Exception)
	if !ok {
		return err
	}
	if exc.Class.IsSubtype(vm.SystemExitType) {
		return nil
	}
	r, rerr := vm.Repr(th, fn)
	if rerr != nil {
		r = "<function>"
	}
	_, _ = th.Interp.Stderr.Write([]byte("Exception ignored in thread started by: " + r + "\n" + th.FormatException(exc)))
	return nil
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
