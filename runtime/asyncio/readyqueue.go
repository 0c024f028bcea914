package asyncio

// readyQueue is the loop's FIFO of ready callbacks (CPython's _ready deque): a ring buffer
// whose capacity, a power of two, doubles when it is full. A program that keeps a hundred
// thousand tasks stepping refills, during each iteration, the slots the iteration empties,
// so the buffer stays the size of one iteration's callbacks; a slice appended at the end and
// consumed at the front would grow to twice that and be copied as it went.
type readyQueue struct {
	buf  []readyItem
	head int // the position of the first item
	n    int // the number of items
}

// len is the number of items.
func (q *readyQueue) len() int { return q.n }

// push appends it.
func (q *readyQueue) push(it readyItem) {
	if q.n == len(q.buf) {
		q.resize(max(16, 2*len(q.buf)))
	}
	q.buf[(q.head+q.n)&(len(q.buf)-1)] = it
	q.n++
}

// reserve makes room for n more items at once, so that a burst of known size (gather's
// new tasks) does not double the buffer one step at a time.
func (q *readyQueue) reserve(n int) {
	if q.n+n <= len(q.buf) {
		return
	}
	size := max(16, len(q.buf))
	for size < q.n+n {
		size *= 2
	}
	q.resize(size)
}

// pop removes and returns the first item; the queue must not be empty.
func (q *readyQueue) pop() readyItem {
	it := q.buf[q.head]
	q.buf[q.head] = readyItem{}
	q.head = (q.head + 1) & (len(q.buf) - 1)
	q.n--
	return it
}

// shrink gives back most of a large buffer that a burst of callbacks left nearly empty.
func (q *readyQueue) shrink() {
	if len(q.buf) > 1024 && q.n*8 <= len(q.buf) {
		size := 16
		for size < 2*q.n {
			size *= 2
		}
		q.resize(size)
	}
}

// resize moves the items, in order, to a new buffer of size slots (a power of two, at
// least q.n).
func (q *readyQueue) resize(size int) {
	buf := make([]readyItem, size)
	if q.n > 0 {
		k := copy(buf, q.buf[q.head:min(q.head+q.n, len(q.buf))])
		copy(buf[k:q.n], q.buf)
	}
	q.buf, q.head = buf, 0
}
