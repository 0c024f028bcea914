package timeline

// The Chrome Trace Event Format, for Perfetto (ui.perfetto.dev) and chrome://tracing.
//
// One process ("asobiba (virtual time)") holds one thread track per lane, named by
// thread_name metadata and kept in lane order by thread_sort_index. Spans are complete events
// ("X"), instants are thread-scoped instant events ("i", "s":"t"), and links are flow events:
// an "s" on the lane that acted and an "f" on the lane acted upon, which binds to the next
// slice there — the step the wake-up caused. Timestamps are microseconds of VIRTUAL time,
// rounded to the nanosecond, so a run that "took" ten seconds of asyncio.sleep shows ten
// seconds. Steps take no virtual time and appear as zero-length slices: zoom in, or select
// one to see its sequence number, which orders everything that happened at one instant.
//
// Events are written one per line, metadata first, then in sequence order, so the same
// timeline always gives the same bytes.

import (
	"bufio"
	"io"
	"math"
	"strconv"
)

// chromePID is the process ID every event carries.
const chromePID = 1

// WriteChrome writes tl as a Chrome trace (a JSON object with "traceEvents").
func WriteChrome(w io.Writer, tl *Timeline) error {
	c := chromeWriter{out: bufio.NewWriterSize(w, 64<<10)}
	c.out.WriteString(`{"traceEvents":[`)
	c.begin("M", "process_name", "", 0)
	c.b = append(c.b, `,"args":{"name":"asobiba (virtual time)"}}`...)
	c.write()
	for i, l := range tl.Lanes {
		name, coro := l.Name, l.Coro
		if coro != "" && coro != name {
			name += " " + coro
		}
		c.begin("M", "thread_name", "", i)
		c.b = append(c.b, `,"args":{"name":`...)
		c.b = appendJSONString(c.b, name)
		c.b = append(c.b, `}}`...)
		c.write()
		c.begin("M", "thread_sort_index", "", i)
		c.b = append(c.b, `,"args":{"sort_index":`...)
		c.b = appendInt(c.b, int64(i))
		c.b = append(c.b, `}}`...)
		c.write()
	}

	// Merge spans (by start), instants and links into one sequence-ordered stream.
	n := len(tl.Lanes)
	ok := func(lane int) bool { return lane >= 0 && lane < n }
	si, ii, li := 0, 0, 0
	flow := 0
	for {
		const none = math.MaxInt64
		sq, iq, lq := int64(none), int64(none), int64(none)
		if si < len(tl.Spans) {
			sq = tl.Spans[si].Start.Seq
		}
		if ii < len(tl.Instants) {
			iq = tl.Instants[ii].At.Seq
		}
		if li < len(tl.Links) {
			lq = tl.Links[li].At.Seq
		}
		switch {
		case sq == none && iq == none && lq == none:
			c.out.WriteString("\n],\n\"displayTimeUnit\":\"ms\",\n\"otherData\":{\"clock\":\"virtual\",\"schema\":\"asobiba timeline " + strconv.Itoa(SchemaVersion) + "\"}}\n")
			if c.err != nil {
				return c.err
			}
			return c.out.Flush()
		case sq <= iq && sq <= lq:
			s := tl.Spans[si]
			si++
			if ok(s.Lane) {
				c.span(s)
			}
		case iq <= lq:
			in := tl.Instants[ii]
			ii++
			if ok(in.Lane) {
				c.instant(in)
			}
		default:
			l := tl.Links[li]
			li++
			if ok(l.From) && ok(l.To) {
				flow++
				c.link(l, flow)
			}
		}
	}
}

// chromeWriter writes one event at a time.
type chromeWriter struct {
	out   *bufio.Writer
	b     []byte
	wrote bool // an event has been written (the next needs a comma)
	err   error
	// lastUS and lastText are the last timestamp written and its text: many events in a
	// row share a virtual time, and formatting a float is the dearest step of an event.
	lastUS   float64
	lastText []byte
}

// begin starts an event: {"name":...,"cat":...,"ph":...,"pid":1,"tid":...
func (c *chromeWriter) begin(ph, name, cat string, tid int) {
	c.beginNamed(ph, name, "", cat, tid)
}

// beginNamed is begin for an event named name, or "name: detail" when detail is not empty.
func (c *chromeWriter) beginNamed(ph, name, detail, cat string, tid int) {
	c.b = c.b[:0]
	if c.wrote {
		c.b = append(c.b, ',')
	}
	c.wrote = true
	c.b = append(c.b, "\n{\"name\":"...)
	c.b = append(c.b, '"')
	c.b = appendJSONText(c.b, name)
	if detail != "" {
		c.b = append(c.b, ": "...)
		c.b = appendJSONText(c.b, detail)
	}
	c.b = append(c.b, '"')
	if cat != "" {
		c.b = append(c.b, `,"cat":`...)
		c.b = appendJSONString(c.b, cat)
	}
	c.b = append(c.b, `,"ph":"`...)
	c.b = append(c.b, ph...)
	c.b = append(c.b, `","pid":`...)
	c.b = appendInt(c.b, chromePID)
	c.b = append(c.b, `,"tid":`...)
	c.b = appendInt(c.b, int64(tid))
}

func (c *chromeWriter) write() {
	if c.err == nil {
		_, c.err = c.out.Write(c.b)
	}
}

// micros converts virtual seconds to microseconds, rounded to the nanosecond.
func micros(t float64) float64 {
	return math.Round(finite(t)*1e9) / 1e3
}

func (c *chromeWriter) ts(key string, us float64) {
	c.b = append(c.b, key...)
	if us != c.lastUS || c.lastText == nil {
		c.lastUS = us
		c.lastText = appendFloat(c.lastText[:0], us)
	}
	c.b = append(c.b, c.lastText...)
}

// chromeColor is the legacy color name chrome://tracing knows for a kind of span, or ""
// (Perfetto picks its own colors).
func chromeColor(k SpanKind) string {
	switch k {
	case SpanRunning:
		return "thread_state_running"
	case SpanWaiting:
		return "thread_state_sleeping"
	case SpanBlocking:
		return "terrible"
	}
	return ""
}

func (c *chromeWriter) span(s Span) {
	name := s.Label
	if name == "" || s.Kind == SpanRunning {
		name = string(s.Kind)
	}
	c.begin("X", name, string(s.Kind), s.Lane)
	start, end := micros(s.Start.T), micros(s.End.T)
	c.ts(`,"ts":`, start)
	c.ts(`,"dur":`, max(end-start, 0))
	if cn := chromeColor(s.Kind); cn != "" {
		c.b = append(c.b, `,"cname":"`...)
		c.b = append(c.b, cn...)
		c.b = append(c.b, '"')
	}
	c.b = append(c.b, `,"args":{"kind":`...)
	c.b = appendJSONString(c.b, string(s.Kind))
	if s.Label != "" {
		c.b = append(c.b, `,"label":`...)
		c.b = appendJSONString(c.b, s.Label)
	}
	c.b = append(c.b, `,"seq":`...)
	c.b = appendInt(c.b, s.Start.Seq)
	c.b = append(c.b, `,"end_seq":`...)
	c.b = appendInt(c.b, s.End.Seq)
	c.b = append(c.b, "}}"...)
	c.write()
}

func (c *chromeWriter) instant(in Instant) {
	c.begin("i", string(in.Kind), "instant", in.Lane)
	c.ts(`,"ts":`, micros(in.At.T))
	c.b = append(c.b, `,"s":"t","args":{"seq":`...)
	c.b = appendInt(c.b, in.At.Seq)
	if in.Text != "" {
		c.b = append(c.b, `,"text":`...)
		c.b = appendJSONString(c.b, in.Text)
	}
	if in.Stream != "" {
		c.b = append(c.b, `,"stream":`...)
		c.b = appendJSONString(c.b, in.Stream)
	}
	c.b = append(c.b, "}}"...)
	c.write()
}

// link writes a flow: its start on the acting lane (bound to the slice around it) and its
// end on the lane acted upon (bound to the next slice that starts there).
func (c *chromeWriter) link(l Link, id int) {
	for _, end := range [...]struct {
		ph  string
		tid int
	}{{"s", l.From}, {"f", l.To}} {
		c.beginNamed(end.ph, string(l.Kind), l.Label, string(l.Kind), end.tid)
		c.ts(`,"ts":`, micros(l.At.T))
		c.b = append(c.b, `,"id":`...)
		c.b = appendInt(c.b, int64(id))
		c.b = append(c.b, `,"args":{"seq":`...)
		c.b = appendInt(c.b, l.At.Seq)
		c.b = append(c.b, "}}"...)
		c.write()
	}
}
