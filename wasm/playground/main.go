//go:build js && wasm

// Command playground is Asobiba's browser engine: the Python interpreter compiled with
// GOOS=js GOARCH=wasm and run inside a Web Worker, never on the page's own thread.
//
// The page talks to it with postMessage. The worker script (site/src/worker.js) starts this
// program from the compiled WebAssembly.Module, which the page's first worker compiles itself
// (and posts to the page) and every later one receives in an {type: "init", module} message;
// from then on this program answers:
//
//	worker → page  {type: "ready"}                                  once, when loaded
//	page → worker  {type: "run", id, code, stdin, options}          options: {filename, args, stepBudget, timeline}, all optional
//	worker → page  {type: "events", id, events: [{kind, vt, data}]} kind: "stdout" | "stderr" | "timeline"
//	worker → page  {type: "done", id, exitStatus, stopped, vt}      the run ended; vt is the final virtual time
//	worker → page  {type: "error", id, message}                     the run could not start or the engine failed
//	page → worker  {type: "stop"}                                   stop the current run
//
// Shortly after "ready" (warmUpDelay) the engine runs a small asyncio program of its own
// (warmUpProgram), so that the first program a learner runs finds the engine's code compiled
// by the browser and asyncio's modules decoded and their code objects made (every run still
// runs the module bodies afresh; see vm.CodeCache); a "run" that arrives meanwhile stops it
// and starts, and one that arrives before it has begun cancels it.
//
// Built with -tags stdlibfetch (make build), the engine holds the Python sources of asyncio's
// modules only; it gets any other standard-library module written in Python by calling the
// worker script's self.asobibaFetchSource(path) on first import (see stdlibfetch.go).
//
// With options.timeline true the run records every task's life, and a single "timeline" event
// carrying the JSON document (runtime/timeline/schema.md) comes at the end of the run, before
// "done"; the page draws it (site/src/timeline.js).
//
// Output is batched: events are sent when 64 KB are pending, when 16 ms of wall time have
// passed since the last batch, and at the end of a run (always before "done"). Consecutive
// stdout or stderr writes at the same virtual time are merged into one event.
//
// A run executes in its own goroutine, because a Go call that blocks inside a JavaScript
// callback deadlocks js/wasm. While it runs, the interpreter polls engine.Options.Cancel;
// every 16 ms that poll hands control back to the JavaScript event loop for a moment, so a
// "stop" message is seen and the run ends with stopped: true. The page does not rely on it:
// if "done" does not come within 100 ms of "stop", it terminates the worker and starts a new
// one from the already compiled module.
package main

import (
	"runtime/debug"

	"github.com/hack-pad/safejs"
)

// gcPercent is the engine's GOGC. Go's default, 100, collects seven times while asyncio is
// imported for the first run (the live heap is a few megabytes), and a collection on
// js/wasm runs on the program's only thread; at 400 it collects once. The heap may grow to
// five times the live data, which a page's worker can afford.
const gcPercent = 400

func main() {
	debug.SetGCPercent(gcPercent)
	w, err := newWorker(safejs.Global())
	if err != nil {
		// Returning ends the Go program; the worker script reports that to the page.
		println("asobiba: cannot start the engine:", err.Error())
		return
	}
	w.post(map[string]any{"type": "ready"})
	go w.warmUp()
	select {}
}
