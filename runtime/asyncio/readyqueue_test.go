package asyncio

import "testing"

// TestReadyQueueOrder pushes and pops in patterns that wrap the ring, grow it while it
// wraps and shrink it, checking that items come out in the order they went in.
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
	for _, step := range []struct{ push, pop int }{
		{10, 5}, {20, 20}, {3000, 1000}, {1000, 2900}, {2, 0}, {0, 102}, {40, 35}, {4000, 4000},
	} {
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
