package asyncio

import "testing"

// TestReadyQueueOrder pushes and pops in patterns that wrap the ring, grow it while it
// wraps (one push at a time, or reserving room first) and shrink it, checking that items
// come out in the order they went in.
func TestReadyQueueOrder(t *testing.T) {
	var q readyQueue
	tasks := make([]Task, 5000)
	next, want := 0, 0
	push := func(k int) {
		for ; k > 0; k-- {
			q.push(readyItem{task: &tasks[next%len(tasks)]})
			next++
		}
	}
	pop := func(k int) {
		for ; k > 0; k-- {
			if it := q.pop(); it.task != &tasks[want%len(tasks)] {
				t.Fatalf("item %d came out of order", want)
			}
			want++
		}
	}
	for _, step := range []struct {
		push, pop int
		reserve   bool
	}{
		{10, 5, false}, {20, 20, false}, {3000, 1000, false}, {1000, 2900, true}, {2, 0, false},
		{0, 102, false}, {40, 35, false}, {4000, 4000, true}, {30, 10, true}, {9000, 9000, true},
	} {
		if step.reserve {
			before := len(q.buf)
			q.reserve(step.push)
			if q.len()+step.push > len(q.buf) || len(q.buf) < before {
				t.Fatalf("reserve(%d) with %d items left %d slots (had %d)", step.push, q.len(), len(q.buf), before)
			}
		}
		push(step.push)
		pop(step.pop)
		q.shrink()
		if q.len() != next-want {
			t.Fatalf("len %d, want %d", q.len(), next-want)
		}
	}
	if len(q.buf) > 1024 {
		t.Errorf("a nearly empty queue kept %d slots", len(q.buf))
	}
}
