package main

import (
	"os"
	"runtime/debug"
)

// runGCPercent is the collector's target for "asobiba run" (Go's default is 100): the heap
// may grow to three times the live data between collections instead of twice. On the
// benchmark programs that build large lists and strings (runtime/bench/programs) this cuts
// the instructions executed by about a tenth, while the peak resident size grows by a few
// megabytes at most (measured: dict_list 54→58 MB, strings 46→44–52 MB, small programs
// 15→20 MB).
const runGCPercent = 200

// tuneGC applies runGCPercent unless the user chose a GOGC.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(runGCPercent)
	}
}
