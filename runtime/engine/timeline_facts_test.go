package engine

// The facts a learner reads off each golden timeline, asserted on the data.

import (
	"bytes"
	"slices"
	"testing"

	"github.com/asobiba/asobiba/runtime/timeline"
)

// laneNamed returns the ID of the lane named name.
func laneNamed(t testing.TB, tl *timeline.Timeline, name string) int {
	t.Helper()
	for _, l := range tl.Lanes {
		if l.Name == name {
			return l.ID
		}
	}
	t.Fatalf("no lane named %q", name)
	return -1
}

// lanesOf returns the task lanes whose coroutine is coro, in creation order.
func lanesOf(tl *timeline.Timeline, coro string) []int {
	var out []int
	for _, l := range tl.Lanes {
		if l.Kind == timeline.LaneTask && l.Coro == coro {
			out = append(out, l.ID)
		}
	}
	return out
}

// spansOf returns the spans of lane of the given kind and label ("*": any label).
func spansOf(tl *timeline.Timeline, lane int, kind timeline.SpanKind, label string) []timeline.Span {
	var out []timeline.Span
	for _, s := range tl.Spans {
		if s.Lane == lane && s.Kind == kind && (label == "*" || s.Label == label) {
			out = append(out, s)
		}
	}
	return out
}

// instantsOf returns the instants of lane of the given kind.
func instantsOf(tl *timeline.Timeline, lane int, kind timeline.InstantKind) []timeline.Instant {
	var out []timeline.Instant
	for _, in := range tl.Instants {
		if in.Lane == lane && in.Kind == kind {
			out = append(out, in)
		}
	}
	return out
}

// findInstant returns the first instant of lane of the given kind, or nil.
func findInstant(tl *timeline.Timeline, lane int, kind timeline.InstantKind) *timeline.Instant {
	if ins := instantsOf(tl, lane, kind); len(ins) > 0 {
		return &ins[0]
	}
	return nil
}

// linksOf returns the links of the given kind from one lane to another.
func linksOf(tl *timeline.Timeline, kind timeline.LinkKind, from, to int) []timeline.Link {
	var out []timeline.Link
	for _, l := range tl.Links {
		if l.Kind == kind && l.From == from && l.To == to {
			out = append(out, l)
		}
	}
	return out
}

// lastInstant returns the last instant of lane.
func lastInstant(tl *timeline.Timeline, lane int) timeline.Instant {
	var last timeline.Instant
	for _, in := range tl.Instants {
		if in.Lane == lane {
			last = in
		}
	}
	return last
}

// checkInvariants checks what every recorded timeline must satisfy: the document's own
// invariants, a lossless JSON round trip, spans of one lane that do not overlap (a blocking
// span lies inside a running span), and one creation and at most one end per task.
func checkInvariants(t testing.TB, tl *timeline.Timeline) {
	t.Helper()
	if err := tl.Check(); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := timeline.Encode(&b, tl); err != nil {
		t.Fatal(err)
	}
	if _, err := timeline.Decode(bytes.NewReader(b.Bytes())); err != nil {
		t.Fatalf("the encoded timeline does not decode: %v", err)
	}
	for _, l := range tl.Lanes {
		var prev *timeline.Span
		for i, s := range tl.Spans {
			if s.Lane != l.ID {
				continue
			}
			if s.Kind == timeline.SpanBlocking {
				if l.Kind == timeline.LaneTask && !slices.ContainsFunc(spansOf(tl, l.ID, timeline.SpanRunning, "*"), func(r timeline.Span) bool {
					return r.Start.T <= s.Start.T && s.End.T <= r.End.T && r.Start.Seq < s.Start.Seq && s.End.Seq < r.End.Seq
				}) {
					t.Errorf("lane %s: blocking span %+v lies in no running span", l.Name, s)
				}
				continue
			}
			if prev != nil && (s.Start.Seq < prev.End.Seq || s.Start.T < prev.End.T) {
				t.Errorf("lane %s: span %+v overlaps %+v", l.Name, s, *prev)
			}
			prev = &tl.Spans[i]
		}
		if l.Kind != timeline.LaneTask {
			continue
		}
		if n := len(instantsOf(tl, l.ID, timeline.InstantCreated)); n != 1 {
			t.Errorf("lane %s: %d created instants", l.Name, n)
		}
		if n := len(instantsOf(tl, l.ID, timeline.InstantDone)) + len(instantsOf(tl, l.ID, timeline.InstantRaised)); n > 1 {
			t.Errorf("lane %s: %d ends", l.Name, n)
		}
	}
}

// golden loads and runs one of the golden programs.
func golden(t *testing.T, name string) timelineRun {
	t.Helper()
	r := runWithTimeline(t, name+".py", loadProgram(t, name))
	checkInvariants(t, r.tl)
	return r
}

// TestFactsGather: the three sleepers wait side by side, from 0.0 to 1.0, each for
// sleep(1.0); main waits for gather meanwhile and is woken by the last sleeper.
func TestFactsGather(t *testing.T) {
	tl := golden(t, "gather").tl
	main := laneNamed(t, tl, "Task-1")
	sleepers := lanesOf(tl, "sleeper")
	if len(sleepers) != 3 {
		t.Fatalf("%d sleeper lanes, want 3", len(sleepers))
	}
	for _, s := range sleepers {
		w := spansOf(tl, s, timeline.SpanWaiting, "*")
		if len(w) != 1 || w[0].Label != "sleep(1.0)" || w[0].Start.T != 0 || w[0].End.T != 1 {
			t.Errorf("%s waits %+v, want once for sleep(1.0) from 0 to 1", tl.Lanes[s].Name, w)
		}
		if tl.Lanes[s].Parent != main || len(linksOf(tl, timeline.LinkAwait, main, s)) != 1 {
			t.Errorf("%s: parent %d and await links from main %v", tl.Lanes[s].Name, tl.Lanes[s].Parent, linksOf(tl, timeline.LinkAwait, main, s))
		}
		if l := linksOf(tl, timeline.LinkWake, timeline.LoopLane, s); len(l) != 1 || l[0].Label != "timer" || l[0].At.T != 1 {
			t.Errorf("%s is woken by %+v, want the loop's timer at 1", tl.Lanes[s].Name, l)
		}
	}
	if w := spansOf(tl, main, timeline.SpanWaiting, "gather"); len(w) != 1 || w[0].Start.T != 0 || w[0].End.T != 1 {
		t.Errorf("main waits for gather %+v, want from 0 to 1", w)
	}
	if l := linksOf(tl, timeline.LinkWake, sleepers[2], main); len(l) != 1 || l[0].Label != "gather" {
		t.Errorf("the last sleeper wakes main with %+v, want one gather link", l)
	}
	if in := findInstant(tl, main, timeline.InstantPrint); in == nil || in.Text != "['a', 'b', 'c']\n" || in.At.T != 1 {
		t.Errorf("main's print %+v", in)
	}
	if idle := spansOf(tl, timeline.LoopLane, timeline.SpanWaiting, "idle"); len(idle) != 1 || idle[0].Start.T != 0 || idle[0].End.T != 1 {
		t.Errorf("the loop idles %+v, want once from 0 to 1", idle)
	}
}

// TestFactsCreateTask: fetch starts sleeping while main still runs its own sleep; main then
// waits for the task, and fetch's result wakes it.
func TestFactsCreateTask(t *testing.T) {
	r := golden(t, "create_task")
	tl := r.tl
	main, fetch := laneNamed(t, tl, "Task-1"), laneNamed(t, tl, "Task-2")
	if w := spansOf(tl, main, timeline.SpanWaiting, "*"); len(w) != 2 || w[0].Label != "sleep(0.2)" || w[1].Label != "Task-2" ||
		w[1].Start.T != 0.2 || w[1].End.T != 0.5 {
		t.Errorf("main waits %+v, want sleep(0.2), then Task-2 from 0.2 to 0.5", w)
	}
	if w := spansOf(tl, fetch, timeline.SpanWaiting, "sleep(0.5)"); len(w) != 1 || w[0].Start.T != 0 || w[0].End.T != 0.5 {
		t.Errorf("fetch waits %+v, want sleep(0.5) from 0 to 0.5", w)
	}
	if l := linksOf(tl, timeline.LinkWake, fetch, main); len(l) != 1 || l[0].Label != "result" {
		t.Errorf("fetch wakes main with %+v, want one result link", l)
	}
	if in := findInstant(tl, fetch, timeline.InstantDone); in == nil || in.Text != "42" {
		t.Errorf("fetch's done instant %+v, want 42", in)
	}
	if r.stdout != "started\n42\n" {
		t.Errorf("stdout %q", r.stdout)
	}
}

// TestFactsCancel: the worker's lane ends, at the cancel time, with the CancelledError that
// main's cancel() delivered; its finally block prints after it; main itself is not cancelled.
func TestFactsCancel(t *testing.T) {
	tl := golden(t, "cancel").tl
	main, worker := laneNamed(t, tl, "Task-1"), laneNamed(t, tl, "Task-2")
	if l := linksOf(tl, timeline.LinkCancel, main, worker); len(l) != 1 || l[0].At.T != 1 {
		t.Errorf("cancel links main→worker %+v, want one at 1", l)
	}
	req, got := findInstant(tl, worker, timeline.InstantCancelRequested), findInstant(tl, worker, timeline.InstantCancelled)
	if req == nil || got == nil || req.At.T != 1 || got.At.T != 1 || got.At.Seq < req.At.Seq {
		t.Fatalf("worker: cancel requested %+v, cancelled %+v; want both at 1, in that order", req, got)
	}
	if p := findInstant(tl, worker, timeline.InstantPrint); p == nil || p.Text != "cleanup\n" || p.At.Seq < got.At.Seq {
		t.Errorf("worker's print %+v, want cleanup after the CancelledError", p)
	}
	if last := lastInstant(tl, worker); last.Kind != timeline.InstantRaised || last.Text != "CancelledError()" || last.At.T != 1 {
		t.Errorf("worker's lane ends with %+v, want raised CancelledError() at 1", last)
	}
	if w := spansOf(tl, worker, timeline.SpanWaiting, "sleep(10)"); len(w) != 1 || w[0].End.T != 1 {
		t.Errorf("worker's sleep(10) %+v, want it cut at 1", w)
	}
	if c := findInstant(tl, main, timeline.InstantCancelled); c != nil {
		t.Errorf("main was not cancelled, yet has %+v", c)
	}
	if l := linksOf(tl, timeline.LinkWake, worker, main); len(l) != 1 || l[0].Label != "cancelled" {
		t.Errorf("the worker wakes main with %+v, want one cancelled link", l)
	}
}

// TestFactsWaitFor: after one second the waiting ends; slow is cancelled at 1, not 5.
func TestFactsWaitFor(t *testing.T) {
	r := golden(t, "wait_for")
	tl := r.tl
	main, slow := laneNamed(t, tl, "Task-1"), laneNamed(t, tl, "Task-2")
	if w := spansOf(tl, main, timeline.SpanWaiting, "wait_for"); len(w) != 1 || w[0].Start.T != 0 || w[0].End.T != 1 {
		t.Errorf("main waits for wait_for %+v, want from 0 to 1", w)
	}
	if l := linksOf(tl, timeline.LinkWake, timeline.LoopLane, main); len(l) != 1 || l[0].Label != "timer" || l[0].At.T != 1 {
		t.Errorf("the timeout wakes main with %+v, want the loop's timer at 1", l)
	}
	if c := findInstant(tl, slow, timeline.InstantCancelled); c == nil || c.At.T != 1 {
		t.Errorf("slow's cancelled instant %+v, want one at 1", c)
	}
	if w := spansOf(tl, slow, timeline.SpanWaiting, "sleep(5)"); len(w) != 1 || w[0].End.T != 1 {
		t.Errorf("slow's sleep(5) %+v, want it cut at 1", w)
	}
	if tl.End.T != 1 || r.stdout != "timed out\n" {
		t.Errorf("the run ends at %v printing %q", tl.End.T, r.stdout)
	}
}

// TestFactsSemaphore: with Semaphore(2), never more than two jobs are between acquire and
// release; the other two wait for the Semaphore until the first two release it at 1.
func TestFactsSemaphore(t *testing.T) {
	tl := golden(t, "semaphore").tl
	jobs := lanesOf(tl, "job")
	if len(jobs) != 4 {
		t.Fatalf("%d job lanes, want 4", len(jobs))
	}
	// A job holds the semaphore from the start of the step that acquires it (its first
	// step, or the one after it waited for the Semaphore) to its done instant.
	type edge struct {
		seq   int64
		delta int
	}
	var edges []edge
	for i, j := range jobs {
		waits := spansOf(tl, j, timeline.SpanWaiting, "Semaphore")
		steps := spansOf(tl, j, timeline.SpanRunning, "*")
		enter := steps[0].Start.Seq
		if len(waits) > 0 {
			if i < 2 || len(waits) != 1 || waits[0].Start.T != 0 || waits[0].End.T != 1 {
				t.Errorf("job %d waits for the Semaphore %+v; want only jobs 2 and 3, from 0 to 1", i, waits)
				continue
			}
			enter = waits[0].End.Seq
			if l := linksOf(tl, timeline.LinkWake, jobs[i-2], j); len(l) != 1 || l[0].Label != "Semaphore.release" {
				t.Errorf("job %d is woken by %+v, want job %d's Semaphore.release", i, l, i-2)
			}
		} else if i >= 2 {
			t.Errorf("job %d never waited for the Semaphore", i)
		}
		done := findInstant(tl, j, timeline.InstantDone)
		if done == nil {
			t.Fatalf("job %d never finished", i)
		}
		edges = append(edges, edge{enter, +1}, edge{done.At.Seq, -1})
	}
	slices.SortFunc(edges, func(a, b edge) int { return int(a.seq - b.seq) })
	inside, most := 0, 0
	for _, e := range edges {
		inside += e.delta
		most = max(most, inside)
	}
	if most != 2 {
		t.Errorf("at most %d jobs held the semaphore at once, want 2", most)
	}
}

// TestFactsQueue: each item the producer puts wakes the consumer's Queue.get at that moment.
func TestFactsQueue(t *testing.T) {
	tl := golden(t, "queue").tl
	prod, cons := laneNamed(t, tl, "Task-2"), laneNamed(t, tl, "Task-3")
	gets := spansOf(tl, cons, timeline.SpanWaiting, "Queue.get")
	wakes := linksOf(tl, timeline.LinkWake, prod, cons)
	if len(gets) != 3 || len(wakes) != 3 {
		t.Fatalf("consumer: %d Queue.get waits, %d wakes from the producer; want 3 and 3", len(gets), len(wakes))
	}
	for i := range 3 {
		at := float64(i+1) * 0.5
		if gets[i].End.T != at || wakes[i].At.T != at || wakes[i].Label != "Queue.put" || wakes[i].At.Seq > gets[i].End.Seq {
			t.Errorf("item %d: wait %+v, wake %+v; want a Queue.put wake ending the wait at %v", i, gets[i], wakes[i], at)
		}
	}
	puts, gots := instantsOf(tl, prod, timeline.InstantPrint), instantsOf(tl, cons, timeline.InstantPrint)
	if len(puts) != 3 || len(gots) != 3 {
		t.Fatalf("%d prints on the producer, %d on the consumer; want 3 and 3", len(puts), len(gots))
	}
	for i := range 3 {
		if puts[i].At.Seq > gots[i].At.Seq || puts[i].At.T != gots[i].At.T {
			t.Errorf("put %d (%+v) is not printed before got %d (%+v) at the same time", i, puts[i], i, gots[i])
		}
	}
}

// TestFactsBlocking: time.sleep(2) in blocker is a blocking span covering 0 to 2 during which
// no other lane runs and the loop is not idle; the ticker's first timer, due at 0.5, fires
// at 2.
func TestFactsBlocking(t *testing.T) {
	tl := golden(t, "blocking").tl
	ticker, blocker := laneNamed(t, tl, "Task-2"), laneNamed(t, tl, "Task-3")
	b := spansOf(tl, blocker, timeline.SpanBlocking, "*")
	if len(b) != 1 || b[0].Label != "time.sleep(2)" || b[0].Start.T != 0 || b[0].End.T != 2 {
		t.Fatalf("blocker's blocking spans %+v, want time.sleep(2) from 0 to 2", b)
	}
	for _, s := range tl.Spans {
		if s.Lane == blocker || s.End.T <= 0 || s.Start.T >= 2 {
			continue
		}
		if s.Kind == timeline.SpanRunning || s.Lane == timeline.LoopLane {
			t.Errorf("%s %s span %+v overlaps the blocking call", tl.Lanes[s.Lane].Name, s.Kind, s)
		}
	}
	if w := spansOf(tl, ticker, timeline.SpanWaiting, "sleep(0.5)"); len(w) != 3 || w[0].Start.T != 0 || w[0].End.T != 2 {
		t.Errorf("ticker's sleeps %+v, want three, the first from 0 to 2", w)
	}
	if l := linksOf(tl, timeline.LinkWake, timeline.LoopLane, ticker); len(l) != 3 || l[0].At.T != 2 {
		t.Errorf("ticker's timer wakes %+v, want three, the first at 2", l)
	}
}

// TestFactsTaskGroup: when one task of a TaskGroup raises, the group cancels the task still
// running, at that moment, on behalf of the failed task.
func TestFactsTaskGroup(t *testing.T) {
	r := golden(t, "taskgroup")
	tl := r.tl
	main, early, failing, late := laneNamed(t, tl, "Task-1"), laneNamed(t, tl, "Task-2"), laneNamed(t, tl, "Task-3"), laneNamed(t, tl, "Task-4")
	if in := findInstant(tl, early, timeline.InstantDone); in == nil || in.At.T != 0.5 || in.Text != "'早い'" {
		t.Errorf("the early task's done instant %+v, want '早い' at 0.5", in)
	}
	if in := findInstant(tl, failing, timeline.InstantRaised); in == nil || in.At.T != 1 || in.Text != "ValueError('失敗')" {
		t.Errorf("the failing task's raised instant %+v, want ValueError('失敗') at 1", in)
	}
	if l := linksOf(tl, timeline.LinkCancel, failing, late); len(l) != 1 || l[0].At.T != 1 {
		t.Errorf("cancel links from the failing task to the late one %+v, want one at 1", l)
	}
	if last := lastInstant(tl, late); last.Kind != timeline.InstantRaised || last.Text != "CancelledError()" || last.At.T != 1 {
		t.Errorf("the late task ends with %+v, want CancelledError() at 1", last)
	}
	if w := spansOf(tl, late, timeline.SpanWaiting, "sleep(3.0)"); len(w) != 1 || w[0].End.T != 1 {
		t.Errorf("the late task's sleep(3.0) %+v, want it cut at 1", w)
	}
	if w := spansOf(tl, main, timeline.SpanWaiting, "TaskGroup"); len(w) == 0 || w[0].Start.T != 0 || w[0].End.T != 1 {
		t.Errorf("main waits for the TaskGroup %+v, want from 0 to 1", w)
	}
	if got := len(linksOf(tl, timeline.LinkAwait, main, early)) + len(linksOf(tl, timeline.LinkAwait, main, late)); got != 2 {
		t.Errorf("%d await links from main to the group's tasks, want 2", got)
	}
	if in := findInstant(tl, main, timeline.InstantDone); in == nil || r.stdout != "失敗しました: (ValueError('失敗'),)\n" {
		t.Errorf("main's end %+v, stdout %q", in, r.stdout)
	}
}

// TestFactsThreads: every thread has a lane of its own, started by MainThread; the waiter
// waits in Event.wait from 0 until the main thread sets the event at 3; each worker's
// time.sleep is a blocking span on its own lane, one after the other (threads take turns),
// and its print is on its lane; MainThread waits for them in Thread.start and Thread.join.
func TestFactsThreads(t *testing.T) {
	tl := golden(t, "threads").tl
	main, waiter := laneNamed(t, tl, "MainThread"), laneNamed(t, tl, "waiter")
	w1, w2 := laneNamed(t, tl, "worker-1"), laneNamed(t, tl, "worker-2")
	for _, l := range []int{waiter, w1, w2} {
		if tl.Lanes[l].Kind != timeline.LaneThread || tl.Lanes[l].Parent != main {
			t.Errorf("lane %s: kind %s, parent %d; want a thread lane started by MainThread", tl.Lanes[l].Name, tl.Lanes[l].Kind, tl.Lanes[l].Parent)
		}
		if len(spansOf(tl, l, timeline.SpanRunning, "*")) == 0 {
			t.Errorf("lane %s never runs", tl.Lanes[l].Name)
		}
	}
	if w := spansOf(tl, waiter, timeline.SpanWaiting, "*"); len(w) != 1 || w[0].Label != "Event.wait" || w[0].Start.T != 0 || w[0].End.T != 3 {
		t.Errorf("the waiter waits %+v, want once in Event.wait from 0 to 3", w)
	}
	for _, c := range []struct {
		lane     int
		label    string
		from, to float64
		printed  string
	}{{w1, "time.sleep(1)", 0, 1, "worker 1 done at 1.0\n"}, {w2, "time.sleep(2)", 1, 3, "worker 2 done at 3.0\n"}} {
		name := tl.Lanes[c.lane].Name
		if b := spansOf(tl, c.lane, timeline.SpanBlocking, "*"); len(b) != 1 || b[0].Label != c.label || b[0].Start.T != c.from || b[0].End.T != c.to {
			t.Errorf("%s blocks %+v, want %s from %v to %v", name, b, c.label, c.from, c.to)
		}
		if p := findInstant(tl, c.lane, timeline.InstantPrint); p == nil || p.Text != c.printed {
			t.Errorf("%s prints %+v, want %q", name, p, c.printed)
		}
	}
	if s := spansOf(tl, main, timeline.SpanWaiting, "Thread.start"); len(s) != 3 || s[2].Start.T != 1 || s[2].End.T != 3 {
		t.Errorf("MainThread waits in Thread.start %+v, want three times, the last from 1 to 3", s)
	}
	if s := spansOf(tl, main, timeline.SpanWaiting, "Thread.join"); len(s) == 0 {
		t.Error("MainThread never waits in Thread.join")
	}
	if p := lastInstant(tl, main); p.Kind != timeline.InstantPrint || p.Text != "all done at 3.0\n" {
		t.Errorf("MainThread's last instant %+v, want the final print", p)
	}
}

// TestFactsExecutor: run_in_executor and to_thread run on the default executor's worker,
// asyncio_0, a thread lane started by main; the worker runs both calls one after the other
// (time.sleep(1) from 0 to 1, time.sleep(2) from 1 to 3) and waits for work in between;
// to_thread's task waits for the worker's Future meanwhile. Starting the worker held main's
// step (and so the loop) while the worker's first call slept. The executor's shutdown
// thread is housekeeping and has no lane.
func TestFactsExecutor(t *testing.T) {
	tl := golden(t, "executor").tl
	main, worker := laneNamed(t, tl, "Task-1"), laneNamed(t, tl, "asyncio_0")
	toThread := lanesOf(tl, "to_thread")
	if len(toThread) != 1 {
		t.Fatalf("%d to_thread lanes, want 1", len(toThread))
	}
	if l := tl.Lanes[worker]; l.Kind != timeline.LaneThread || l.Parent != main {
		t.Errorf("asyncio_0: kind %s, parent %d; want a thread lane started by main", l.Kind, l.Parent)
	}
	b := spansOf(tl, worker, timeline.SpanBlocking, "*")
	if len(b) != 2 || b[0].Label != "time.sleep(1)" || b[0].Start.T != 0 || b[0].End.T != 1 ||
		b[1].Label != "time.sleep(2)" || b[1].Start.T != 1 || b[1].End.T != 3 {
		t.Errorf("asyncio_0 blocks %+v, want time.sleep(1) from 0 to 1, then time.sleep(2) from 1 to 3", b)
	}
	if w := spansOf(tl, worker, timeline.SpanWaiting, "SimpleQueue.get"); len(w) == 0 || w[0].Start.T != 1 {
		t.Errorf("asyncio_0 waits for work %+v, want from 1 on", w)
	}
	if w := spansOf(tl, toThread[0], timeline.SpanWaiting, "*"); len(w) != 1 || w[0].Label != "Future" || w[0].Start.T != 1 || w[0].End.T != 3 {
		t.Errorf("to_thread's task waits %+v, want once for its Future from 1 to 3", w)
	}
	if b := spansOf(tl, main, timeline.SpanBlocking, "*"); len(b) != 1 || b[0].Label != "ThreadPoolExecutor.submit" || b[0].End.T != 1 {
		t.Errorf("main blocks %+v, want once in ThreadPoolExecutor.submit until 1", b)
	}
	for _, l := range tl.Lanes {
		if l.Kind == timeline.LaneThread && l.ID != worker {
			t.Errorf("unexpected thread lane %q", l.Name)
		}
	}
}

// TestFactsProcessLanes: a multiprocessing process runs as a thread named MainThread, yet
// its lane is named after the process, and what it prints is on that lane.
func TestFactsProcessLanes(t *testing.T) {
	src := `import multiprocessing

def child(q):
    print("child", multiprocessing.current_process().name)
    q.put(42)

if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=child, args=(q,))
    p.start()
    print(q.get())
    p.join()
`
	r := runWithTimeline(t, "procs.py", []byte(src))
	checkInvariants(t, r.tl)
	if r.stdout != "child Process-1\n42\n" {
		t.Fatalf("stdout %q", r.stdout)
	}
	child := laneNamed(t, r.tl, "Process-1")
	if l := r.tl.Lanes[child]; l.Kind != timeline.LaneThread || l.Parent != laneNamed(t, r.tl, "MainThread") {
		t.Errorf("Process-1: kind %s, parent %d; want a thread lane started by MainThread", l.Kind, l.Parent)
	}
	if p := findInstant(r.tl, child, timeline.InstantPrint); p == nil || p.Text != "child Process-1\n" {
		t.Errorf("Process-1 prints %+v", p)
	}
}

// TestFactsRenamedTask: a task renamed after it was made (TaskGroup.create_task(name=...)
// names its tasks so, as CPython does) shows under its new name.
func TestFactsRenamedTask(t *testing.T) {
	src := `import asyncio
async def job():
    await asyncio.sleep(1)
async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(job(), name="fetch")
        t = tg.create_task(job())
    t.set_name("renamed later")
asyncio.run(main())
`
	tl := runWithTimeline(t, "renamed.py", []byte(src)).tl
	checkInvariants(t, tl)
	fetch, later := laneNamed(t, tl, "fetch"), laneNamed(t, tl, "renamed later")
	if tl.Lanes[fetch].Parent != laneNamed(t, tl, "Task-1") || fetch == later {
		t.Errorf("lanes %+v", tl.Lanes)
	}
	for _, l := range tl.Lanes {
		if l.Name == "Task-2" || l.Name == "Task-3" {
			t.Errorf("lane %q kept its first name", l.Name)
		}
	}
}
