package timeline

// The JSON document.
//
// Encode writes the document by hand rather than through encoding/json so that its bytes are
// a function of the timeline alone and easy to diff: fields in a fixed order (the order of
// the Go struct fields), one record per line, numbers in their shortest round-trip form,
// strings escaped minimally (non-ASCII text such as Japanese stays readable). Golden files,
// caches and the browser all rely on "same timeline, same bytes". schema.md describes the
// document and schema.json states it as a JSON Schema; a test holds the three together.

import (
	"errors"
	"io"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
)

// Encode writes tl as a JSON document (see schema.md). The same timeline always produces
// the same bytes. Encode fails only if w fails or a time is NaN or infinite.
//
// Recorder.Encode writes the same document straight from a recording; both go through the
// encoder's methods for the document's parts, so that their bytes cannot drift apart.
func Encode(w io.Writer, tl *Timeline) error {
	e := newEncoder(w)
	e.begin(tl.Version)
	for i, l := range tl.Lanes {
		e.lane(i, l.ID, string(l.Kind), l.Name, -1, l.Coro, l.Parent, l.Created)
	}
	e.section("spans")
	for i, s := range tl.Spans {
		e.span(i, s.Lane, string(s.Kind), s.Start, s.End, s.Label)
	}
	e.section("instants")
	for i, in := range tl.Instants {
		e.instant(i, in.Lane, string(in.Kind), in.At, in.Text, in.Stream)
	}
	e.section("links")
	for i, l := range tl.Links {
		e.link(i, string(l.Kind), l.From, l.To, l.At, l.Label)
	}
	return e.finish(tl.End)
}

// encode writes the recording as Encode writes its Timeline, through e.
func (d *recording) encode(e *encoder) error {
	text := d.texts
	e.begin(SchemaVersion)
	i := 0
	d.lanes.each(func(l *laneRec) {
		e.lane(i, i, text[l.kind], text[l.name], l.num, text[l.coro], int(l.parent), d.stamp(l.created))
		i++
	})
	e.section("spans")
	i = 0
	d.spans.each(func(s *spanRec) {
		e.span(i, int(s.lane), text[s.kind], d.stamp(s.start), d.stamp(s.end), text[s.label])
		i++
	})
	e.section("instants")
	i = 0
	d.instants.each(func(in *instantRec) {
		e.instant(i, int(in.lane), text[in.kind], d.stamp(in.at), text[in.text], text[in.stream])
		i++
	})
	e.section("links")
	i = 0
	d.links.each(func(l *linkRec) {
		e.link(i, text[l.kind], int(l.from), int(l.to), d.stamp(l.at), text[l.label])
		i++
	})
	return e.finish(d.end)
}

// newEncoder returns an encoder writing to w.
func newEncoder(w io.Writer) *encoder {
	return &encoder{w: w, b: make([]byte, 0, encodeChunk+4<<10)}
}

// begin writes the document's head, up to the first lane.
func (e *encoder) begin(version int) {
	e.b = append(e.b, "{\n\"version\":"...)
	e.b = appendInt(e.b, int64(version))
	e.b = append(e.b, ",\n\"lanes\":["...)
}

// section ends one array of records and starts the array called name.
func (e *encoder) section(name string) {
	e.b = append(e.b, "\n],\n\""...)
	e.b = append(e.b, name...)
	e.b = append(e.b, "\":["...)
	e.write()
}

// finish ends the last array, writes the end stamp and hands everything left to w.
func (e *encoder) finish(end Stamp) error {
	e.b = append(e.b, "\n],\n"...)
	e.b = e.appendStamp(e.b, `"end":{"t":`, end)
	e.b = append(e.b, "\n}\n"...)
	return e.flush()
}

// The record writers below work on a local slice and store it back once per record, so
// that the slice stays in registers rather than going through the encoder at each append.

// lane writes the i'th lane. Its name is name, or name followed by num in decimal when
// num >= 0 (a numbered lane, see Recorder.AddNumberedLane).
func (e *encoder) lane(i, id int, kind, name string, num int32, coro string, parent int, created Stamp) {
	b := appendSep(e.b, i)
	b = append(b, `{"id":`...)
	b = appendInt(b, int64(id))
	b = appendKind(b, `,"kind":`, kind)
	if num >= 0 {
		b = append(b, `,"name":"`...)
		b = appendJSONText(b, name)
		b = appendInt(b, int64(num))
		b = append(b, '"')
	} else {
		b = appendField(b, `,"name":`, name)
	}
	if coro != "" {
		b = appendField(b, `,"coro":`, coro)
	}
	b = append(b, `,"parent":`...)
	b = appendInt(b, int64(parent))
	b = e.appendStamp(b, `,"created":{"t":`, created)
	e.b = append(b, '}')
	e.write()
}

// span writes the i'th span.
func (e *encoder) span(i, lane int, kind string, start, end Stamp, label string) {
	b := appendSep(e.b, i)
	b = append(b, `{"lane":`...)
	b = appendInt(b, int64(lane))
	b = appendKind(b, `,"kind":`, kind)
	b = e.appendStamp(b, `,"start":{"t":`, start)
	b = e.appendStamp(b, `,"end":{"t":`, end)
	if label != "" {
		b = appendField(b, `,"label":`, label)
	}
	e.b = append(b, '}')
	e.write()
}

// instant writes the i'th instant.
func (e *encoder) instant(i, lane int, kind string, at Stamp, text, stream string) {
	b := appendSep(e.b, i)
	b = append(b, `{"lane":`...)
	b = appendInt(b, int64(lane))
	b = appendKind(b, `,"kind":`, kind)
	b = e.appendStamp(b, `,"at":{"t":`, at)
	if text != "" {
		b = appendField(b, `,"text":`, text)
	}
	if stream != "" {
		b = appendField(b, `,"stream":`, stream)
	}
	e.b = append(b, '}')
	e.write()
}

// link writes the i'th link.
func (e *encoder) link(i int, kind string, from, to int, at Stamp, label string) {
	b := appendSep(e.b, i)
	b = appendKind(b, `{"kind":`, kind)
	b = append(b, `,"from":`...)
	b = appendInt(b, int64(from))
	b = append(b, `,"to":`...)
	b = appendInt(b, int64(to))
	b = e.appendStamp(b, `,"at":{"t":`, at)
	if label != "" {
		b = appendField(b, `,"label":`, label)
	}
	e.b = append(b, '}')
	e.write()
}

// encodeChunk is how many bytes the encoder gathers before it writes them.
const encodeChunk = 64 << 10

// encoder gathers records in b and hands them to w in chunks of about encodeChunk bytes.
type encoder struct {
	w   io.Writer
	b   []byte
	err error
	// times holds the texts of recently written times, each followed by the seq key: a run
	// has few distinct virtual times and its records come back to them (a span that starts
	// at one time and ends at another, records at the times of several timers), while
	// formatting a float is the encoder's dearest step.
	times [timeCacheSize]timeText
}

// appendSep starts the i'th record of an array: each on its own line.
func appendSep(b []byte, i int) []byte {
	if i > 0 {
		return append(b, ",\n"...)
	}
	return append(b, '\n')
}

// appendKind appends key and a kind. The known kinds need no escaping: they are written
// without being scanned.
func appendKind(b []byte, key, kind string) []byte {
	b = append(b, key...)
	if q := quotedKind(kind); q != "" {
		return append(b, q...)
	}
	return appendJSONString(b, kind)
}

// quotedKind returns a known kind as a JSON string, or "" for any other text.
func quotedKind(kind string) string {
	switch kind {
	case "running":
		return `"running"`
	case "waiting":
		return `"waiting"`
	case "blocking":
		return `"blocking"`
	case "created":
		return `"created"`
	case "cancel_requested":
		return `"cancel_requested"`
	case "cancelled":
		return `"cancelled"`
	case "done":
		return `"done"`
	case "raised":
		return `"raised"`
	case "print":
		return `"print"`
	case "warning":
		return `"warning"`
	case "wake":
		return `"wake"`
	case "await":
		return `"await"`
	case "cancel":
		return `"cancel"`
	case "loop":
		return `"loop"`
	case "task":
		return `"task"`
	case "thread":
		return `"thread"`
	case "server":
		return `"server"`
	}
	return ""
}

// appendField appends key and s as a JSON string.
func appendField(b []byte, key, s string) []byte {
	return appendJSONString(append(b, key...), s)
}

// appendStamp appends a stamp after prefix, which ends in `{"t":`.
func (e *encoder) appendStamp(b []byte, prefix string, s Stamp) []byte {
	b = append(b, prefix...)
	bits := math.Float64bits(s.T)
	c := &e.times[(bits*0x9E3779B97F4A7C15)>>(64-timeCacheBits)]
	if c.bits != bits || c.text == nil {
		c.bits = bits
		c.text = append(e.float(c.text[:0], s.T), `,"seq":`...)
	}
	b = append(b, c.text...)
	b = appendInt(b, s.Seq)
	return append(b, '}')
}

// timeText is a time and its text in the encoder's cache of times.
type timeText struct {
	bits uint64 // the time's bits
	text []byte
}

// timeCacheBits sets the size of the encoder's cache of times.
const (
	timeCacheBits = 6
	timeCacheSize = 1 << timeCacheBits
)

// appendInt appends v in decimal, like strconv.AppendInt but quicker for the small
// non-negative numbers of a timeline (lanes and sequence numbers): it writes the digits in
// place, from the last.
func appendInt(b []byte, v int64) []byte {
	if v < 0 || v >= 1e15 {
		return strconv.AppendInt(b, v, 10)
	}
	if v < 10 {
		return append(b, byte('0'+v))
	}
	n := len(b)
	end := n + digits(int(v))
	if end > cap(b) {
		b = append(b, make([]byte, end-n)...)
	}
	b = b[:end]
	i := end
	for v >= 100 {
		q := v / 100
		r := 2 * (v - 100*q)
		i -= 2
		b[i], b[i+1] = digitPairs[r], digitPairs[r+1]
		v = q
	}
	if v >= 10 {
		b[i-2], b[i-1] = digitPairs[2*v], digitPairs[2*v+1]
	} else {
		b[i-1] = byte('0' + v)
	}
	return b
}

// digitPairs holds "00" to "99".
const digitPairs = "00010203040506070809101112131415161718192021222324252627282930313233343536373839" +
	"4041424344454647484950515253545556575859606162636465666768697071727374757677787980818283848586878889" +
	"90919293949596979899"

func (e *encoder) float(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		if e.err == nil {
			e.err = errors.New("timeline: time " + strconv.FormatFloat(f, 'g', -1, 64) + " cannot be written as JSON")
		}
		return append(b, '0')
	}
	return appendFloat(b, f)
}

// write hands the gathered text to w once there is a chunk of it.
func (e *encoder) write() {
	if len(e.b) >= encodeChunk {
		e.flush()
	}
}

// flush hands all the gathered text to w and returns the first error.
func (e *encoder) flush() error {
	if e.err == nil && len(e.b) > 0 {
		_, e.err = e.w.Write(e.b)
	}
	e.b = e.b[:0]
	return e.err
}

// appendFloat appends f in the shortest form that reads back as f, choosing between plain
// and exponent notation as encoding/json does: 1 for 1.0, 0.1, 1e-7, 1e+21.
func appendFloat(b []byte, f float64) []byte {
	abs := math.Abs(f)
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		return strconv.AppendFloat(b, f, 'e', -1, 64)
	}
	if f == 0 {
		return append(b, '0') // also for -0
	}
	return strconv.AppendFloat(b, f, 'f', -1, 64)
}

// appendJSONString appends s as a JSON string literal. It escapes only what JSON requires
// plus U+2028 and U+2029 (which end lines in JavaScript source); invalid UTF-8 becomes U+FFFD.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	b = appendJSONText(b, s)
	return append(b, '"')
}

// jsonPlain marks the bytes a JSON string holds as they are: printable ASCII but the quote
// and the backslash.
var jsonPlain = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// appendJSONText appends s escaped as the inside of a JSON string literal (appendJSONString).
func appendJSONText(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if jsonPlain[c] {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	return append(b, s[start:]...)
}

// Check reports the first broken invariant of tl (see Timeline): a lane whose ID is not its
// index, a reference to a lane that does not exist, an unknown kind, a span that ends before
// it starts, or records out of sequence order. The views tolerate broken timelines (they
// skip bad references); Decode rejects them.
func (tl *Timeline) Check() error {
	n := len(tl.Lanes)
	lane := func(where string, i, id int) error {
		if id < 0 || id >= n {
			return msgfmt.Errorf("timeline: %s[%d]: lane %d does not exist", where, i, id)
		}
		return nil
	}
	for i, l := range tl.Lanes {
		if l.ID != i {
			return msgfmt.Errorf("timeline: lanes[%d]: id is %d, want %d", i, l.ID, i)
		}
		if !known(l.Kind, LaneLoop, LaneTask, LaneThread, LaneServer) {
			return msgfmt.Errorf("timeline: lanes[%d]: unknown kind %q", i, string(l.Kind))
		}
		if l.Parent != -1 {
			if err := lane("lanes", i, l.Parent); err != nil {
				return err
			}
		}
	}
	var last int64
	for i, s := range tl.Spans {
		if err := lane("spans", i, s.Lane); err != nil {
			return err
		}
		if !known(s.Kind, SpanRunning, SpanWaiting, SpanBlocking) {
			return msgfmt.Errorf("timeline: spans[%d]: unknown kind %q", i, string(s.Kind))
		}
		if s.End.T < s.Start.T || s.End.Seq < s.Start.Seq {
			return msgfmt.Errorf("timeline: spans[%d]: ends (%v, #%d) before it starts (%v, #%d)", i, s.End.T, s.End.Seq, s.Start.T, s.Start.Seq)
		}
		if s.Start.Seq < last {
			return msgfmt.Errorf("timeline: spans[%d]: not in order of start", i)
		}
		last = s.Start.Seq
	}
	last = 0
	for i, in := range tl.Instants {
		if err := lane("instants", i, in.Lane); err != nil {
			return err
		}
		if !known(in.Kind, InstantCreated, InstantCancelRequested, InstantCancelled, InstantDone, InstantRaised, InstantPrint, InstantWarning) {
			return msgfmt.Errorf("timeline: instants[%d]: unknown kind %q", i, string(in.Kind))
		}
		if in.Stream != "" && in.Stream != "stdout" && in.Stream != "stderr" {
			return msgfmt.Errorf("timeline: instants[%d]: unknown stream %q", i, in.Stream)
		}
		if in.At.Seq < last {
			return msgfmt.Errorf("timeline: instants[%d]: not in sequence order", i)
		}
		last = in.At.Seq
	}
	last = 0
	for i, l := range tl.Links {
		if err := lane("links", i, l.From); err != nil {
			return err
		}
		if err := lane("links", i, l.To); err != nil {
			return err
		}
		if !known(l.Kind, LinkWake, LinkAwait, LinkCancel) {
			return msgfmt.Errorf("timeline: links[%d]: unknown kind %q", i, string(l.Kind))
		}
		if l.At.Seq < last {
			return msgfmt.Errorf("timeline: links[%d]: not in sequence order", i)
		}
		last = l.At.Seq
	}
	return nil
}

func known[K ~string](k K, kinds ...K) bool {
	for _, x := range kinds {
		if k == x {
			return true
		}
	}
	return false
}
