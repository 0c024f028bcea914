//go:build js && wasm

package main

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/asobiba/asobiba/runtime/engine"
)

// fakeClock is a wall clock the test moves by hand.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time          { return c.t }
func (c *fakeClock) advance(d time.Duration) { c.t = c.t.Add(d) }

func newTestBatcher() (*batcher, *fakeClock, *[][]engine.Event) {
	clock := &fakeClock{t: time.Unix(0, 0)}
	var sent [][]engine.Event
	b := newBatcher(func(evs []engine.Event) { sent = append(sent, evs) }, clock.now)
	return b, clock, &sent
}

func TestBatcherMergesSameKindAndTime(t *testing.T) {
	b, _, sent := newTestBatcher()
	b.add(engine.Event{Kind: "stdout", VT: 0, Data: "a"})
	b.add(engine.Event{Kind: "stdout", VT: 0, Data: "\n"})
	b.add(engine.Event{Kind: "stderr", VT: 0, Data: "e\n"})
	b.add(engine.Event{Kind: "stdout", VT: 1, Data: "b\n"})
	b.add(engine.Event{Kind: "stdout", VT: 1, Data: ""})
	b.add(engine.Event{Kind: "timeline", VT: 1, Data: "{}"})
	b.add(engine.Event{Kind: "timeline", VT: 1, Data: "{}"})
	b.add(engine.Event{Kind: "stdout", VT: 1, Data: "c\n"})
	if len(*sent) != 0 {
		t.Fatalf("sent before 16 ms or 64 KB: %v", *sent)
	}
	b.flush()
	want := [][]engine.Event{{
		{Kind: "stdout", VT: 0, Data: "a\n"},
		{Kind: "stderr", VT: 0, Data: "e\n"},
		{Kind: "stdout", VT: 1, Data: "b\n"},
		{Kind: "timeline", VT: 1, Data: "{}"},
		{Kind: "timeline", VT: 1, Data: "{}"},
		{Kind: "stdout", VT: 1, Data: "c\n"},
	}}
	if !reflect.DeepEqual(*sent, want) {
		t.Errorf("sent %+v\nwant %+v", *sent, want)
	}
	b.flush()
	if len(*sent) != 1 {
		t.Errorf("an empty flush sent a batch")
	}
}

func TestBatcherSendsEvery16ms(t *testing.T) {
	b, clock, sent := newTestBatcher()
	for i := 1; i < addsPerCheck; i++ {
		b.add(engine.Event{Kind: "stdout", Data: "1"})
	}
	clock.advance(15 * time.Millisecond)
	b.add(engine.Event{Kind: "stdout", Data: "2"})
	if len(*sent) != 0 {
		t.Fatalf("sent after 15 ms")
	}
	clock.advance(time.Millisecond)
	for i := 1; i < addsPerCheck; i++ {
		b.add(engine.Event{Kind: "stdout", Data: "3"})
	}
	if len(*sent) != 0 {
		t.Fatalf("looked at the clock before %d events", addsPerCheck)
	}
	b.add(engine.Event{Kind: "stdout", Data: "\n"})
	want := strings.Repeat("1", addsPerCheck-1) + "2" + strings.Repeat("3", addsPerCheck-1) + "\n"
	if len(*sent) != 1 || (*sent)[0][0].Data != want {
		t.Fatalf("after 16 ms sent %+v", *sent)
	}
	// A program that prints once and then computes: the Cancel poll's tick sends it.
	b.add(engine.Event{Kind: "stdout", Data: "4\n"})
	clock.advance(20 * time.Millisecond)
	b.tick(clock.now())
	if len(*sent) != 2 || (*sent)[1][0].Data != "4\n" {
		t.Fatalf("tick did not send the pending output: %+v", *sent)
	}
}

func TestBatcherSendsAt64KB(t *testing.T) {
	b, _, sent := newTestBatcher()
	line := strings.Repeat("x", 1023) + "\n"
	for i := 0; i < 64; i++ {
		b.add(engine.Event{Kind: "stdout", Data: line})
	}
	if len(*sent) != 1 || len((*sent)[0][0].Data) != 64<<10 {
		t.Fatalf("64 KB did not make one batch: %d batches", len(*sent))
	}
	b.add(engine.Event{Kind: "stdout", Data: "tail\n"})
	b.flush()
	if len(*sent) != 2 || (*sent)[1][0].Data != "tail\n" {
		t.Fatalf("last batch %+v", (*sent)[len(*sent)-1])
	}
}

// BenchmarkBatcherAdd measures the cost of one print-sized write.
func BenchmarkBatcherAdd(b *testing.B) {
	bt := newBatcher(func([]engine.Event) {}, time.Now)
	ev := engine.Event{Kind: "stdout", Data: "12345\n"}
	for b.Loop() {
		bt.add(ev)
	}
}
