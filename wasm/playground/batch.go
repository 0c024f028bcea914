//go:build js && wasm

package main

import (
	"time"

	"github.com/asobiba/asobiba/runtime/engine"
)

const (
	// batchBytes is how much pending output forces a batch out.
	batchBytes = 64 << 10
	// batchInterval is the longest time output waits before it is sent (one display frame).
	batchInterval = 16 * time.Millisecond
	// addsPerCheck is how many events pass between looks at the wall clock, which costs a
	// call into JavaScript. Between checks, the interpreter's Cancel polls call tick.
	addsPerCheck = 32
)

// batcher collects a run's output events and hands them on in batches.
//
// Writes of one kind at one virtual time (a print in a loop that does not sleep) are merged
// into a single event, so a batch holds few events however many writes it carries.
type batcher struct {
	send func([]engine.Event)
	now  func() time.Time

	pending []engine.Event // finished events waiting for the next batch
	cur     engine.Event   // the event being merged into; Data unused, see buf
	buf     []byte         // cur's data
	size    int            // bytes of data pending, including buf
	last    time.Time      // when the last batch went out
	adds    int            // events added since the last look at the clock
}

// newBatcher returns a batcher that sends batches with send and reads the clock with now.
func newBatcher(send func([]engine.Event), now func() time.Time) *batcher {
	return &batcher{send: send, now: now, last: now()}
}

// add queues one event, then sends the batch if it is big enough or old enough.
func (b *batcher) add(ev engine.Event) {
	mergeable := ev.Kind == "stdout" || ev.Kind == "stderr"
	if !mergeable || len(b.buf) == 0 || ev.Kind != b.cur.Kind || ev.VT != b.cur.VT {
		b.closeCurrent()
	}
	b.size += len(ev.Data)
	if mergeable {
		b.cur = engine.Event{Kind: ev.Kind, VT: ev.VT}
		b.buf = append(b.buf, ev.Data...)
	} else {
		b.pending = append(b.pending, ev)
	}
	if b.size >= batchBytes {
		b.flush()
		return
	}
	if b.adds++; b.adds >= addsPerCheck {
		b.tick(b.now())
	}
}

// tick sends the pending batch if batchInterval has passed since the last one.
func (b *batcher) tick(now time.Time) {
	b.adds = 0
	if now.Sub(b.last) >= batchInterval && b.size > 0 {
		b.flush()
	}
}

// flush sends everything pending, if anything is.
func (b *batcher) flush() {
	b.closeCurrent()
	b.last = b.now()
	if len(b.pending) == 0 {
		return
	}
	batch := b.pending
	b.pending, b.size = nil, 0
	b.send(batch)
}

// closeCurrent moves the event being merged into the pending list.
func (b *batcher) closeCurrent() {
	if len(b.buf) == 0 {
		return
	}
	b.cur.Data = string(b.buf)
	b.pending = append(b.pending, b.cur)
	b.buf = b.buf[:0]
}
