// Package engine is the one API boundary through which hosts (the native CLI, the browser
// engine, the Cloudflare worker, tests and benchmarks) run Python programs in Asobiba.
//
// A host calls Run with the program's source and a callback; the engine compiles and runs the
// program on a fresh interpreter, streams every write to stdout and stderr (stamped with the
// virtual time at which it happened) through the callback, and returns the exit status. Go
// panics inside the runtime never escape Run: they are reported as an internal error on stderr
// with exit status 70.
package engine

import (
	"errors"
	"io"
	"io/fs"

	"github.com/asobiba/asobiba/runtime/timeline"
)

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
	// ScriptDir, when not nil, is the directory that holds the program, as python3's
	// sys.path[0]: its modules and packages can be imported, and they shadow standard modules
	// of the same name as in CPython (see neverShadowed). Their filenames are shown under the
	// directory of Filename. The browser has no such directory.
	ScriptDir fs.FS
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
	// however it ended, Run emits one "timeline" event whose Data is the JSON document, and
	// Result.Timeline returns the timeline. Off, recording costs nothing.
	Timeline bool
	// TimelineWithoutEvent, with Timeline, leaves out the "timeline" event: a host that writes
	// the document itself (Result.WriteTimeline, as the CLI does) then never holds the whole
	// document, megabytes for a big run, in memory.
	TimelineWithoutEvent bool
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
	// recording is the run's timeline recorder when Options.Timeline was set, else nil.
	recording *timeline.Recorder
}

// Timeline returns the recorded timeline when Options.Timeline was set, else nil. The
// timeline is built from the recorder's compact records on the first call (the "timeline"
// event's JSON document is written without it), so a host that only ships the document
// does not pay for it; later calls return the same timeline.
func (r Result) Timeline() *timeline.Timeline {
	if r.recording == nil {
		return nil
	}
	return r.recording.Finish()
}

// WriteTimeline writes the recorded timeline's JSON document — the "timeline" event's
// Data — to w a chunk at a time. It fails if w fails, if the timeline cannot be written (see
// timeline.Encode), or when Options.Timeline was not set.
func (r Result) WriteTimeline(w io.Writer) error {
	if r.recording == nil {
		return errors.New("the run recorded no timeline")
	}
	return r.recording.Encode(w)
}
