package timeline

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
)

// TestDeterministic builds every scenario twice and renders each view twice: same bytes.
func TestDeterministic(t *testing.T) {
	for _, sc := range scenarios {
		a, b := sc.timeline(), sc.timeline()
		for _, r := range renders {
			x, err := r.render(a)
			if err != nil {
				t.Fatal(err)
			}
			y, _ := r.render(b)
			z, _ := r.render(a)
			if !bytes.Equal(x, y) || !bytes.Equal(x, z) {
				t.Errorf("%s%s: two renders differ", sc.name, r.suffix)
			}
		}
	}
}

// TestRoundTrip decodes what Encode wrote and encodes it again: same bytes.
func TestRoundTrip(t *testing.T) {
	for _, sc := range scenarios {
		tl := sc.timeline()
		if err := tl.Check(); err != nil {
			t.Errorf("%s: the recorder broke an invariant: %v", sc.name, err)
		}
		first, err := encodeBytes(tl)
		if err != nil {
			t.Fatal(err)
		}
		back, err := Decode(bytes.NewReader(first))
		if err != nil {
			t.Fatalf("%s: %v", sc.name, err)
		}
		second, _ := encodeBytes(back)
		if !bytes.Equal(first, second) {
			t.Errorf("%s: decode and encode changed the document\n%s", sc.name, firstDiff(first, second))
		}
	}
}

// TestViewsWellFormed checks every scenario's views: the text fits in 100 columns, the SVG
// is well-formed XML that refers to nothing outside itself, the Chrome trace is JSON with a
// named track per lane and a flow end for every flow start.
func TestViewsWellFormed(t *testing.T) {
	for _, sc := range scenarios {
		tl := sc.timeline()
		checkText(t, sc.name, textOf(t, tl), 100)
		checkSVG(t, sc.name, svgOf(t, tl))
		checkChrome(t, sc.name, sc.sample())
	}
}

func checkText(t *testing.T, name, text string, width int) {
	t.Helper()
	for _, line := range strings.Split(text, "\n") {
		if w := displayWidth(line); w > width {
			t.Errorf("%s: text line is %d columns wide, want at most %d: %q", name, w, width, line)
		}
		if strings.ContainsFunc(line, func(r rune) bool { return r < 0x20 || r == 0x7F || r == 0x202E }) {
			t.Errorf("%s: text line carries control characters: %q", name, line)
		}
	}
}

func checkSVG(t *testing.T, name, svg string) {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(svg))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Errorf("%s: SVG is not well-formed XML: %v", name, err)
			return
		}
		if el, ok := tok.(xml.StartElement); ok {
			switch el.Name.Local {
			case "script", "foreignObject", "image", "a", "iframe":
				t.Errorf("%s: SVG contains <%s>", name, el.Name.Local)
			}
			for _, a := range el.Attr {
				if strings.HasPrefix(a.Name.Local, "on") || a.Name.Local == "href" {
					t.Errorf("%s: SVG element <%s> has attribute %s", name, el.Name.Local, a.Name.Local)
				}
			}
		}
	}
	if strings.Count(svg, "http") != 1 { // the xmlns
		t.Errorf("%s: SVG refers to something outside itself", name)
	}
}

func checkChrome(t *testing.T, name string, tl *Timeline) {
	t.Helper()
	var b bytes.Buffer
	if err := WriteChrome(&b, tl); err != nil {
		t.Fatal(err)
	}
	var trace struct {
		TraceEvents     []map[string]any `json:"traceEvents"`
		DisplayTimeUnit string           `json:"displayTimeUnit"`
	}
	if err := json.Unmarshal(b.Bytes(), &trace); err != nil {
		t.Fatalf("%s: Chrome trace is not JSON: %v", name, err)
	}
	if trace.DisplayTimeUnit != "ms" {
		t.Errorf("%s: displayTimeUnit %q", name, trace.DisplayTimeUnit)
	}
	named := map[float64]bool{}
	flows := map[float64]int{}
	for _, e := range trace.TraceEvents {
		switch e["ph"] {
		case "M":
			if e["name"] == "thread_name" {
				named[e["tid"].(float64)] = true
			}
		case "X":
			if e["ts"].(float64) < 0 || e["dur"].(float64) < 0 {
				t.Errorf("%s: event %v has negative time", name, e)
			}
			args := e["args"].(map[string]any)
			if args["kind"] == nil || args["seq"] == nil {
				t.Errorf("%s: span event %v lacks kind or seq", name, e)
			}
		case "i":
			if e["s"] != "t" {
				t.Errorf("%s: instant %v is not thread-scoped", name, e)
			}
		case "s":
			flows[e["id"].(float64)]++
		case "f":
			flows[e["id"].(float64)]--
		}
	}
	if len(named) != len(tl.Lanes) {
		t.Errorf("%s: %d named tracks for %d lanes", name, len(named), len(tl.Lanes))
	}
	for id, n := range flows {
		if n != 0 {
			t.Errorf("%s: flow %v is not one start and one end", name, id)
		}
	}
}

// TestHostileText feeds names and texts that try to break out of each format.
func TestHostileText(t *testing.T) {
	s := newSim()
	evil := []string{
		"<script>alert(1)</script>",
		`"quoted" & 'apostrophes' </text>`,
		"\x1b[31mred\x1b[0m",
		"\u202Eevil",
		"bad \xff utf8",
		"two\nlines\ttab",
		"\u2028line separator",
	}
	for _, e := range evil {
		id := s.task(e, e, -1)
		s.step(id)
		s.wait(id, e)
		s.print(id, e)
	}
	s.jump(1)
	for i := range evil {
		s.step(i + 1)
		s.r.Instant(i+1, InstantRaised, evil[i], "")
	}
	tl := s.r.Finish()
	text := textOf(t, tl)
	checkText(t, "hostile", text, 100)
	if strings.ContainsRune(text, 0x1b) {
		t.Error("text view passes an escape sequence to the terminal")
	}
	svg := svgOf(t, tl)
	checkSVG(t, "hostile", svg)
	checkChrome(t, "hostile", tl)
	data, err := encodeBytes(tl)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(data, []byte("\u2028")) {
		t.Error("JSON carries a raw U+2028, which ends a line in JavaScript")
	}
	back, err := Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if back.Lanes[1].Name != evil[0] || back.Lanes[6].Name != evil[5] || back.Lanes[5].Name != "bad \uFFFD utf8" {
		t.Errorf("names did not survive the round trip: %q %q %q", back.Lanes[1].Name, back.Lanes[6].Name, back.Lanes[5].Name)
	}
}

// TestEmptyAndDegenerate draws timelines with nothing in them, or no virtual time passing.
func TestEmptyAndDegenerate(t *testing.T) {
	empty := NewRecorder(func() float64 { return 0 }).Finish()
	s := newSim()
	id := s.task("Task-1", "main", -1)
	s.step(id)
	s.done(id, "None")
	instant := s.r.Finish()
	broken := &Timeline{Version: 1, Lanes: []Lane{{ID: 0, Kind: LaneLoop, Name: "event loop", Parent: -1}},
		Spans: []Span{{Lane: 7, Kind: SpanRunning}}, Instants: []Instant{{Lane: -1, Kind: InstantDone}}, Links: []Link{{From: 0, To: 9}}}
	for name, tl := range map[string]*Timeline{"empty": empty, "instant": instant, "broken": broken} {
		checkText(t, name, textOf(t, tl), 100)
		checkSVG(t, name, svgOf(t, tl))
		var b bytes.Buffer
		if err := WriteChrome(&b, tl); err != nil || !json.Valid(b.Bytes()) {
			t.Errorf("%s: Chrome trace invalid: %v", name, err)
		}
	}
	if err := broken.Check(); err == nil {
		t.Error("Check accepts a span on a lane that does not exist")
	}
}

func TestTextWidthOption(t *testing.T) {
	tl := japaneseNames().Finish()
	for _, w := range []int{60, 80, 100, 140} {
		var b bytes.Buffer
		if err := WriteText(&b, tl, TextOptions{Width: w}); err != nil {
			t.Fatal(err)
		}
		checkText(t, "japanese", b.String(), w)
	}
}

func TestDecodeRejects(t *testing.T) {
	good, _ := encodeBytes(createTask().Finish())
	for _, c := range []struct{ from, to, want string }{
		{`"version":1`, `"version":2`, "newer than this reader"},
		{`"version":1,`, ``, "no version"},
		{`"coro":"main"`, `"coro":"main","colour":1`, "unknown field"},
		{`{"lane":2,"kind":"done"`, `{"lane":5,"kind":"done"`, "lane 5 does not exist"},
		{`"kind":"await"`, `"kind":"awaits"`, "unknown kind"},
		{`"end":{"t":0.5,"seq":27}` + "\n}", `"end":{"t":0.5,"seq":27}` + "\n}{}", "data after"},
		{`"end":{"t":0.2,"seq":13}`, `"end":{"t":-1,"seq":13}`, "before it starts"},
	} {
		bad := bytes.Replace(good, []byte(c.from), []byte(c.to), 1)
		if bytes.Equal(bad, good) {
			t.Fatalf("%q does not occur in the document", c.from)
		}
		if _, err := Decode(bytes.NewReader(bad)); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s -> %s: got %v, want an error containing %q", c.from, c.to, err, c.want)
		}
	}
}

func TestEncodeFloats(t *testing.T) {
	tenth, fifth := 0.1, 0.2 // variables: constant arithmetic would be exact
	for f, want := range map[float64]string{0: "0", 1: "1", 0.1: "0.1", tenth + fifth: "0.30000000000000004",
		1e-7: "1e-07", 1e21: "1e+21", 123456789.125: "123456789.125", 2.5e-6: "0.0000025"} {
		if got := string(appendFloat(nil, f)); got != want {
			t.Errorf("appendFloat(%v) = %s, want %s", f, got, want)
		}
	}
	tl := createTask().Finish()
	tl.Spans[0].End.T = float64NaN()
	if err := Encode(io.Discard, tl); err == nil {
		t.Error("Encode writes NaN")
	}
	if err := Encode(failWriter{}, createTask().Finish()); err == nil {
		t.Error("Encode hides a write error")
	}
}

func float64NaN() float64 { var z float64; return z / z }

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestRecorderTrimsText(t *testing.T) {
	r := NewRecorder(func() float64 { return 0 })
	long := strings.Repeat("あ", 500)
	id := r.AddLane(LaneTask, long, "", -1)
	r.Print(id, "stdout", strings.Repeat("x", MaxText))
	tl := r.Finish()
	if n := len([]rune(tl.Lanes[id].Name)); n != MaxText || !strings.HasSuffix(tl.Lanes[id].Name, "…") {
		t.Errorf("a 500-rune name is kept as %d runes", n)
	}
	if got := tl.Instants[len(tl.Instants)-1].Text; got != strings.Repeat("x", MaxText) {
		t.Errorf("a text of exactly MaxText runes was changed to %d runes", len([]rune(got)))
	}
}

func TestWidth(t *testing.T) {
	for i := 1; i < len(wideRanges); i++ {
		if wideRanges[i][0] <= wideRanges[i-1][1] || wideRanges[i][0] > wideRanges[i][1] {
			t.Fatalf("wideRanges[%d] is out of order", i)
		}
	}
	for s, want := range map[string]int{"Task-1": 6, "ダウンロード": 12, "解析する": 8, "ｶﾀｶﾅ": 4, "e\u0301mile": 5,
		"한국어": 6, "😀": 2, "█░▓": 3, "Ａ": 2, "\u200d": 0} {
		if got := displayWidth(s); got != want {
			t.Errorf("displayWidth(%q) = %d, want %d", s, got, want)
		}
	}
	if got := truncateWidth("ダウンロード", 7); got != "ダウン…" || displayWidth(got) > 7 {
		t.Errorf("truncateWidth = %q", got)
	}
}

func BenchmarkSVG10k(b *testing.B) {
	tl := manyTasks(10_000)
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteSVG(io.Discard, tl, SVGOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkChrome10k(b *testing.B) {
	tl := manyTasks(10_000)
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteChrome(io.Discard, tl); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkText10k(b *testing.B) {
	tl := manyTasks(10_000)
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteText(io.Discard, tl, TextOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncode10k(b *testing.B) {
	tl := manyTasks(10_000)
	b.ReportAllocs()
	for b.Loop() {
		if err := Encode(io.Discard, tl); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRecorderEncode10k(b *testing.B) {
	r := recordManyTasks(10_000)
	var n countWriter
	b.ReportAllocs()
	for b.Loop() {
		n = 0
		if err := r.Encode(&n); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(n))
}

// BenchmarkRecord10k measures recording alone: the reports of a run of 10,000 tasks.
func BenchmarkRecord10k(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		recordManyTasks(10_000)
	}
}

// countWriter counts the bytes written to it.
type countWriter int

func (c *countWriter) Write(p []byte) (int, error) {
	*c += countWriter(len(p))
	return len(p), nil
}
