package timeline

// What the pictures show.
//
// The SVG and text views share one reading of a timeline: which lanes get a row of their own,
// the time axis and its ticks, and — past a readable number of lanes — one aggregated row
// that folds the rest into a density band (how many of them were alive at each moment, where
// they ran, where one raised or was cancelled). Building the view is one pass over the
// records, so a 10,000-task timeline costs milliseconds.

import (
	"math"
	"strconv"
	"strings"
)

// limits says how many lanes a view draws one by one: all of them up to max, else the first
// keep lanes and one aggregated row.
type limits struct{ max, keep int }

// view is the shared reading of a timeline.
type view struct {
	tl     *Timeline
	end    float64 // the last moment anything happened (at least the timeline's End)
	rows   []int   // lanes drawn one by one, in lane order
	rowOf  []int   // lane -> row, or -1
	spans  [][]int // row -> indices into tl.Spans
	marks  [][]int // row -> indices into tl.Instants
	hidden []int   // lanes folded into the aggregated row
	tasks  int     // task lanes in the timeline
	count  map[InstantKind]int
	// blocked holds the indices of every blocking span (of any lane): the loop was held.
	blocked []int
}

// newView reads tl. Lanes with nothing to show (the loop lane of a run without idle time)
// get no row.
func newView(tl *Timeline, lim limits) *view {
	n := len(tl.Lanes)
	v := &view{tl: tl, end: finite(tl.End.T), rowOf: make([]int, n), count: map[InstantKind]int{}}
	busy := make([]bool, n)
	for i, s := range tl.Spans {
		if s.Lane < 0 || s.Lane >= n {
			continue
		}
		busy[s.Lane] = true
		v.end = max(v.end, finite(s.End.T))
		if s.Kind == SpanBlocking {
			v.blocked = append(v.blocked, i)
		}
	}
	for _, in := range tl.Instants {
		if in.Lane < 0 || in.Lane >= n {
			continue
		}
		v.end = max(v.end, finite(in.At.T))
		// A task that ends cancelled raises CancelledError; the summary counts it once, as
		// cancelled, not also as raised.
		if !(in.Kind == InstantRaised && strings.HasPrefix(in.Text, "CancelledError")) {
			v.count[in.Kind]++
		}
		if in.Kind != InstantCreated {
			busy[in.Lane] = true
		}
	}
	var shown []int
	for i, l := range tl.Lanes {
		if l.Kind == LaneTask {
			v.tasks++
		}
		if busy[i] || l.Kind != LaneLoop {
			shown = append(shown, i)
		}
	}
	if len(shown) > lim.max {
		v.rows, v.hidden = shown[:lim.keep], shown[lim.keep:]
	} else {
		v.rows = shown
	}
	for i := range v.rowOf {
		v.rowOf[i] = -1
	}
	for r, lane := range v.rows {
		v.rowOf[lane] = r
	}
	v.spans = make([][]int, len(v.rows))
	v.marks = make([][]int, len(v.rows))
	for i, s := range tl.Spans {
		if r := v.row(s.Lane); r >= 0 {
			v.spans[r] = append(v.spans[r], i)
		}
	}
	for i, in := range tl.Instants {
		if r := v.row(in.Lane); r >= 0 && in.Kind != InstantCreated {
			v.marks[r] = append(v.marks[r], i)
		}
	}
	return v
}

// row returns the row of lane, or -1 if it has none.
func (v *view) row(lane int) int {
	if lane < 0 || lane >= len(v.rowOf) {
		return -1
	}
	return v.rowOf[lane]
}

// finite returns t, or 0 if t is NaN or infinite.
func finite(t float64) float64 {
	if math.IsNaN(t) || math.IsInf(t, 0) {
		return 0
	}
	return t
}

// laneTitle is how the views name a lane: "Task-2 fetch", "event loop".
func laneTitle(l Lane) (name, coro string) {
	name = displayText(l.Name)
	if l.Coro != "" && l.Coro != l.Name {
		coro = displayText(l.Coro)
	}
	return name, coro
}

// hiddenTitle names the aggregated row: "… 9,970 more tasks".
func (v *view) hiddenTitle() string {
	noun := "tasks"
	for _, lane := range v.hidden {
		if v.tl.Lanes[lane].Kind != LaneTask {
			noun = "lanes"
			break
		}
	}
	if len(v.hidden) == 1 {
		noun = noun[:len(noun)-1]
	}
	return "… " + thousands(len(v.hidden)) + " more " + noun
}

// summary is the one-line description the views print as their title.
func (v *view) summary() string {
	var b strings.Builder
	b.WriteString(thousands(v.tasks))
	if v.tasks == 1 {
		b.WriteString(" task, ")
	} else {
		b.WriteString(" tasks, ")
	}
	b.WriteString(seconds(v.end))
	b.WriteString(" of virtual time")
	for _, k := range []struct {
		kind InstantKind
		word string
	}{{InstantRaised, "raised"}, {InstantCancelled, "cancelled"}} {
		if c := v.count[k.kind]; c > 0 {
			b.WriteString(", " + thousands(c) + " " + k.word)
		}
	}
	if len(v.blocked) > 0 {
		b.WriteString(", loop blocked")
	}
	return b.String()
}

// bucket summarizes the folded lanes over one slice of time.
type bucket struct {
	alive     int  // folded lanes that exist (created, not yet finished) during the slice
	steps     int  // running spans that start in the slice
	blocking  bool // a folded lane blocked the loop
	raised    int
	cancelled int
}

// aggregate folds the hidden lanes into n buckets covering [t0, t1).
func (v *view) aggregate(n int, t0, t1 float64) []bucket {
	bs := make([]bucket, n)
	if len(v.hidden) == 0 || n == 0 {
		return bs
	}
	at := func(t float64) int {
		i := int(math.Floor((finite(t) - t0) / (t1 - t0) * float64(n)))
		return min(max(i, 0), n-1)
	}
	hidden := make([]bool, len(v.tl.Lanes))
	first := make([]float64, len(v.tl.Lanes))
	last := make([]float64, len(v.tl.Lanes))
	for _, lane := range v.hidden {
		hidden[lane] = true
		first[lane] = math.Inf(1)
		last[lane] = math.Inf(-1)
	}
	seen := func(lane int, from, to float64) {
		first[lane] = min(first[lane], finite(from))
		last[lane] = max(last[lane], finite(to))
	}
	for _, s := range v.tl.Spans {
		if s.Lane < 0 || s.Lane >= len(hidden) || !hidden[s.Lane] {
			continue
		}
		seen(s.Lane, s.Start.T, s.End.T)
		switch s.Kind {
		case SpanRunning:
			bs[at(s.Start.T)].steps++
		case SpanBlocking:
			for i := at(s.Start.T); i <= at(s.End.T); i++ {
				bs[i].blocking = true
			}
		}
	}
	for _, in := range v.tl.Instants {
		if in.Lane < 0 || in.Lane >= len(hidden) || !hidden[in.Lane] {
			continue
		}
		seen(in.Lane, in.At.T, in.At.T)
		switch in.Kind {
		case InstantRaised:
			bs[at(in.At.T)].raised++
		case InstantCancelled:
			bs[at(in.At.T)].cancelled++
		}
	}
	// Each lane is alive from its first record to its last: a difference array.
	diff := make([]int, n+1)
	for _, lane := range v.hidden {
		if first[lane] > last[lane] {
			continue
		}
		diff[at(first[lane])]++
		diff[at(last[lane])+1]--
	}
	alive := 0
	for i := range bs {
		alive += diff[i]
		bs[i].alive = alive
	}
	return bs
}

// niceStep returns the smallest of 1, 2, 5 × 10^k that is at least x, with its number of
// decimals (for labels).
func niceStep(x float64) (step float64, decimals int) {
	if !(x > 0) {
		return 1, 0
	}
	exp := int(math.Floor(math.Log10(x)))
	for {
		for _, m := range []float64{1, 2, 5} {
			s := m * math.Pow(10, float64(exp))
			if s >= x*(1-1e-9) {
				return s, max(0, -exp)
			}
		}
		exp++
	}
}

// tickLabel formats the i'th tick of a step: "0s", "0.5s", "2s".
func tickLabel(i int, step float64, decimals int) string {
	return strconv.FormatFloat(float64(i)*step, 'f', decimals, 64) + "s"
}

// seconds formats a time for prose: "1 s", "0.25 s", "1.5e-07 s".
func seconds(t float64) string {
	t = math.Round(t*1e9) / 1e9
	return string(appendFloat(nil, t)) + " s"
}

// thousands formats n with thousands separators: 9970 -> "9,970".
func thousands(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
