//go:build objwip && interpwip

package pytime

import "github.com/asobiba/asobiba/runtime/vm"

// Sleeper is told about every time.sleep once the virtual clock has advanced. The thread
// scheduler (package pythread) stores one in Interp.Ext under SleeperKey{}: time.sleep is
// where a thread that has run for a whole switch interval, or whose sleep let another
// thread's timeout pass, lets the other threads run. Following the oracle, the sleep itself
// has already advanced the single global clock by the whole duration, whichever thread
// called it.
type Sleeper interface {
	// Slept is called on the sleeping thread; an error (the run was stopped) is what
	// time.sleep returns.
	Slept(th *vm.Thread) error
}

// SleeperKey is the Interp.Ext key under which the Sleeper is stored.
type SleeperKey struct{}

// notifySleeper calls the installed Sleeper, if any.
func notifySleeper(th *vm.Thread) error {
	if s, ok := th.Interp.Ext[SleeperKey{}].(Sleeper); ok {
		return s.Slept(th)
	}
	return nil
}
