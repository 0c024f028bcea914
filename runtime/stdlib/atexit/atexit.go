// Package atexit implements Python's atexit module: functions registered by the program run,
// last registered first, when the interpreter shuts down (the host calls Run).
package atexit

import (
	"sync"

	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

type stateKey struct{}

// callback is one registration: the function and the arguments to call it with.
type callback struct {
	fn     vm.Value
	args   []vm.Value
	kwargs []string
}

type state struct {
	mu        sync.Mutex
	callbacks []callback
}

func stateOf(in *vm.Interp) *state {
	if in.Ext == nil {
		in.Ext = map[any]any{}
	}
	if s, ok := in.Ext[stateKey{}].(*state); ok {
		return s
	}
	s := &state{}
	in.Ext[stateKey{}] = s
	return s
}

// Run calls the registered functions, last registered first, and forgets them. An exception
// from one is reported on stderr as CPython does, and the others still run.
func Run(th *vm.Thread) {
	s := stateOf(th.Interp)
	for {
		s.mu.Lock()
		n := len(s.callbacks)
		if n == 0 {
			s.mu.Unlock()
			return
		}
		cb := s.callbacks[n-1]
		s.callbacks = s.callbacks[:n-1]
		s.mu.Unlock()
		if _, err := vm.Call(th, cb.fn, cb.args, cb.kwargs); err != nil {
			if exc, ok := err.(*vm.Exception); ok {
				r, rerr := vm.Repr(th, cb.fn)
				if rerr != nil {
					r = "<object repr() failed>"
				}
				_, _ = th.Interp.Stderr.Write([]byte("Exception ignored in atexit callback: " + r + "\n" + th.FormatException(exc)))
				continue
			}
			return // the run was stopped
		}
	}
}

// Load builds the atexit module.
func Load(th *vm.Thread) (*vm.Module, error) {
	m := modkit.NewModule("atexit", "allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n")
	s := stateOf(th.Interp)
	modkit.Func(m, "register", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		npos := len(args) - len(kwnames)
		if npos < 1 {
			return nil, vm.Errorf(vm.TypeErrorType, "register() takes at least 1 argument (0 given)")
		}
		fn := args[0]
		if !vm.IsCallable(fn) {
			return nil, vm.Errorf(vm.TypeErrorType, "the first argument must be callable")
		}
		cb := callback{fn: fn, args: append([]vm.Value(nil), args[1:]...), kwargs: append([]string(nil), kwnames...)}
		s.mu.Lock()
		s.callbacks = append(s.callbacks, cb)
		s.mu.Unlock()
		return fn, nil
	})
	modkit.Function(m, "unregister", "func, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		s.mu.Lock()
		old := s.callbacks
		s.mu.Unlock()
		var keep []callback
		for _, cb := range old {
			eq, err := vm.Equal(th, cb.fn, a[0])
			if err != nil {
				return nil, err
			}
			if !eq {
				keep = append(keep, cb)
			}
		}
		s.mu.Lock()
		s.callbacks = keep
		s.mu.Unlock()
		return vm.None, nil
	})
	modkit.Function(m, "_run_exitfuncs", "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		Run(th)
		return vm.None, nil
	})
	modkit.Function(m, "_clear", "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		s.mu.Lock()
		s.callbacks = nil
		s.mu.Unlock()
		return vm.None, nil
	})
	modkit.Function(m, "_ncallbacks", "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		s.mu.Lock()
		defer s.mu.Unlock()
		return vm.Int(int64(len(s.callbacks))), nil
	})
	return m, nil
}
