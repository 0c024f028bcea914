package engine

// The timeline's thread lanes: the adapter is also pythread's Observer.
//
// Every thread the program starts — threading.Thread, an executor's worker, the default
// executor of run_in_executor and to_thread — gets a lane of kind "thread" when it starts,
// named after the thread, its parent being the lane that started it. While the thread holds
// the baton its lane shows a running span; while it waits, a waiting span labelled with the
// library call it waits in ("Thread.join", "Queue.get", "Event.wait"), or "runnable" when
// it only lets the others have a turn. Output written and clock moves made while a thread
// runs belong to its lane, so a worker's time.sleep is a blocking span on the worker's lane.
//
// The main thread keeps the lanes it has without threads. Outside a running loop its waits
// ("Thread.join" at the module's top level) are waiting spans on the MainThread lane. Inside
// a task step a wait holds the whole loop: when the clock moved meanwhile it is a blocking
// span on the task's lane ("Future.result"). The loop waiting for the threads between its
// own callbacks is drawn by the threads themselves.

import (
	"github.com/asobiba/asobiba/runtime/timeline"
	"github.com/asobiba/asobiba/runtime/vm"
)

// runnableLabel labels the waiting span of a thread that only lets the others have a turn.
const runnableLabel = "runnable"

// mainWait is a wait of the main thread being recorded.
type mainWait struct {
	lane  int     // the lane it is drawn on, or noLane
	span  bool    // a waiting span (outside a loop) rather than a blocking one (in a step)
	from  float64 // when it began
	label string
}

// ThreadStarted adds the thread's lane.
func (a *observer) ThreadStarted(parent, th *vm.Thread, name string) {
	if a.threads == nil {
		a.threads = map[*vm.Thread]int{}
	}
	a.threads[th] = noLane
	// A thread started by a hidden task (the loop's housekeeping) or by a hidden thread is
	// hidden too.
	if n := len(a.running); n > 0 && a.running[n-1].th == a.thread && a.running[n-1].lane == noLane {
		return
	}
	if a.thread != nil && a.threadLane(a.thread) == noLane {
		return
	}
	if !a.room() {
		return
	}
	a.threads[th] = a.r.AddLane(timeline.LaneThread, name, "", a.current())
}

// threadLane returns the lane of a thread the program started, or noLane (for the main
// thread, and for threads left out when the timeline was full).
func (a *observer) threadLane(th *vm.Thread) int {
	if l, ok := a.threads[th]; ok {
		return l
	}
	return noLane
}

// ThreadRunning opens the thread's running span, or ends the main thread's wait.
func (a *observer) ThreadRunning(th *vm.Thread) {
	a.flush()
	if _, started := a.threads[th]; started {
		a.thread = th
		if lane := a.threadLane(th); lane != noLane && a.room() {
			a.r.Begin(lane, timeline.SpanRunning, "")
		}
		return
	}
	a.thread = nil
	w := a.waiting
	a.waiting = mainWait{lane: noLane}
	if w.lane == noLane || a.full {
		return
	}
	if w.span {
		a.r.Close(w.lane)
	} else if now := a.now(); now > w.from && a.room() {
		a.r.Blocking(w.lane, w.from, now, w.label)
	}
}

// ThreadWaiting opens the thread's waiting span, or begins a wait of the main thread.
func (a *observer) ThreadWaiting(th *vm.Thread, label string) {
	a.flush()
	if _, started := a.threads[th]; started {
		if label == "" {
			label = runnableLabel
		}
		if lane := a.threadLane(th); lane != noLane && a.room() {
			a.r.Begin(lane, timeline.SpanWaiting, label)
		}
		return
	}
	a.waiting = mainWait{lane: noLane}
	if label == "" || a.full {
		return
	}
	switch n := len(a.running); {
	case n > 0 && a.running[n-1].th == nil:
		// A task step waits for another thread: the loop is held.
		a.waiting = mainWait{lane: a.running[n-1].lane, from: a.now(), label: label}
	case a.state.Running() == nil:
		// The module's top level waits (a join): a waiting span on MainThread.
		if a.room() {
			lane := a.main()
			a.r.Begin(lane, timeline.SpanWaiting, label)
			a.waiting = mainWait{lane: lane, span: true}
		}
	}
	// Otherwise the loop waits for the threads between callbacks: they show it.
}

// ThreadEnded closes the thread's lane.
func (a *observer) ThreadEnded(th *vm.Thread) {
	a.flush()
	if lane := a.threadLane(th); lane != noLane && !a.full {
		a.r.Close(lane)
	}
	if a.thread == th {
		a.thread = nil
	}
}

// ThreadNamed renames the thread's lane: a process's lane is named after the process.
func (a *observer) ThreadNamed(th *vm.Thread, name string) {
	if lane := a.threadLane(th); lane != noLane && !a.full {
		a.r.RenameLane(lane, name)
	}
}
