package timeline

import (
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
// their start without sorting, and closing it only fills in its end. Records are kept in
// blocks until Finish (see blocks).
type Recorder struct {
	now      func() float64
	seq      int64
	lanes    blocks[Lane]
	spans    blocks[Span]
	instants blocks[Instant]
	links    blocks[Link]
	// open holds, for each lane, 1 + the index of its current span, or 0 when the lane has
	// no open span.
	open []int32
	// done is the timeline Finish returned.
	done *Timeline
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
	r.lanes.add(Lane{ID: LoopLane, Kind: LaneLoop, Name: "event loop", Parent: -1})
	return r
}

// stamp returns the next stamp.
func (r *Recorder) stamp() Stamp {
	r.seq++
	return Stamp{T: r.now(), Seq: r.seq}
}

// AddLane adds a lane and returns its ID. A task lane also gets its "created" instant.
func (r *Recorder) AddLane(kind LaneKind, name, coro string, parent int) int {
	id := r.lanes.len()
	r.lanes.add(Lane{ID: id, Kind: kind, Name: clean(name), Coro: clean(coro), Parent: parent, Created: r.stamp()})
	if kind == LaneTask {
		r.Instant(id, InstantCreated, "", "")
	}
	return id
}

// Begin closes the lane's current span and opens a new one.
func (r *Recorder) Begin(lane int, kind SpanKind, label string) {
	at := r.stamp()
	r.closeAt(lane, at)
	for len(r.open) <= lane {
		r.open = append(r.open, 0)
	}
	r.open[lane] = int32(r.spans.add(Span{Lane: lane, Kind: kind, Start: at, End: at, Label: clean(label)}) + 1)
}

// Close closes the lane's current span, if any.
func (r *Recorder) Close(lane int) {
	if lane < len(r.open) && r.open[lane] != 0 {
		r.closeAt(lane, r.stamp())
	}
}

func (r *Recorder) closeAt(lane int, at Stamp) {
	if lane >= len(r.open) || r.open[lane] == 0 {
		return
	}
	r.spans.at(int(r.open[lane]) - 1).End = at
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
	start := Stamp{T: from, Seq: r.seq}
	r.seq++
	r.spans.add(Span{Lane: lane, Kind: kind, Start: start, End: Stamp{T: to, Seq: r.seq}, Label: clean(label)})
}

// Instant records a point event on lane.
func (r *Recorder) Instant(lane int, kind InstantKind, text, stream string) {
	r.instants.add(Instant{Lane: lane, Kind: kind, At: r.stamp(), Text: clean(text), Stream: stream})
}

// Print records text written to stream ("stdout" or "stderr") by the code running on lane.
func (r *Recorder) Print(lane int, stream, text string) {
	r.Instant(lane, InstantPrint, text, stream)
}

// Link records a relation between two lanes.
func (r *Recorder) Link(kind LinkKind, from, to int, label string) {
	r.links.add(Link{Kind: kind, From: from, To: to, At: r.stamp(), Label: clean(label)})
}

// Finish closes every open span and returns the timeline. Later calls return the same
// timeline; nothing may be recorded after the first.
func (r *Recorder) Finish() *Timeline {
	if r.done != nil {
		return r.done
	}
	end := r.stamp()
	for lane := range r.open {
		r.closeAt(lane, end)
	}
	r.done = &Timeline{
		Version:  SchemaVersion,
		Lanes:    r.lanes.slice(),
		Spans:    r.spans.slice(),
		Instants: r.instants.slice(),
		Links:    r.links.slice(),
		End:      end,
	}
	r.open = nil
	return r.done
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
