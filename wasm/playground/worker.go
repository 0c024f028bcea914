//go:build js && wasm

package main

import (
	"cmp"
	"sync/atomic"
	"time"

	"github.com/asobiba/asobiba/runtime/engine"
	"github.com/asobiba/asobiba/runtime/vm"
	"github.com/hack-pad/safejs"
)

// engineMemoryLimit is the heap size past which a program gets MemoryError, unless the run's
// options.memoryLimit says otherwise: 512 MiB, half the native default, since a worker's
// memory comes out of a browser tab's and the heap can briefly hold twice the limit while a
// list grows.
const engineMemoryLimit = 512 << 20

// pollsPerCheck is how many Cancel polls pass between looks at the wall clock.
const pollsPerCheck = 256

// worker is the engine's side of the page ↔ worker protocol (see the package comment).
type worker struct {
	self      safejs.Value // the worker's global scope
	onMessage safejs.Func
	yield     *yielder
	running   atomic.Bool
	stop      atomic.Bool
	warm      chan struct{} // closed once warmUp has ended
	runWaits  atomic.Bool   // a run waits for warmUp, which then stops at once
	// warmOrRun receives true when a run arrives and false when warmUpDelay has passed;
	// warmUp takes the first of the two.
	warmOrRun chan bool
}

// warmUpProgram is run once when the engine starts, before any program of the page. The
// first run in a process is the slow one: the browser compiles the engine's code as it runs
// for the first time, and the library's modules are decoded. So the warm-up does what most
// programs do — import asyncio, define and await coroutines, gather tasks, sleep, print —
// and a learner's first program starts warm. A run that arrives meanwhile stops it: what it
// warmed stays warm, and the run starts at once.
//
// The warm-up waits warmUpDelay after "ready" before it starts. A page that sends its first
// program as soon as it hears "ready" (a shared link that runs at once, the benchmark) gets
// it run straight away: a warm-up started first would only make that run wait for it to
// notice the run and stop. Nobody clicks Run within that time of the button turning on.
const warmUpProgram = `import asyncio


async def work(n):
    await asyncio.sleep(0.1 * n)
    return n


async def main():
    task = asyncio.create_task(work(1))
    results = await asyncio.gather(work(0), task)
    print("warm", *results, sum(results))


asyncio.run(main())
`

// warmUpDelay is how long, in milliseconds, the engine waits for a first run before it warms
// up. A JavaScript timer measures it: Go's timers and select would be code the browser
// compiles before the first output, for this alone.
const warmUpDelay = 100

// runRequest is a decoded {type: "run"} message.
type runRequest struct {
	id   int
	code string
	opts engine.Options
	// memoryLimit is the heap size, in bytes, past which the program gets MemoryError
	// (options.memoryLimit; 0 means engineMemoryLimit).
	memoryLimit int64
}

// newWorker starts listening for messages on the worker's global scope.
func newWorker(self safejs.Value) (*worker, error) {
	w := &worker{self: self, warm: make(chan struct{}), warmOrRun: make(chan bool, 2)}
	y, err := newYielder()
	if err != nil {
		return nil, err
	}
	w.yield = y
	w.onMessage, err = safejs.FuncOf(w.handle)
	if err != nil {
		return nil, err
	}
	if _, err := self.Call("addEventListener", "message", w.onMessage); err != nil {
		return nil, err
	}
	return w, nil
}

// handle receives one message from the page. It must not block: runs go to a goroutine.
func (w *worker) handle(_ safejs.Value, args []safejs.Value) any {
	if len(args) == 0 {
		return nil
	}
	data, err := args[0].Get("data")
	if err != nil {
		return nil
	}
	switch getString(data, "type") {
	case "run":
		req := decodeRun(data)
		if w.running.Load() {
			w.post(map[string]any{"type": "error", "id": req.id, "message": "a program is already running"})
			return nil
		}
		w.running.Store(true)
		w.stop.Store(false)
		w.runWaits.Store(true)
		w.signalWarmUp(true)
		go func() {
			<-w.warm
			w.run(req)
		}()
	case "stop":
		w.stop.Store(true)
	}
	return nil
}

// warmUp runs warmUpProgram, then lets the runs in. Its output, if any, goes nowhere.
func (w *worker) warmUp() {
	defer close(w.warm)
	defer func() { recover() }() // a failed warm-up only costs the first run its head start
	if w.startTimer() != nil || <-w.warmOrRun {
		return // a run is waiting (or no timer could be set): runs start at once, unwarmed
	}
	polls := 0
	lastYield := time.Now()
	cancel := func() bool {
		// Hand the event loop a turn now and then, so that a "run" message is seen.
		if polls++; polls%pollsPerCheck == 0 && time.Since(lastYield) >= batchInterval {
			w.yield.yield()
			lastYield = time.Now()
		}
		return w.runWaits.Load()
	}
	engine.Run([]byte(warmUpProgram), engine.Options{Filename: "<warm-up>", Cancel: cancel}, func(engine.Event) {})
}

// startTimer makes the JavaScript event loop call signalWarmUp(false) in warmUpDelay ms.
func (w *worker) startTimer() error {
	var fn safejs.Func
	fn, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		fn.Release()
		w.signalWarmUp(false)
		return nil
	})
	if err != nil {
		return err
	}
	_, err = w.self.Call("setTimeout", fn, warmUpDelay)
	return err
}

// signalWarmUp tells warmUp that a run has come (true) or that the delay has passed (false),
// without blocking: only the first signal matters.
func (w *worker) signalWarmUp(run bool) {
	select {
	case w.warmOrRun <- run:
	default:
	}
}

// panicText describes a recovered panic value without fmt, which the engine does not link.
// Go's runtime panics with errors, the engine's code with errors and strings.
func panicText(r any) string {
	switch r := r.(type) {
	case error:
		return r.Error()
	case string:
		return r
	}
	return "a panic with a value that is neither an error nor a string"
}

// run executes one program and reports its output and its end to the page.
func (w *worker) run(req runRequest) {
	defer w.running.Store(false)
	defer func() {
		if r := recover(); r != nil {
			w.post(map[string]any{"type": "error", "id": req.id, "message": "internal error: " + panicText(r)})
		}
	}()
	b := newBatcher(func(evs []engine.Event) { w.postEvents(req.id, evs) }, time.Now)
	polls := 0
	lastYield := time.Now()
	req.opts.Cancel = func() bool {
		polls++
		if polls%pollsPerCheck == 0 {
			now := time.Now()
			b.tick(now)
			if now.Sub(lastYield) >= batchInterval {
				w.yield.yield()
				lastYield = time.Now()
			}
		}
		return w.stop.Load()
	}
	vm.SetMemoryLimit(cmp.Or(req.memoryLimit, engineMemoryLimit))
	res := engine.Run([]byte(req.code), req.opts, b.add)
	b.flush()
	w.post(map[string]any{
		"type":       "done",
		"id":         req.id,
		"exitStatus": res.ExitStatus,
		"stopped":    res.Stopped,
		"vt":         res.VirtualTime,
		"deadlock":   res.Deadlock,
	})
}

// postEvents sends one batch of events.
func (w *worker) postEvents(id int, evs []engine.Event) {
	list := make([]any, len(evs))
	for i, ev := range evs {
		list[i] = map[string]any{"kind": ev.Kind, "vt": ev.VT, "data": ev.Data}
	}
	w.post(map[string]any{"type": "events", "id": id, "events": list})
}

// post sends a message to the page. A failure can only be reported on the console.
func (w *worker) post(msg map[string]any) {
	if _, err := w.self.Call("postMessage", msg); err != nil {
		println("asobiba: postMessage failed:", err.Error())
	}
}

// decodeRun reads a {type: "run"} message; missing fields take their defaults.
func decodeRun(data safejs.Value) runRequest {
	req := runRequest{
		id:   int(getNumber(data, "id")),
		code: getString(data, "code"),
		opts: engine.Options{Filename: "main.py"},
	}
	if stdin := getString(data, "stdin"); stdin != "" {
		req.opts.Stdin = []byte(stdin)
	}
	options, err := data.Get("options")
	if err != nil || options.Type() != safejs.TypeObject {
		return req
	}
	if name := getString(options, "filename"); name != "" {
		req.opts.Filename = name
	}
	req.opts.StepBudget = int64(getNumber(options, "stepBudget"))
	req.memoryLimit = max(int64(getNumber(options, "memoryLimit")), 0)
	req.opts.Timeline = getBool(options, "timeline")
	if args, err := options.Get("args"); err == nil && args.Type() == safejs.TypeObject {
		n, _ := args.Length()
		for i := 0; i < n; i++ {
			if v, err := args.Index(i); err == nil && v.Type() == safejs.TypeString {
				s, _ := v.String()
				req.opts.Args = append(req.opts.Args, s)
			}
		}
	}
	return req
}

// getString returns obj[key] when it is a string, else "".
func getString(obj safejs.Value, key string) string {
	v, err := obj.Get(key)
	if err != nil || v.Type() != safejs.TypeString {
		return ""
	}
	s, _ := v.String()
	return s
}

// getBool returns obj[key] when it is a boolean, else false.
func getBool(obj safejs.Value, key string) bool {
	v, err := obj.Get(key)
	if err != nil || v.Type() != safejs.TypeBoolean {
		return false
	}
	b, _ := v.Bool()
	return b
}

// getNumber returns obj[key] when it is a number, else 0.
func getNumber(obj safejs.Value, key string) float64 {
	v, err := obj.Get(key)
	if err != nil || v.Type() != safejs.TypeNumber {
		return 0
	}
	f, _ := v.Float()
	return f
}

// yielder hands control back to the JavaScript event loop for one turn, so that messages
// queued for the worker (such as "stop") are delivered while a program runs. It posts to
// itself through a MessageChannel, which, unlike setTimeout, is not clamped to 4 ms.
type yielder struct {
	port   safejs.Value
	onWake safejs.Func
	wake   chan struct{}
}

func newYielder() (*yielder, error) {
	y := &yielder{wake: make(chan struct{}, 1)}
	ctor, err := safejs.Global().Get("MessageChannel")
	if err != nil {
		return nil, err
	}
	channel, err := ctor.New()
	if err != nil {
		return nil, err
	}
	in, err := channel.Get("port1")
	if err != nil {
		return nil, err
	}
	if y.port, err = channel.Get("port2"); err != nil {
		return nil, err
	}
	y.onWake, err = safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		select {
		case y.wake <- struct{}{}:
		default:
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return y, in.Set("onmessage", y.onWake)
}

// yield returns after the event loop has run the tasks queued before it.
func (y *yielder) yield() {
	if _, err := y.port.Call("postMessage", nil); err != nil {
		return
	}
	<-y.wake
}
