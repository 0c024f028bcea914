package engine

import (
	"testing"

	"github.com/asobiba/asobiba/runtime/timeline"
)

// TestTimelineThreadEdges runs thread programs that end unusually and checks that each still
// gives a whole, consistent timeline with a lane per thread.
func TestTimelineThreadEdges(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		lanes     []string // thread lanes the timeline must have
		check     func(t *testing.T, tl *timeline.Timeline)
	}{
		{"loop in a thread", `import asyncio, threading

async def job():
    await asyncio.sleep(1)
    print("job done")

def body():
    asyncio.run(job())

t = threading.Thread(target=body, name="looper")
t.start()
t.join()
`, []string{"looper"}, func(t *testing.T, tl *timeline.Timeline) {
			// The task of the loop that runs in the thread has its own lane, and prints there.
			job := lanesOf(tl, "job")
			if len(job) != 1 {
				t.Fatalf("%d job lanes, want 1", len(job))
			}
			if p := findInstant(tl, job[0], timeline.InstantPrint); p == nil || p.Text != "job done\n" || p.At.T != 1 {
				t.Errorf("job's print %+v, want job done at 1", p)
			}
		}},
		{"daemon left behind", `import threading, time

def forever():
    threading.Event().wait()

threading.Thread(target=forever, name="daemon", daemon=True).start()
time.sleep(2.5)
print("bye")
`, []string{"daemon"}, func(t *testing.T, tl *timeline.Timeline) {
			// The daemon still waits when the run ends: its wait lasts to the end.
			if w := spansOf(tl, laneNamed(t, tl, "daemon"), timeline.SpanWaiting, "Event.wait"); len(w) != 1 || w[0].End.T != 2.5 {
				t.Errorf("daemon waits %+v, want in Event.wait until the end, 2.5", w)
			}
		}},
		{"deadlock", `import threading

lock = threading.Lock()
lock.acquire()

def stuck():
    lock.acquire()

t = threading.Thread(target=stuck, name="stuck")
t.start()
t.join()
`, []string{"stuck"}, func(t *testing.T, tl *timeline.Timeline) {
			// A program's own lock.acquire() has no library frame: the wait is a "Lock".
			if w := spansOf(tl, laneNamed(t, tl, "stuck"), timeline.SpanWaiting, "*"); len(w) != 1 || w[0].Label != "Lock" {
				t.Errorf("stuck waits %+v, want once for a Lock", w)
			}
		}},
		{"parallel sleep", `import _thread, threading, time
_thread._parallel_sleep(True)

def nap(n):
    time.sleep(n)

ts = [threading.Thread(target=nap, args=(n,), name=f"nap-{n}") for n in (1, 2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(time.monotonic())
`, []string{"nap-1", "nap-2"}, func(t *testing.T, tl *timeline.Timeline) {
			// With parallel sleep, a sleeping thread waits while the others go on.
			for _, c := range []struct {
				name string
				end  float64
			}{{"nap-1", 1}, {"nap-2", 2}} {
				if w := spansOf(tl, laneNamed(t, tl, c.name), timeline.SpanWaiting, "time.sleep"); len(w) != 1 || w[0].Start.T != 0 || w[0].End.T != c.end {
					t.Errorf("%s waits %+v, want in time.sleep from 0 to %v", c.name, w, c.end)
				}
			}
		}},
		{"turns", `import threading

def count(name):
    total = 0
    for i in range(300_000):
        total += i
    print(name, total)

ts = [threading.Thread(target=count, args=(n,), name=n) for n in ("a", "b")]
for t in ts:
    t.start()
for t in ts:
    t.join()
`, []string{"a", "b"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runWithTimeline(t, "edge.py", []byte(tc.src))
			checkInvariants(t, r.tl)
			for _, name := range tc.lanes {
				lane := laneNamed(t, r.tl, name)
				if r.tl.Lanes[lane].Kind != timeline.LaneThread {
					t.Errorf("lane %s is of kind %s", name, r.tl.Lanes[lane].Kind)
				}
			}
			if tc.check != nil {
				tc.check(t, r.tl)
			}
		})
	}
}
