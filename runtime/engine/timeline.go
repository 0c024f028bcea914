package engine

// The timeline adapter: asyncio's Observer, the clock's OnAdvance hook and the output streams
// feed one timeline.Recorder.
//
// # Lanes
//
// Lane 0 is the event loop (the recorder makes it). Every task gets a lane when it is created,
// named after the task, with its coroutine's qualified name and the lane of the task that
// created it. Two kinds of task are left out: the loop's own housekeeping when asyncio.run
// shuts down (shutdown_asyncgens and shutdown_default_executor, created outside any task)
// and the tasks such a task creates; their work is shown as the loop's.
// Code that runs outside the event loop — the module's top level before and after
// asyncio.run — gets a thread lane named "MainThread", made the first time it prints or
// blocks, so that programs that never do have no such lane. Every other thread the program
// starts gets a thread lane of its own (timeline_threads.go).
//
// # Who is running
//
// Output written and clock moves made while a task step runs belong to that task. Outside
// task steps they belong to the loop lane while a loop runs (callbacks), and to MainThread
// otherwise. Steps nest only for eager tasks, whose first step runs inside the creating
// task's step; a stack of lanes handles that.
//
// # Spans, instants and links
//
// A step is a running span. After a step the task waits — a waiting span labelled with what
// it awaits: the label the asyncio package gave the future ("sleep(1.0)", "Queue.get",
// "gather"), the name of an awaited task ("Task-3"), "sleep(0)" for a bare yield, or
// "Future" for an unlabelled future. Awaiting a task, or a future that stands for tasks
// (gather, wait, TaskGroup, wait_for), adds await links to the tasks not yet done. When the
// future is done, a wake link goes from whoever completed it (asyncio.State.Cause) to the
// task: the loop lane labelled "timer" for timers, else the waker's lane labelled with what
// it did ("result", "Queue.put", "Semaphore.release", "gather"). cancel() records a
// cancel_requested instant and a cancel link (from the loop lane, labelled "timeout", when a
// timer asked); the CancelledError delivered into the task records a cancelled instant.
// A task's end records done with the result's repr, or raised with the exception's. Reprs
// are computed without running Python code (see shortRepr). time.sleep inside a step is a
// blocking span labelled with the call; the loop's jumps to its next timer are idle spans on
// the loop lane.
//
// # Cost and size
//
// With Options.Timeline off nothing here is installed: the loop's hooks cost a nil check.
// With it on, the hooks append compact records (timeline.Recorder); at the end the JSON
// document is written straight from them, and the Timeline object graph is built only if
// the host asks for it (Result.Timeline). A task's wake-up learns who caused it when it is
// scheduled (WakeScheduled), so that the loop keeps no Handle per wake-up for the timeline.
// Consecutive writes by one lane to one stream at one virtual time, with nothing recorded in
// between, make a single print instant (print(i) in a loop is one mark, not thousands); its
// text keeps the first maxPrint bytes. A timeline keeps at most maxRecords records; then it
// ends with a warning on the loop lane and records nothing more, so an endless program
// cannot exhaust memory or the browser.

import (
	"slices"
	"strings"

	"github.com/asobiba/asobiba/runtime/asyncio"
	"github.com/asobiba/asobiba/runtime/clock"
	"github.com/asobiba/asobiba/runtime/stdlib/pythread"
	"github.com/asobiba/asobiba/runtime/timeline"
	"github.com/asobiba/asobiba/runtime/vm"
)

// maxRecords bounds the records of one timeline (spans, instants and links together).
const maxRecords = 250_000

// maxPrint is how many bytes of merged writes a print instant collects (the recorder then
// keeps timeline.MaxText runes of them).
const maxPrint = 4 * timeline.MaxText

// maxRepr is the number of runes of a result or exception repr a done or raised instant keeps.
const maxRepr = 80

// noLane marks a hidden task, or a task the recorder has not seen created.
const noLane = -1

// taskRecord is what the adapter keeps of one task, indexed by Task.ID.
type taskRecord struct {
	lane int
	// waitLabel is what the task waits for, while it waits.
	waitLabel string
	// cancelPending is set by cancel() until the CancelledError reaches the task.
	cancelPending bool
	// ended is set once done or raised is recorded.
	ended bool
	// wakeTimer and wakeFrom say who scheduled the task's pending wake-up (WakeScheduled):
	// a timer, or the lane of the task that caused it (the loop lane for the loop itself).
	wakeTimer bool
	wakeFrom  int32
}

// observer implements asyncio.BlockingObserver over a timeline.Recorder.
type observer struct {
	r     *timeline.Recorder
	state *asyncio.State
	tasks taskTable // by task ID; ID 0 is unused
	// running is the stack of the steps that run: their lanes (noLane for hidden tasks) and
	// the threads running them (nil for the main thread).
	running []step
	// threads maps the threads the program started to their lanes (timeline_threads.go);
	// thread is the one running now, nil for the main thread; waiting is the main thread's
	// wait being recorded.
	threads map[*vm.Thread]int
	thread  *vm.Thread
	waiting mainWait
	// mainLane is the MainThread lane, or noLane until it is needed.
	mainLane int
	// blocking labels the next blocking clock move.
	blocking string
	// pending is a print not recorded yet, to which further writes may be added.
	pending pendingPrint
	// now reads the clock; while frozen is set, stamps read at instead (flushPrint).
	now     func() float64
	frozen  bool
	at      float64
	records int
	full    bool
}

// step is a task step that runs, on a thread.
type step struct {
	lane int
	th   *vm.Thread
}

// pendingPrint is output written by one lane to one stream at one virtual time.
type pendingPrint struct {
	lane         int
	stream, text string
	t            float64
}

// newObserver makes an observer reading virtual time from now and watching state.
func newObserver(now func() float64, state *asyncio.State) *observer {
	a := &observer{state: state, mainLane: noLane, now: now, waiting: mainWait{lane: noLane}}
	a.r = timeline.NewRecorder(func() float64 {
		if a.frozen {
			return a.at
		}
		return now()
	})
	return a
}

// room records the pending print, if any, then counts one record and reports whether it
// may be recorded.
func (a *observer) room() bool {
	a.flush()
	return a.count()
}

// flush records the pending print, if any, so that records keep the order of events.
func (a *observer) flush() {
	if a.pending.text != "" {
		a.flushPrint()
	}
}

// count counts one record and reports whether it may be recorded.
func (a *observer) count() bool {
	if a.full {
		return false
	}
	a.records++
	if a.records < maxRecords {
		return true
	}
	a.full = true
	a.r.Instant(timeline.LoopLane, timeline.InstantWarning, "the timeline is cut here: it reached its limit of records", "")
	return false
}

// task returns the record of t, growing the table when t was created before the recorder.
func (a *observer) task(t *asyncio.Task) *taskRecord {
	return a.tasks.get(t.ID())
}

// laneOf returns t's lane, or noLane.
func (a *observer) laneOf(t *asyncio.Task) int {
	if t == nil || t.ID() >= a.tasks.len() {
		return noLane
	}
	return a.tasks.at(t.ID()).lane
}

// current returns the lane that owns what happens now (see the file comment).
func (a *observer) current() int {
	if n := len(a.running); n > 0 && a.running[n-1].lane != noLane && a.running[n-1].th == a.thread {
		return a.running[n-1].lane
	}
	if a.thread != nil {
		if lane := a.threadLane(a.thread); lane != noLane {
			return lane
		}
	}
	if a.state.Running() != nil {
		return timeline.LoopLane
	}
	return a.main()
}

// main returns the MainThread lane, making it on first use.
func (a *observer) main() int {
	if a.mainLane == noLane {
		a.flush()
		a.mainLane = a.r.AddLane(timeline.LaneThread, "MainThread", "<module>", -1)
	}
	return a.mainLane
}

// causeLane returns the lane of whoever acts now and whether a timer started it.
func (a *observer) causeLane() (lane int, timer bool) {
	t, timer := a.state.Cause()
	if t != nil {
		if l := a.laneOf(t); l != noLane {
			return l, false
		}
		return timeline.LoopLane, false
	}
	if a.state.Running() == nil {
		return a.main(), false
	}
	return timeline.LoopLane, timer
}

// TaskCreated adds the task's lane.
func (a *observer) TaskCreated(t *asyncio.Task) {
	rec := a.task(t)
	parent := noLane
	if p := t.Parent(); p != nil {
		parent = a.laneOf(p)
		if parent == noLane {
			rec.lane = noLane // made by a hidden task
			return
		}
	} else if internal(t.Coro()) {
		rec.lane = noLane
		return
	}
	if !a.room() {
		rec.lane = noLane
		return
	}
	if num, ok := t.NameNum(); ok {
		rec.lane = a.r.AddNumberedLane(timeline.LaneTask, "Task-", num, coroName(t.Coro()), parent)
	} else {
		rec.lane = a.r.AddLane(timeline.LaneTask, t.Name(), coroName(t.Coro()), parent)
	}
}

// TaskRenamed gives the task's lane its new name.
func (a *observer) TaskRenamed(t *asyncio.Task) {
	if lane := a.laneOf(t); lane != noLane {
		a.r.RenameLane(lane, t.Name())
	}
}

// StepStart opens the step's running span and records a delivered CancelledError.
func (a *observer) StepStart(t *asyncio.Task, exc *vm.Exception) {
	lane := a.laneOf(t)
	a.running = append(a.running, step{lane, a.thread})
	if lane == noLane || !a.room() {
		return
	}
	rec := a.tasks.at(t.ID())
	rec.waitLabel = ""
	a.r.Begin(lane, timeline.SpanRunning, "")
	// A CancelledError thrown in is the task's own cancellation only when cancel() was
	// called on it; otherwise it comes from an awaited future that was cancelled.
	if exc != nil && rec.cancelPending && exc.Class.IsSubtype(asyncio.CancelledErrorType) && a.room() {
		rec.cancelPending = false
		a.r.Instant(lane, timeline.InstantCancelled, shortRepr(exc, maxRepr), "")
	}
}

// StepEnd closes the step: the task ended, or now waits for waitingOn.
func (a *observer) StepEnd(t *asyncio.Task, waitingOn vm.Value) {
	if n := len(a.running); n > 0 {
		a.running = a.running[:n-1]
	}
	lane := a.laneOf(t)
	if lane == noLane || a.full {
		return
	}
	rec := a.tasks.at(t.ID())
	if t.Done() {
		a.ended(t, rec)
		a.flush()
		a.r.Close(lane)
		return
	}
	label, awaits := waitOn(t, waitingOn)
	rec.waitLabel = label
	if !a.room() {
		return
	}
	a.r.Begin(lane, timeline.SpanWaiting, label)
	for _, w := range awaits {
		if to := a.laneOf(w); to != noLane && !w.Done() && a.room() {
			a.r.Link(timeline.LinkAwait, lane, to, "")
		}
	}
}

// waitOn names what a task waits for and the tasks that stand behind it.
func waitOn(t *asyncio.Task, fut vm.Value) (string, []*asyncio.Task) {
	if fut == nil {
		return "sleep(0)", nil // a bare yield: the task runs again in the next iteration
	}
	if w, ok := asyncio.AsTask(fut); ok {
		return w.Name(), []*asyncio.Task{w}
	}
	if f, ok := asyncio.AsFuture(fut); ok && f.Label() != "" {
		awaits := f.Awaits()
		if !slices.IsSortedFunc(awaits, byID) {
			// A TaskGroup's tasks come from a set: link them in creation order.
			awaits = slices.SortedFunc(slices.Values(awaits), byID)
		}
		return f.Label(), awaits
	}
	return "Future", nil
}

// byID orders tasks by creation.
func byID(a, b *asyncio.Task) int { return a.ID() - b.ID() }

// WakeScheduled remembers who caused the task's wake-up, for TaskWoken. Wake-ups run inside
// the running loop, so a wake-up caused by no task comes from the loop (causeLane).
func (a *observer) WakeScheduled(t *asyncio.Task, cause *asyncio.Task, timer bool) {
	if lane := a.laneOf(t); lane != noLane {
		rec := a.tasks.at(t.ID())
		rec.wakeFrom, rec.wakeTimer = timeline.LoopLane, timer
		if cause != nil {
			rec.wakeTimer = false
			if l := a.laneOf(cause); l != noLane {
				rec.wakeFrom = int32(l)
			}
		}
	}
}

// TaskWoken records the wake link from whoever completed the future the task waited for.
func (a *observer) TaskWoken(t *asyncio.Task, by vm.Value) {
	lane := a.laneOf(t)
	if lane == noLane || a.full {
		return
	}
	rec := a.tasks.at(t.ID())
	f, _ := asyncio.AsFuture(by)
	if f != nil && f.Cancelled() && rec.cancelPending {
		return // the cancel link already says who woke it
	}
	from, timer := int(rec.wakeFrom), rec.wakeTimer
	if from == lane {
		from = timeline.LoopLane // a callback the task scheduled itself (run_in_executor)
	}
	var label string
	switch w, isTask := asyncio.AsTask(by); {
	case isTask:
		label = outcomeWord(&w.Future)
	case f != nil && f.Cancelled():
		label = "cancel"
	case from == timeline.LoopLane && timer:
		label = "timer"
	default:
		label = wakeLabel(rec.waitLabel)
	}
	if a.room() {
		a.r.Link(timeline.LinkWake, from, lane, label)
	}
}

// outcomeWord says how a done task ended, as a wake label.
func outcomeWord(f *asyncio.Future) string {
	_, exc, cancelled := f.Outcome()
	switch {
	case cancelled:
		return "cancelled"
	case exc != nil:
		return "raised"
	}
	return "result"
}

// wakeLabel names the action that completes a future waited for with the given label.
func wakeLabel(wait string) string {
	switch wait {
	case "Queue.get":
		return "Queue.put"
	case "Queue.put":
		return "Queue.get"
	case "Lock":
		return "Lock.release"
	case "Semaphore":
		return "Semaphore.release"
	case "Event.wait":
		return "Event.set"
	case "Condition.wait":
		return "Condition.notify"
	case "cancel":
		return "cancelled"
	case "Future":
		return "set_result"
	}
	return wait
}

// TaskCancelRequested records cancel(): an instant on the task and a link from the canceller.
func (a *observer) TaskCancelRequested(t *asyncio.Task, by *asyncio.Task) {
	lane := a.laneOf(t)
	if lane == noLane || a.full {
		return
	}
	a.tasks.at(t.ID()).cancelPending = true
	from, timer := a.causeLane()
	if l := a.laneOf(by); l != noLane {
		from, timer = l, false
	}
	label := ""
	if from == timeline.LoopLane && timer {
		label = "timeout"
	}
	if a.room() {
		a.r.Instant(lane, timeline.InstantCancelRequested, label, "")
	}
	if a.room() {
		a.r.Link(timeline.LinkCancel, from, lane, label)
	}
}

// TaskDone records how the task ended.
func (a *observer) TaskDone(t *asyncio.Task) {
	if lane := a.laneOf(t); lane != noLane && !a.full {
		a.ended(t, a.tasks.at(t.ID()))
	}
}

// ended records the done or raised instant of t once.
func (a *observer) ended(t *asyncio.Task, rec *taskRecord) {
	if rec.ended || !a.room() {
		return
	}
	rec.ended = true
	result, exc, cancelled := t.Outcome()
	switch {
	case cancelled:
		a.r.Instant(rec.lane, timeline.InstantRaised, "CancelledError()", "")
	case exc != nil:
		a.r.Instant(rec.lane, timeline.InstantRaised, shortRepr(exc, maxRepr), "")
	default:
		a.r.Instant(rec.lane, timeline.InstantDone, shortRepr(result, maxRepr), "")
	}
}

// TimerScheduled is not drawn: the timer shows when it fires, as a wake link.
func (a *observer) TimerScheduled(by *asyncio.Task, when float64) {}

// ClockJump records the loop's idle time until its next timer.
func (a *observer) ClockJump(from, to float64) {
	if a.room() {
		a.r.Idle(from, to)
	}
}

// BlockingCall remembers the label of the blocking call about to move the clock.
func (a *observer) BlockingCall(label string) { a.blocking = label }

// advanced is the clock's OnAdvance hook: a blocking move becomes a blocking span.
func (a *observer) advanced(from, to float64, blocking bool) {
	if !blocking {
		return // idle jumps arrive as ClockJump, with the loop's view of them
	}
	label := a.blocking
	a.blocking = ""
	if label == "" {
		label = "blocking"
	}
	if a.room() {
		a.r.Blocking(a.current(), from, to, label)
	}
}

// print records text written to stream by whoever runs now, merging it into the pending
// print when that one is of the same lane, stream and time.
func (a *observer) print(stream, text string) {
	if a.full || text == "" {
		return
	}
	lane, t := a.current(), a.now()
	p := &a.pending
	if p.text != "" && (p.lane != lane || p.stream != stream || p.t != t) {
		a.flushPrint()
	}
	switch {
	case p.text == "":
		*p = pendingPrint{lane: lane, stream: stream, text: text, t: t}
	case len(p.text) < maxPrint:
		p.text += text
	}
}

// flushPrint records the pending print, stamped with the time it was written at.
func (a *observer) flushPrint() {
	p := a.pending
	a.pending = pendingPrint{}
	if !a.count() {
		return
	}
	a.frozen, a.at = true, p.t
	a.r.Print(p.lane, p.stream, p.text)
	a.frozen = false
}

// housekeeping names the coroutines of the asyncio package that the loop runs as tasks for
// itself when asyncio.run shuts down.
var housekeeping = map[string]bool{
	"BaseEventLoop.shutdown_asyncgens": true, "BaseEventLoop.shutdown_default_executor": true,
}

// internal reports whether coro is one of the loop's housekeeping coroutines.
func internal(coro vm.Value) bool {
	g, ok := coro.(*vm.Generator)
	return ok && housekeeping[g.QualName()] && g.Code() != nil && strings.HasPrefix(g.Code().Filename, "<stdlib>/asyncio/")
}

// coroName is the coroutine's qualified name ("main", "Worker.run").
func coroName(coro vm.Value) string {
	if g, ok := coro.(*vm.Generator); ok {
		return g.QualName()
	}
	return coro.Type().Name
}

// startTimeline installs a recorder on the interpreter, its clock and its output streams when
// on is set, and returns it; otherwise it returns nil and installs nothing.
func startTimeline(on bool, in *vm.Interp, clk *clock.Virtual, streams ...*eventWriter) *observer {
	if !on {
		return nil
	}
	st := asyncio.StateOf(in)
	a := newObserver(clk.Now, st)
	st.Observer = a
	in.Ext[pythread.ObserverKey{}] = a
	clk.OnAdvance = a.advanced
	for _, w := range streams {
		kind, emit := w.kind, w.emit
		w.emit = func(ev Event) {
			a.print(kind, ev.Data)
			emit(ev)
		}
	}
	return a
}

// end ends the recording, emits it as one "timeline" event when event is set, and returns
// the recorder; a nil observer returns nil. The document is written straight from the
// recorder's records: the Timeline is built only if the host asks for it (Result.Timeline).
// An encoding failure is reported as an event on stderr.
func (a *observer) end(emit func(Event), event bool) *timeline.Recorder {
	if a == nil {
		return nil
	}
	a.state.Observer = nil
	a.flush()
	a.r.End()
	if !event {
		return a.r
	}
	// Room for the whole document at once: growing a builder of megabytes step by step
	// would copy it several times over. A builder's room, unlike make's, is not cleared
	// first, so only the pages the document fills are touched.
	var b strings.Builder
	b.Grow(a.r.EncodedSize())
	if err := a.r.Encode(&b); err != nil {
		emit(Event{Kind: "stderr", VT: a.r.EndTime(), Data: "asobiba: timeline: " + err.Error() + "\n"})
		return a.r
	}
	emit(Event{Kind: "timeline", VT: a.r.EndTime(), Data: b.String()})
	return a.r
}
