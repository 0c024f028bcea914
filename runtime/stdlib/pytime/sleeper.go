package pytime

import "github.com/asobiba/asobiba/runtime/vm"

// Sleeper carries out time.sleep once the program has threads. The thread scheduler (package
// pythread) stores one in Interp.Ext under SleeperKey{} when it is created; until then
// time.sleep advances the virtual clock itself.
//
// Under the oracle's model, which the scheduler follows by default, Sleep advances the single
// global clock by secs at once, whichever thread calls it (the caller is blocked for secs and
// nothing else runs meanwhile), and may then let other threads run: a thread that has run for
// a whole switch interval, or whose sleep carried the clock past another thread's timeout,
// yields there.
type Sleeper interface {
	// Sleep blocks th for secs virtual seconds. An error (the run was stopped) is what
	// time.sleep returns.
	Sleep(th *vm.Thread, secs float64) error
}

// SleeperKey is the Interp.Ext key under which the Sleeper is stored.
type SleeperKey struct{}
