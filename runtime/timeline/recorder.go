package timeline

import (
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Recorder builds a Timeline from the runtime's reports. Its methods are cheap and never
// fail; the zero value is not usable: call NewRecorder.
//
// Texts (labels, names, printed output, result reprs) are cleaned as they arrive: invalid
// UTF-8 becomes U+FFFD and anything longer than MaxText runes is cut and ends in "…", so one
// huge repr cannot bloat a timeline that is shipped to a browser.
//
// A span takes its place among the spans when it begins, so that spans are in order of
// their start without sorting, and closing it only fills in its end.
//
// # Cost
//
// Recording runs inside every task step, so it must cost little next to the step itself.
// Until End the records are kept in a compact form without pointers (see record.go):
// kinds, texts and times are small numbers into tables, so the garbage collector neither
// scans the records nor tracks writes to them, a text that recurs ("sleep(0.1)", "timer")
// is cleaned and stored once, and the many records made at one virtual time share it. Records live in blocks, so that growing never copies them (see
// blocks). Encode writes the JSON document straight from them; Finish builds the Timeline
// only for the hosts that draw it.
type Recorder struct {
	now      func() float64
	seq      int64
	lanes    blocks[laneRec]
	spans    blocks[spanRec]
	instants blocks[instantRec]
	links    blocks[linkRec]
	texts    textTable
	// times holds the virtual times of the stamps (stampRec.t); lastT is the last of them.
	times blocks[float64]
	lastT float64
	// open holds, for each lane, 1 + the index of its current span, or 0 when the lane has
	// no open span.
	open []int32
	// ended is what End froze, nil until then; done is the timeline Finish built of it.
	ended *recording
	done  *Timeline
}

// LoopLane is the lane of the event loop itself; NewRecorder creates it.
const LoopLane = 0

// MaxText is the number of runes a recorded text keeps; longer texts are cut and end in "…".
const MaxText = 200

// IdleLabel labels the waiting spans Idle records on the loop lane.
const IdleLabel = "idle"

// NewRecorder starts a timeline whose virtual time is read from now.
func NewRecorder(now func() float64) *Recorder {
	r := &Recorder{now: now}
	r.texts.init()
	r.lanes.add(laneRec{kind: r.texts.kind(string(LaneLoop)), name: r.texts.id("event loop"), parent: -1, num: -1})
	return r
}

// stamp returns the next stamp.
func (r *Recorder) stamp() stampRec {
	r.seq++
	return stampRec{t: r.time(r.now()), seq: uint32(r.seq)}
}

// time returns the index of t in r.times, adding it unless it is the last time there. Times
// are compared bit by bit, so that -0 and NaN are kept as they came.
func (r *Recorder) time(t float64) uint32 {
	if r.times.len() == 0 || math.Float64bits(t) != math.Float64bits(r.lastT) {
		r.lastT = t
		r.times.add(t)
	}
	return uint32(r.times.len() - 1)
}

// AddLane adds a lane and returns its ID. A task lane also gets its "created" instant.
func (r *Recorder) AddLane(kind LaneKind, name, coro string, parent int) int {
	return r.addLane(kind, name, -1, coro, parent)
}

// AddNumberedLane is AddLane for a lane named prefix followed by num in decimal ("Task-" and
// 7 name the lane "Task-7"); the name is made only when the lane is written (Encode) or
// built (Finish, which makes all such names at once).
func (r *Recorder) AddNumberedLane(kind LaneKind, prefix string, num int, coro string, parent int) int {
	return r.addLane(kind, prefix, num, coro, parent)
}

func (r *Recorder) addLane(kind LaneKind, name string, num int, coro string, parent int) int {
	id := r.lanes.add(laneRec{kind: r.texts.kind(string(kind)), name: r.texts.id(name), num: int32(num), coro: r.texts.id(coro), parent: int32(parent), created: r.stamp()})
	if kind == LaneTask {
		r.Instant(id, InstantCreated, "", "")
	}
	return id
}

// RenameLane gives a lane another name (a thread that turns out to stand for a process).
func (r *Recorder) RenameLane(lane int, name string) {
	if lane >= 0 && lane < r.lanes.len() {
		l := r.lanes.at(lane)
		l.name, l.num = r.texts.id(name), -1
	}
}

// Begin closes the lane's current span and opens a new one.
func (r *Recorder) Begin(lane int, kind SpanKind, label string) {
	at := r.stamp()
	r.closeAt(lane, at)
	for len(r.open) <= lane {
		r.open = append(r.open, 0)
	}
	i := r.spans.add(spanRec{lane: int32(lane), kind: r.texts.kind(string(kind)), label: r.texts.id(label), start: at, end: at})
	r.open[lane] = int32(i + 1)
}

// Close closes the lane's current span, if any.
func (r *Recorder) Close(lane int) {
	if lane < len(r.open) && r.open[lane] != 0 {
		r.closeAt(lane, r.stamp())
	}
}

func (r *Recorder) closeAt(lane int, at stampRec) {
	if lane >= len(r.open) || r.open[lane] == 0 {
		return
	}
	r.spans.at(int(r.open[lane]) - 1).end = at
	r.open[lane] = 0
}

// Blocking records a call that held the loop from `from` to `to` on lane (time.sleep inside a
// step). It is reported once the call has returned; the span lies inside the lane's running
// span, and the views draw it on top.
func (r *Recorder) Blocking(lane int, from, to float64, label string) {
	r.closed(lane, SpanBlocking, from, to, label)
}

// Idle records that the event loop had nothing to run and moved the virtual clock from
// `from` to `to`, its next timer: a waiting span labelled IdleLabel on the loop lane.
func (r *Recorder) Idle(from, to float64) {
	r.closed(LoopLane, SpanWaiting, from, to, IdleLabel)
}

// closed records a span that is already over.
func (r *Recorder) closed(lane int, kind SpanKind, from, to float64, label string) {
	r.seq++
	start := stampRec{t: r.time(from), seq: uint32(r.seq)}
	r.seq++
	r.spans.add(spanRec{lane: int32(lane), kind: r.texts.kind(string(kind)), label: r.texts.id(label), start: start, end: stampRec{t: r.time(to), seq: uint32(r.seq)}})
}

// Instant records a point event on lane.
func (r *Recorder) Instant(lane int, kind InstantKind, text, stream string) {
	r.instants.add(instantRec{lane: int32(lane), kind: r.texts.kind(string(kind)), text: r.texts.id(text), stream: r.texts.kind(stream), at: r.stamp()})
}

// Print records text written to stream ("stdout" or "stderr") by the code running on lane.
func (r *Recorder) Print(lane int, stream, text string) {
	r.Instant(lane, InstantPrint, text, stream)
}

// Link records a relation between two lanes.
func (r *Recorder) Link(kind LinkKind, from, to int, label string) {
	r.links.add(linkRec{kind: r.texts.kind(string(kind)), from: int32(from), to: int32(to), label: r.texts.id(label), at: r.stamp()})
}

// End closes every open span and freezes what was recorded: what is recorded afterwards
// is in neither the timeline Finish returns nor the document Encode writes. Later calls do
// nothing. Finish, Encode and EncodedSize call it.
func (r *Recorder) End() {
	if r.ended != nil {
		return
	}
	end := r.stamp()
	for lane := range r.open {
		r.closeAt(lane, end)
	}
	d := &recording{lanes: r.lanes, spans: r.spans, instants: r.instants, links: r.links, texts: r.texts.list}
	d.times = r.times.slice()
	d.end = d.stamp(end)
	r.ended = d
	// What is recorded after End is dropped: the record blocks start afresh.
	r.lanes, r.spans, r.instants, r.links, r.open = blocks[laneRec]{}, blocks[spanRec]{}, blocks[instantRec]{}, blocks[linkRec]{}, nil
}

// Finish ends the recording (see End) and returns the timeline. Later calls return the same
// timeline. A host that only ships the JSON document should call Encode instead, which
// writes it straight from the compact records without building the Timeline.
func (r *Recorder) Finish() *Timeline {
	r.End()
	if r.done == nil {
		r.done = r.ended.timeline()
	}
	return r.done
}

// Encode ends the recording (see End) and writes it as a JSON document: the same bytes as
// Encode(w, r.Finish()), without building the Timeline.
func (r *Recorder) Encode(w io.Writer) error {
	r.End()
	return r.ended.encode(newEncoder(w))
}

// EncodedSize estimates the size in bytes of the document Encode writes, for a host that
// wants room for all of it at once: growing a buffer of megabytes step by step copies it
// several times over. The estimate is a little above the average of the asyncio benchmarks
// (runtime/bench/programs), where times such as 9.999999999999831 make records long.
func (r *Recorder) EncodedSize() int {
	r.End()
	d := r.ended
	return 64 + 104*d.lanes.len() + 124*d.spans.len() + 76*d.instants.len() + 92*d.links.len()
}

// EndTime returns the virtual time at which the recording ended (see End).
func (r *Recorder) EndTime() float64 {
	r.End()
	return r.ended.end.T
}

// recording is what End freezes: the records of a run and the texts they refer to.
type recording struct {
	lanes    blocks[laneRec]
	spans    blocks[spanRec]
	instants blocks[instantRec]
	links    blocks[linkRec]
	texts    []string
	times    []float64
	end      Stamp
}

// stamp returns the Stamp s stands for.
func (d *recording) stamp(s stampRec) Stamp {
	return Stamp{T: d.times[s.t], Seq: int64(s.seq)}
}

// timeline builds the Timeline in one pass.
func (d *recording) timeline() *Timeline {
	text := d.texts
	tl := &Timeline{Version: SchemaVersion, Lanes: d.laneList(), End: d.end}
	if n := d.spans.len(); n > 0 {
		tl.Spans = make([]Span, 0, n)
		d.spans.each(func(s *spanRec) {
			tl.Spans = append(tl.Spans, Span{Lane: int(s.lane), Kind: SpanKind(text[s.kind]), Start: d.stamp(s.start), End: d.stamp(s.end), Label: text[s.label]})
		})
	}
	if n := d.instants.len(); n > 0 {
		tl.Instants = make([]Instant, 0, n)
		d.instants.each(func(in *instantRec) {
			tl.Instants = append(tl.Instants, Instant{Lane: int(in.lane), Kind: InstantKind(text[in.kind]), At: d.stamp(in.at), Text: text[in.text], Stream: text[in.stream]})
		})
	}
	if n := d.links.len(); n > 0 {
		tl.Links = make([]Link, 0, n)
		d.links.each(func(l *linkRec) {
			tl.Links = append(tl.Links, Link{Kind: LinkKind(text[l.kind]), From: int(l.from), To: int(l.to), At: d.stamp(l.at), Label: text[l.label]})
		})
	}
	return tl
}

// laneList returns the recorded lanes. The names of numbered lanes are cut from one string
// made for all of them.
func (d *recording) laneList() []Lane {
	text := d.texts
	var buf []byte
	d.lanes.each(func(l *laneRec) {
		if l.num >= 0 {
			buf = strconv.AppendInt(append(buf, text[l.name]...), int64(l.num), 10)
		}
	})
	names := string(buf)
	lanes := make([]Lane, 0, d.lanes.len())
	d.lanes.each(func(l *laneRec) {
		name := text[l.name]
		if l.num >= 0 {
			n := len(name) + digits(int(l.num))
			name, names = names[:n], names[n:]
		}
		lanes = append(lanes, Lane{ID: len(lanes), Kind: LaneKind(text[l.kind]), Name: name, Coro: text[l.coro], Parent: int(l.parent), Created: d.stamp(l.created)})
	})
	return lanes
}

// digits returns the number of decimal digits of n >= 0.
func digits(n int) int {
	switch {
	case n < 10:
		return 1
	case n < 100:
		return 2
	case n < 1000:
		return 3
	case n < 10000:
		return 4
	case n < 100000:
		return 5
	case n < 1000000:
		return 6
	}
	d := 7
	for n /= 10000000; n > 0; n /= 10 {
		d++
	}
	return d
}

// clean makes s valid UTF-8 and cuts it to MaxText runes.
func clean(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if len(s) <= MaxText || utf8.RuneCountInString(s) <= MaxText {
		return s
	}
	n := 0
	for i := range s {
		if n == MaxText-1 {
			return s[:i] + "…"
		}
		n++
	}
	return s
}
