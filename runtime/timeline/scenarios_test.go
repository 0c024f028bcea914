package timeline

// Synthetic timelines: what the asyncio runtime would report for small, classic programs.
// Each builder replays, report by report, the run of the Python program in its comment, in
// the order CPython's event loop would run it (tasks in FIFO order, timers by deadline).

import (
	"fmt"
	"strconv"
)

// sim drives a Recorder with a hand-moved clock.
type sim struct {
	now float64
	r   *Recorder
}

func newSim() *sim {
	s := &sim{}
	s.r = NewRecorder(func() float64 { return s.now })
	return s
}

func (s *sim) task(name, coro string, parent int) int {
	return s.r.AddLane(LaneTask, name, coro, parent)
}
func (s *sim) step(lane int)                 { s.r.Begin(lane, SpanRunning, "") }
func (s *sim) wait(lane int, on string)      { s.r.Begin(lane, SpanWaiting, on) }
func (s *sim) print(lane int, text string)   { s.r.Print(lane, "stdout", text) }
func (s *sim) wake(from, to int, why string) { s.r.Link(LinkWake, from, to, why) }
func (s *sim) awaits(from, to int)           { s.r.Link(LinkAwait, from, to, "") }

// done ends a task's last step with a result.
func (s *sim) done(lane int, result string) {
	s.r.Instant(lane, InstantDone, result, "")
	s.r.Close(lane)
}

// raised ends a task's last step with an exception.
func (s *sim) raised(lane int, exc string) {
	s.r.Instant(lane, InstantRaised, exc, "")
	s.r.Close(lane)
}

// jump moves the idle loop's clock to its next timer.
func (s *sim) jump(to float64) {
	s.r.Idle(s.now, to)
	s.now = to
}

// timer wakes lane from a sleep whose deadline has come and starts its step.
func (s *sim) timer(lane int) {
	s.wake(LoopLane, lane, "timer")
	s.step(lane)
}

// scenario is a named synthetic timeline.
type scenario struct {
	name  string
	build func() *Recorder
	// big scenarios keep digests of their JSON and Chrome output instead of the files.
	big bool
}

// sample is the scenario's timeline for tests that parse whole outputs into generic
// values: for a big scenario, a smaller run of the same program.
func (sc scenario) sample() *Timeline {
	if sc.big {
		return manyTasks(300)
	}
	return sc.timeline()
}

// timeline is the scenario's timeline.
func (sc scenario) timeline() *Timeline { return sc.build().Finish() }

var scenarios = []scenario{
	{name: "gather", build: gatherThree},
	{name: "create_task", build: createTask},
	{name: "cancel", build: cancelTask},
	{name: "wait_for", build: waitForTimeout},
	{name: "semaphore", build: semaphoreFour},
	{name: "queue", build: producerConsumer},
	{name: "blocking", build: blockingSleep},
	{name: "japanese", build: japaneseNames},
	{name: "tasks10k", build: func() *Recorder { return recordManyTasks(10_000) }, big: true},
}

// gatherThree:
//
//	async def sleeper(name):
//	    await asyncio.sleep(1.0)
//	    return name
//
//	async def main():
//	    print(await asyncio.gather(sleeper("a"), sleeper("b"), sleeper("c")))
func gatherThree() *Recorder {
	s := newSim()
	main := s.task("Task-1", "main", -1)
	s.step(main)
	var kids []int
	for i := range 3 {
		kids = append(kids, s.task("Task-"+strconv.Itoa(i+2), "sleeper", main))
	}
	s.wait(main, "gather")
	for _, k := range kids {
		s.awaits(main, k)
	}
	for _, k := range kids {
		s.step(k)
		s.wait(k, "sleep(1.0)")
	}
	s.jump(1.0)
	for i, k := range kids {
		s.timer(k)
		s.done(k, strconv.Quote(string(rune('a'+i))))
	}
	s.wake(kids[2], main, "gather")
	s.step(main)
	s.print(main, "['a', 'b', 'c']\n")
	s.done(main, "None")
	return s.r
}

// createTask:
//
//	async def fetch():
//	    await asyncio.sleep(0.5)
//	    return 42
//
//	async def main():
//	    t = asyncio.create_task(fetch())
//	    print("started")
//	    await asyncio.sleep(0.2)
//	    print(await t)
func createTask() *Recorder {
	s := newSim()
	main := s.task("Task-1", "main", -1)
	s.step(main)
	fetch := s.task("Task-2", "fetch", main)
	s.print(main, "started\n")
	s.wait(main, "sleep(0.2)")
	s.step(fetch)
	s.wait(fetch, "sleep(0.5)")
	s.jump(0.2)
	s.timer(main)
	s.wait(main, "Task-2")
	s.awaits(main, fetch)
	s.jump(0.5)
	s.timer(fetch)
	s.done(fetch, "42")
	s.wake(fetch, main, "result")
	s.step(main)
	s.print(main, "42\n")
	s.done(main, "None")
	return s.r
}

// cancelTask:
//
//	async def worker():
//	    try:
//	        await asyncio.sleep(10)
//	    finally:
//	        print("cleanup")
//
//	async def main():
//	    t = asyncio.create_task(worker())
//	    await asyncio.sleep(1)
//	    t.cancel()
//	    try:
//	        await t
//	    except asyncio.CancelledError:
//	        print("worker cancelled")
func cancelTask() *Recorder {
	s := newSim()
	main := s.task("Task-1", "main", -1)
	s.step(main)
	worker := s.task("Task-2", "worker", main)
	s.wait(main, "sleep(1)")
	s.step(worker)
	s.wait(worker, "sleep(10)")
	s.jump(1)
	s.timer(main)
	s.r.Link(LinkCancel, main, worker, "")
	s.r.Instant(worker, InstantCancelRequested, "", "")
	s.wait(main, "Task-2")
	s.awaits(main, worker)
	s.step(worker)
	s.r.Instant(worker, InstantCancelled, "CancelledError", "")
	s.print(worker, "cleanup\n")
	s.raised(worker, "CancelledError")
	s.wake(worker, main, "cancelled")
	s.step(main)
	s.print(main, "worker cancelled\n")
	s.done(main, "None")
	return s.r
}

// waitForTimeout (Python 3.12+, where wait_for awaits the coroutine in the calling task):
//
//	async def slow():
//	    await asyncio.sleep(5)
//	    return "late"
//
//	async def main():
//	    try:
//	        await asyncio.wait_for(slow(), timeout=1)
//	    except TimeoutError:
//	        print("timed out")
func waitForTimeout() *Recorder {
	s := newSim()
	main := s.task("Task-1", "main", -1)
	s.step(main)
	s.wait(main, "sleep(5)")
	s.jump(1)
	s.r.Link(LinkCancel, LoopLane, main, "timeout")
	s.r.Instant(main, InstantCancelRequested, "timeout", "")
	s.step(main)
	s.r.Instant(main, InstantCancelled, "CancelledError -> TimeoutError", "")
	s.print(main, "timed out\n")
	s.done(main, "None")
	return s.r
}

// semaphoreFour:
//
//	sem = asyncio.Semaphore(2)
//
//	async def job(i):
//	    async with sem:
//	        await asyncio.sleep(1)
//
//	async def main():
//	    await asyncio.gather(*(job(i) for i in range(4)))
func semaphoreFour() *Recorder {
	s := newSim()
	main := s.task("Task-1", "main", -1)
	s.step(main)
	var jobs []int
	for i := range 4 {
		jobs = append(jobs, s.task("Task-"+strconv.Itoa(i+2), "job", main))
	}
	s.wait(main, "gather")
	for i, j := range jobs {
		s.step(j)
		if i < 2 {
			s.wait(j, "sleep(1)")
		} else {
			s.wait(j, "Semaphore")
		}
	}
	s.jump(1)
	for i := range 2 {
		s.timer(jobs[i])
		s.wake(jobs[i], jobs[i+2], "Semaphore.release")
		s.done(jobs[i], "None")
	}
	for i := 2; i < 4; i++ {
		s.step(jobs[i])
		s.wait(jobs[i], "sleep(1)")
	}
	s.jump(2)
	for i := 2; i < 4; i++ {
		s.timer(jobs[i])
		s.done(jobs[i], "None")
	}
	s.wake(jobs[3], main, "gather")
	s.step(main)
	s.done(main, "None")
	return s.r
}

// producerConsumer:
//
//	async def producer(q):
//	    for i in range(3):
//	        await asyncio.sleep(0.5)
//	        await q.put(i)
//	        print(f"put {i}")
//	    await q.put(None)
//
//	async def consumer(q):
//	    while (item := await q.get()) is not None:
//	        print(f"got {item}")
//
//	async def main():
//	    q = asyncio.Queue()
//	    await asyncio.gather(producer(q), consumer(q))
func producerConsumer() *Recorder {
	s := newSim()
	main := s.task("Task-1", "main", -1)
	s.step(main)
	prod := s.task("Task-2", "producer", main)
	cons := s.task("Task-3", "consumer", main)
	s.wait(main, "gather")
	s.step(prod)
	s.wait(prod, "sleep(0.5)")
	s.step(cons)
	s.wait(cons, "Queue.get")
	for i := range 3 {
		s.jump(float64(i+1) * 0.5)
		s.timer(prod)
		s.wake(prod, cons, "Queue.put")
		s.print(prod, fmt.Sprintf("put %d\n", i))
		if i < 2 {
			s.wait(prod, "sleep(0.5)")
		} else {
			s.done(prod, "None") // put(None) does not wait: the queue is unbounded
		}
		s.step(cons)
		s.print(cons, fmt.Sprintf("got %d\n", i))
		if i < 2 {
			s.wait(cons, "Queue.get")
		} else {
			s.done(cons, "None") // get() finds None at once
		}
	}
	s.wake(cons, main, "gather")
	s.step(main)
	s.done(main, "None")
	return s.r
}

// blockingSleep (in debug mode, so the loop warns about the slow step):
//
//	async def ticker():
//	    for i in range(3):
//	        await asyncio.sleep(0.5)
//	        print("tick", i)
//
//	async def blocker():
//	    time.sleep(2)  # holds the loop: nothing else runs
//
//	async def main():
//	    await asyncio.gather(ticker(), blocker())
func blockingSleep() *Recorder {
	s := newSim()
	main := s.task("Task-1", "main", -1)
	s.step(main)
	tick := s.task("Task-2", "ticker", main)
	block := s.task("Task-3", "blocker", main)
	s.wait(main, "gather")
	s.step(tick)
	s.wait(tick, "sleep(0.5)")
	s.step(block)
	s.now = 2 // time.sleep(2) advances the clock inside the step
	s.r.Blocking(block, 0, 2, "time.sleep(2)")
	s.done(block, "None")
	s.r.Instant(LoopLane, InstantWarning, "Executing <Task finished name='Task-3' coro=<blocker() done>> took 2.000 seconds", "stderr")
	// The ticker's timer was due at 0.5; it runs only now.
	for i := range 3 {
		if i > 0 {
			s.jump(2 + float64(i)*0.5)
		}
		s.timer(tick)
		s.print(tick, fmt.Sprintf("tick %d\n", i))
		if i < 2 {
			s.wait(tick, "sleep(0.5)")
		}
	}
	s.done(tick, "None")
	s.wake(tick, main, "gather")
	s.step(main)
	s.done(main, "None")
	return s.r
}

// japaneseNames:
//
//	async def job(d):
//	    await asyncio.sleep(d)
//
//	async def main():
//	    async with asyncio.TaskGroup() as tg:
//	        tg.create_task(job(1.5), name="ダウンロード")
//	        tg.create_task(job(0.5), name="解析する")
//	        tg.create_task(job(1.0), name="ｶﾀｶﾅ")
//	        tg.create_task(job(2.0), name="émile")
func japaneseNames() *Recorder {
	s := newSim()
	main := s.task("Task-1", "main", -1)
	s.step(main)
	names := []string{"ダウンロード", "解析する", "ｶﾀｶﾅ", "e\u0301mile"}
	delays := []float64{1.5, 0.5, 1.0, 2.0}
	var kids []int
	for _, n := range names {
		kids = append(kids, s.task(n, "job", main))
	}
	s.wait(main, "TaskGroup")
	for i, k := range kids {
		s.step(k)
		s.wait(k, "sleep("+strconv.FormatFloat(delays[i], 'f', 1, 64)+")")
	}
	for _, i := range []int{1, 2, 0, 3} {
		s.jump(delays[i])
		s.timer(kids[i])
		s.done(kids[i], "None")
	}
	s.wake(kids[3], main, "TaskGroup")
	s.step(main)
	s.done(main, "None")
	return s.r
}

// manyTasks:
//
//	async def job(i):
//	    await asyncio.sleep((i % 10 + 1) / 10)
//	    if i % 1000 == 999:
//	        raise ValueError(i)
//	    return i
//
//	async def main():
//	    await asyncio.gather(*(job(i) for i in range(n)), return_exceptions=True)
func manyTasks(n int) *Timeline { return recordManyTasks(n).Finish() }

// recordManyTasks records manyTasks.
func recordManyTasks(n int) *Recorder {
	s := newSim()
	main := s.task("Task-1", "main", -1)
	s.step(main)
	jobs := make([]int, n)
	for i := range jobs {
		jobs[i] = s.task("Task-"+strconv.Itoa(i+2), "job", main)
	}
	s.wait(main, "gather")
	for i, j := range jobs {
		s.step(j)
		s.wait(j, "sleep("+strconv.FormatFloat(float64(i%10+1)/10, 'f', 1, 64)+")")
	}
	for d := range 10 {
		s.jump(float64(d+1) / 10)
		for i := d; i < n; i += 10 {
			s.timer(jobs[i])
			if i%1000 == 999 {
				s.raised(jobs[i], "ValueError("+strconv.Itoa(i)+")")
			} else {
				s.done(jobs[i], strconv.Itoa(i))
			}
		}
	}
	s.wake(jobs[n-1], main, "gather")
	s.step(main)
	s.done(main, "[0, 1, 2, ...]")
	return s.r
}
