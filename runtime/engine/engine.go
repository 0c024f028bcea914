// Package engine is the one API boundary through which hosts (the native CLI, the browser
// engine, the Cloudflare worker, tests and benchmarks) run Python programs in Asobiba.
//
// A host calls Run with the program's source and a callback; the engine compiles and runs the
// program on a fresh interpreter, streams every write to stdout and stderr (stamped with the
// virtual time at which it happened) through the callback, and returns the exit status. Go
// panics inside the runtime never escape Run: they are reported as an internal error on stderr
// with exit status 70.
package engine

import "github.com/asobiba/asobiba/runtime/timeline"

// Event is one thing a running program produced.
type Event struct {
	// Kind is "stdout", "stderr" or "timeline".
	Kind string
	// VT is the virtual time, in seconds, at which the event happened.
	VT float64
	// Data is the text written (for stdout/stderr) or a JSON document (for timeline).
	Data string
}

// Options configure one run.
type Options struct {
	// Filename is the name shown in tracebacks (for example "main.py").
	Filename string
	// Argv0 is sys.argv[0]; empty means Filename. (python3 x.py shows x.py in sys.argv[0]
	// but the absolute path in __file__ and code objects, which the CLI passes as Filename.)
	Argv0 string
	// Args are the values of sys.argv[1:].
	Args []string
	// Stdin is what input() and sys.stdin read; nil means empty.
	Stdin []byte
	// StepBudget stops the run with a clear message after this many bytecode instructions
	// (0 means no limit).
	StepBudget int64
	// Horizon, when positive, stops the run once asyncio would move the virtual clock past
	// this many seconds (a program that waits on timers forever, such as a polling server).
	Horizon float64
	// Cancel, when non-nil, is polled by the interpreter; once it returns true the run stops
	// with KeyboardInterrupt-like "stopped" status. It must be cheap.
	Cancel func() bool
	// Timeline records every task's life (see runtime/timeline): at the end of the run,
	// however it ended, Run emits one "timeline" event whose Data is the JSON document and
	// returns the timeline in Result.Timeline. Off, recording costs nothing.
	Timeline bool
}

// Result tells how a run ended.
type Result struct {
	// ExitStatus is what python3 would have exited with (0 success, 1 uncaught exception,
	// 2 usage errors, the SystemExit code, -2 an uncaught KeyboardInterrupt, 70 internal
	// error).
	ExitStatus int
	// Stopped is true when the run was stopped by Cancel or the step budget.
	Stopped bool
	// VirtualTime is the virtual clock's reading when the run ended.
	VirtualTime float64
	// Deadlock, when not empty, says why the run ended early: every task was waiting for
	// something that could never happen (CPython would hang). It names the waiting tasks.
	Deadlock string
	// Timeline is the recorded timeline when Options.Timeline was set, else nil.
	Timeline *timeline.Timeline
}
