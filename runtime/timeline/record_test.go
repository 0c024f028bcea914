package timeline

import (
	"bytes"
	"math"
	"strconv"
	"strings"
	"testing"
)

func TestFixedTextIDs(t *testing.T) {
	for i, s := range fixedTexts {
		if got := fixedID(s); got != textID(i+1) {
			t.Errorf("fixedID(%q) = %d, want %d (its place in fixedTexts)", s, got, i+1)
		}
	}
	if got := fixedID("sleep(1)"); got != 0 {
		t.Errorf("fixedID of a label = %d, want 0", got)
	}
}

func TestTextTableSharesAndCleans(t *testing.T) {
	var tt textTable
	tt.init()
	a, b := tt.id("sleep(0.1)"), tt.id("sleep(0.1)")
	if a != b || a == 0 {
		t.Errorf("a recurring text got IDs %d and %d", a, b)
	}
	if got := tt.list[tt.id("bad \xff")]; got != "bad \uFFFD" {
		t.Errorf("stored %q, want the text cleaned", got)
	}
	for i := range maxShared + 10 {
		tt.id("text " + strconv.Itoa(i))
	}
	if len(tt.shared) > maxShared {
		t.Errorf("the table looks up %d texts, more than maxShared (%d)", len(tt.shared), maxShared)
	}
	if x := tt.id("text 5"); tt.list[x] != "text 5" {
		t.Errorf("id(%q) points at %q", "text 5", tt.list[x])
	}
	// Texts that share slots of the recent texts keep their own IDs, however they alternate.
	first := map[string]textID{}
	for round := range 3 {
		for i := range 200 {
			text := "text " + strconv.Itoa(i*7%200)
			id := tt.id(text)
			if tt.list[id] != text {
				t.Fatalf("id(%q) points at %q", text, tt.list[id])
			}
			if round == 0 {
				first[text] = id
			} else if id != first[text] {
				t.Fatalf("id(%q) is %d, first %d", text, id, first[text])
			}
		}
	}
}

func TestBlocksKeepOrderAndIndex(t *testing.T) {
	var b blocks[int]
	for i := range 3*blockSize + 7 {
		if got := b.add(i * 2); got != i {
			t.Fatalf("add returned index %d, want %d", got, i)
		}
	}
	*b.at(blockSize + 1) = -1
	s := b.slice()
	if len(s) != 3*blockSize+7 || cap(s) != len(s) {
		t.Fatalf("slice has length %d and capacity %d, want %d for both", len(s), cap(s), 3*blockSize+7)
	}
	for i, v := range s {
		want := i * 2
		if i == blockSize+1 {
			want = -1
		}
		if v != want {
			t.Fatalf("s[%d] = %d, want %d", i, v, want)
		}
	}
	if b.len() != 0 || b.slice() != nil {
		t.Error("slice did not empty the blocks")
	}
}

func TestAppendInt(t *testing.T) {
	values := []int64{0, 1, 12345, 123456789, 1e15 - 1, 1e15, -1, -100, 1 << 62}
	for p := int64(10); p <= 1e15; p *= 10 {
		values = append(values, p-1, p, p+1)
	}
	for _, v := range values {
		if got, want := string(appendInt([]byte("x"), v)), "x"+strconv.FormatInt(v, 10); got != want {
			t.Errorf("appendInt(%d) = %s, want %s", v, got, want)
		}
		if v >= 0 {
			if got, want := digits(int(v)), len(strconv.FormatInt(v, 10)); got != want {
				t.Errorf("digits(%d) = %d, want %d", v, got, want)
			}
		}
	}
}

func TestRecordingAfterFinish(t *testing.T) {
	r := NewRecorder(func() float64 { return 0 })
	lane := r.AddLane(LaneTask, "Task-1", "main", -1)
	r.Begin(lane, SpanRunning, "")
	tl := r.Finish()
	n := len(tl.Spans) + len(tl.Instants) + len(tl.Links)
	r.Begin(lane, SpanWaiting, "sleep(1)")
	r.Blocking(lane, 0, 1, "time.sleep(1)")
	r.Instant(lane, InstantPrint, "late", "stdout")
	r.Link(LinkWake, LoopLane, lane, "timer")
	r.RenameLane(lane, "renamed")
	if again := r.Finish(); again != tl || len(tl.Spans)+len(tl.Instants)+len(tl.Links) != n || tl.Lanes[lane].Name != "Task-1" {
		t.Error("records made after Finish changed the finished timeline")
	}
}

func TestNumberedLanesAreNamedAtFinish(t *testing.T) {
	r := NewRecorder(func() float64 { return 0 })
	cases := []struct {
		num  int
		want string
	}{{0, "Task-0"}, {7, "Task-7"}, {10, "Task-10"}, {12345, "Task-12345"}}
	for _, c := range cases {
		r.AddNumberedLane(LaneTask, "Task-", c.num, "hop", LoopLane)
	}
	named := r.AddLane(LaneTask, "fetcher", "fetch", LoopLane)
	renamed := r.AddNumberedLane(LaneTask, "Task-", 99, "hop", LoopLane)
	r.RenameLane(renamed, "worker")
	tl := r.Finish()
	for i, c := range cases {
		if got := tl.Lanes[i+1]; got.Name != c.want || got.Coro != "hop" || got.ID != i+1 {
			t.Errorf("lane %d = %+v, want the name %q", i+1, got, c.want)
		}
	}
	if got := tl.Lanes[named].Name; got != "fetcher" {
		t.Errorf("a named lane is named %q", got)
	}
	if got := tl.Lanes[renamed].Name; got != "worker" {
		t.Errorf("a renamed numbered lane is named %q", got)
	}
	var direct bytes.Buffer
	if err := r.Encode(&direct); err != nil {
		t.Fatal(err)
	}
	if want, _ := encodeBytes(tl); !bytes.Equal(direct.Bytes(), want) {
		t.Errorf("Recorder.Encode names numbered lanes differently:\n%s\nwant\n%s", direct.String(), want)
	}
}

// TestRecorderEncodeMatchesEncode checks that the recorder writes, straight from its records,
// the very bytes Encode writes of the timeline Finish builds, for every scenario, and that
// what is recorded after the recording ended is in neither.
func TestRecorderEncodeMatchesEncode(t *testing.T) {
	for _, sc := range scenarios {
		r := sc.build()
		var direct bytes.Buffer
		if err := r.Encode(&direct); err != nil {
			t.Fatalf("%s: %v", sc.name, err)
		}
		lane := r.AddNumberedLane(LaneTask, "Task-", 99, "late", LoopLane)
		r.Begin(lane, SpanRunning, "")
		r.Instant(LoopLane, InstantWarning, "late", "")
		r.Link(LinkWake, LoopLane, lane, "late")
		r.RenameLane(1, "renamed")
		want, err := encodeBytes(r.Finish())
		if err != nil {
			t.Fatalf("%s: %v", sc.name, err)
		}
		if !bytes.Equal(direct.Bytes(), want) {
			t.Errorf("%s: Recorder.Encode differs from Encode(Finish()):\n%s\nwant\n%s", sc.name, firstLines(direct.String(), 30), firstLines(string(want), 30))
		}
		var again bytes.Buffer
		if err := r.Encode(&again); err != nil || !bytes.Equal(again.Bytes(), want) {
			t.Errorf("%s: a second Recorder.Encode differs (error %v)", sc.name, err)
		}
		if size := r.EncodedSize(); size < len(want)/2 || size > 2*len(want) {
			t.Errorf("%s: EncodedSize %d for a document of %d bytes", sc.name, size, len(want))
		}
	}
}

// firstLines returns the first n lines of s.
func firstLines(s string, n int) string {
	lines := strings.SplitAfterN(s, "\n", n+1)
	return strings.Join(lines[:min(n, len(lines))], "")
}

// TestStampTimesKeepTheirBits checks that the records' shared table of times gives back each
// stamp's time bit for bit, -0 and NaN included.
func TestStampTimesKeepTheirBits(t *testing.T) {
	times := []float64{0, 0, math.Copysign(0, -1), 0.1, 0.1, math.NaN(), math.NaN(), 0.30000000000000004, 2}
	now := 0.0
	r := NewRecorder(func() float64 { return now })
	lane := r.AddLane(LaneTask, "Task-1", "main", -1)
	for _, tm := range times {
		now = tm
		r.Instant(lane, InstantPrint, "x", "stdout")
	}
	r.Idle(1, 1.5)
	tl := r.Finish()
	for i, in := range tl.Instants[1:] {
		if math.Float64bits(in.At.T) != math.Float64bits(times[i]) {
			t.Errorf("instant %d at %v, want %v", i, in.At.T, times[i])
		}
	}
	if s := tl.Spans[0]; s.Start.T != 1 || s.End.T != 1.5 || s.End.Seq != s.Start.Seq+1 {
		t.Errorf("idle span %+v, want from 1 to 1.5", s)
	}
}
