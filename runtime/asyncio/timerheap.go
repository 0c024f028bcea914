package asyncio

// timerHeap is the loop's heap of timers, ordered by (when, scheduling sequence). It follows
// the algorithms of CPython's heapq (push sifts up; pop moves the last item to the top, sends it
// down to a leaf along the smaller children and then back up; heapify does that for each inner
// node), so that timers whose deadlines do not compare, such as NaN, which CPython 3.11 accepts
// and which is never less than another, come out in CPython's order. A NaN timer that reaches
// the top is due at once, since `nan >= end` is false.
type timerHeap []*Handle

// less reports whether timer a comes before timer b.
func (h timerHeap) less(a, b *Handle) bool {
	if a.when != b.when {
		return a.when < b.when
	}
	return a.seq < b.seq
}

// push adds a timer (heapq.heappush).
func (h *timerHeap) push(x *Handle) {
	*h = append(*h, x)
	h.siftDown(0, len(*h)-1)
}

// pop removes and returns the first timer (heapq.heappop).
func (h *timerHeap) pop() *Handle {
	old := *h
	n := len(old)
	last := old[n-1]
	old[n-1] = nil
	*h = old[:n-1]
	if n == 1 {
		return last
	}
	first := old[0]
	old[0] = last
	h.siftUp(0)
	return first
}

// heapify restores the heap order of the whole slice (heapq.heapify).
func (h timerHeap) heapify() {
	for i := len(h)/2 - 1; i >= 0; i-- {
		h.siftUp(i)
	}
}

// siftDown moves the item at pos towards start while it is less than its parent
// (heapq._siftdown).
func (h timerHeap) siftDown(start, pos int) {
	item := h[pos]
	for pos > start {
		parent := (pos - 1) >> 1
		if !h.less(item, h[parent]) {
			break
		}
		h[pos] = h[parent]
		pos = parent
	}
	h[pos] = item
}

// siftUp moves the smaller child up until a leaf is reached, puts the item there and sifts it
// back towards pos (heapq._siftup).
func (h timerHeap) siftUp(pos int) {
	end, start := len(h), pos
	item := h[pos]
	child := 2*pos + 1
	for child < end {
		if right := child + 1; right < end && !h.less(h[child], h[right]) {
			child = right
		}
		h[pos] = h[child]
		pos = child
		child = 2*pos + 1
	}
	h[pos] = item
	h.siftDown(start, pos)
}
