package timeline

// The terminal Gantt chart of `asobiba run --timeline=text`.
//
// Time runs left to right in cells of equal virtual duration, chosen so that the ticks of a
// round step (0.2 s, 0.5 s, 1 s, ...) fall exactly on cell boundaries. A cell shows the most
// telling thing that happened in it: a marker (✕ ! ● x) beats a blocking call (▓), which beats
// a step (█), which beats waiting (░). Steps take no virtual time, so a step is one cell
// wide. A waiting span long enough to hold its label shows it ("░ sleep(1.0) ░░░"), because
// what a task waits for is the lesson. Lane names are padded by display width, so Japanese
// names line up with ASCII ones.

import (
	"bufio"
	"io"
	"math"
	"strings"
)

// TextOptions controls WriteText. The zero value gives the default chart.
type TextOptions struct {
	// Width is the number of terminal columns the chart may use: 0 means 100, and widths
	// below 60 are raised to 60.
	Width int
}

// textLimits: up to 24 lanes get a row each; beyond that the first 20 do, and one row
// folds the rest.
var textLimits = limits{max: 24, keep: 20}

// The characters of the text view.
const (
	glyphRunning  = "█"
	glyphWaiting  = "░"
	glyphBlocking = "▓"
	glyphIdle     = "·" // the event loop's idle time
)

// textMarks are the instants the text view marks, with their glyphs; prints, warnings and
// creations are left out (prints are in the program's output already; a lane starts where
// its task was created).
var textMarks = []struct {
	kind  InstantKind
	glyph string
	rank  int
	word  string
}{
	{InstantCancelRequested, "x", 4, "cancel requested"},
	{InstantDone, "●", 5, "done"},
	{InstantRaised, "!", 6, "raised"},
	{InstantCancelled, "✕", 7, "CancelledError delivered"},
}

// textCell is one column of a lane's row. A wide character fills its cell and leaves the
// next one empty ("").
type textCell struct {
	s     string
	rank  int // what is drawn: 0 nothing, 1 waiting, 2 running, 3 blocking, 4+ a marker
	owner int // the span drawn here, or -1
}

// WriteText draws tl as a Gantt chart of UTF-8 text that fits in opt.Width columns.
func WriteText(w io.Writer, tl *Timeline, opt TextOptions) error {
	width := opt.Width
	if width == 0 {
		width = 100
	}
	width = max(width, 60)
	v := newView(tl, textLimits)

	// The name column: as wide as the widest title, within [10, 26] columns.
	titles := make([]string, len(v.rows))
	nameW := 10
	for r, lane := range v.rows {
		name, coro := laneTitle(tl.Lanes[lane])
		if coro != "" {
			name += " " + coro
		}
		titles[r] = name
		nameW = max(nameW, displayWidth(name))
	}
	if len(v.hidden) > 0 {
		nameW = max(nameW, displayWidth(v.hiddenTitle()))
	}
	nameW = min(nameW, 26)

	// The axis: n intervals of one round step, cpt cells each.
	cellsMax := width - nameW - 2 // one column between names and chart, one for the last tick
	span := v.end
	if !(span > 0) {
		span = 1
	}
	step, decimals := niceStep(span / float64(cellsMax/10))
	n := max(1, int(math.Ceil(span/step-1e-9)))
	cpt := cellsMax / n
	cells := n * cpt
	dt := step / float64(cpt)
	cellAt := func(t float64) int {
		return min(max(int(math.Floor(finite(t)/dt+1e-9)), 0), cells-1)
	}
	lastCell := func(from, to float64) int { // the last cell a span [from, to] covers
		c0 := cellAt(from)
		if !(to > from) {
			return c0
		}
		return min(max(int(math.Ceil(finite(to)/dt-1e-9))-1, c0), cells-1)
	}

	out := bufio.NewWriter(w)
	line := func(s string) { out.WriteString(strings.TrimRight(s, " ") + "\n") }
	indent := strings.Repeat(" ", nameW+1)
	line("asyncio timeline: " + v.summary())
	line("")

	// Tick labels start at their tick; the last one ends there if it would not fit.
	labels := []byte(strings.Repeat(" ", cells+1+8))
	for i := 0; i <= n; i++ {
		label := tickLabel(i, step, decimals)
		at := i * cpt
		if i == n && at+len(label) > width-nameW-1 {
			at -= len(label) - 1
		}
		copy(labels[at:], label)
	}
	line(indent + string(labels))
	rule := make([]string, cells+1)
	for i := range rule {
		switch {
		case i == 0:
			rule[i] = "├"
		case i == cells:
			rule[i] = "┤"
		case i%cpt == 0:
			rule[i] = "┼"
		default:
			rule[i] = "─"
		}
	}
	line(indent + strings.Join(rule, ""))

	used := map[InstantKind]bool{}
	row := make([]textCell, cells)
	for r, lane := range v.rows {
		loop := tl.Lanes[lane].Kind == LaneLoop
		for i := range row {
			row[i] = textCell{s: " ", owner: -1}
		}
		put := func(c int, s string, rank, owner int) {
			if rank > row[c].rank {
				row[c] = textCell{s: s, rank: rank, owner: owner}
			}
		}
		for _, si := range v.spans[r] {
			s := tl.Spans[si]
			glyph, rank := glyphWaiting, 1
			if loop && s.Kind == SpanWaiting {
				glyph = glyphIdle
			}
			switch s.Kind {
			case SpanRunning:
				glyph, rank = glyphRunning, 2
			case SpanBlocking:
				glyph, rank = glyphBlocking, 3
			}
			for c := cellAt(s.Start.T); c <= lastCell(s.Start.T, s.End.T); c++ {
				put(c, glyph, rank, si)
			}
		}
		for _, ii := range v.marks[r] {
			in := tl.Instants[ii]
			for _, m := range textMarks {
				if m.kind == in.Kind {
					put(cellAt(in.At.T), m.glyph, m.rank, -1)
				}
			}
		}
		for _, c := range row {
			for _, m := range textMarks {
				if c.rank == m.rank {
					used[m.kind] = true
				}
			}
		}
		for _, si := range v.spans[r] {
			if s := tl.Spans[si]; s.Kind == SpanWaiting && s.Label != "" && !loop {
				labelSpan(row, si, cellAt(s.Start.T), lastCell(s.Start.T, s.End.T), displayText(s.Label))
			}
		}
		var b strings.Builder
		b.WriteString(padWidth(truncateWidth(titles[r], nameW), nameW+1))
		for _, c := range row {
			b.WriteString(c.s)
		}
		line(b.String())
	}

	if len(v.hidden) > 0 {
		var b strings.Builder
		b.WriteString(padWidth(truncateWidth(v.hiddenTitle(), nameW), nameW+1))
		levels := []string{" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"}
		for _, bk := range v.aggregate(cells, 0, float64(cells)*dt) {
			switch {
			case bk.cancelled > 0:
				b.WriteString("✕")
				used[InstantCancelled] = true
			case bk.raised > 0:
				b.WriteString("!")
				used[InstantRaised] = true
			case bk.blocking:
				b.WriteString(glyphBlocking)
			default:
				b.WriteString(levels[(bk.alive*8+len(v.hidden)-1)/len(v.hidden)])
			}
		}
		line(b.String())
	}

	line("")
	legend := []string{glyphRunning + " running", glyphWaiting + " waiting", glyphBlocking + " blocking the loop", glyphIdle + " loop idle"}
	for _, m := range textMarks {
		if used[m.kind] {
			legend = append(legend, m.glyph+" "+m.word)
		}
	}
	var b strings.Builder
	for _, item := range legend {
		if b.Len() > 0 && displayWidth(b.String())+3+displayWidth(item) > width {
			line(b.String())
			b.Reset()
		}
		if b.Len() > 0 {
			b.WriteString("   ")
		}
		b.WriteString(item)
	}
	line(b.String())
	for _, note := range v.notes("▁▂▃▅▇ how many of them were alive") {
		for _, part := range wrap(note, width) {
			line(part)
		}
	}
	return out.Flush()
}

// labelSpan writes label into the cells of waiting span si, [c0, c1], if the span still owns
// them and they can hold it with a margin: "░ sleep(1.0) ░░".
func labelSpan(row []textCell, si, c0, c1 int, label string) {
	lw := displayWidth(label)
	if lw == 0 || c1-c0+1 < lw+4 {
		return
	}
	for c := c0 + 1; c < c0+lw+3; c++ {
		if row[c].owner != si || row[c].rank != 1 {
			return
		}
	}
	c := c0 + 1
	row[c].s = " "
	c++
	for _, r := range label {
		switch runeWidth(r) {
		case 0:
			row[c-1].s += string(r)
		case 1:
			row[c].s = string(r)
			c++
		case 2:
			row[c].s, row[c+1].s = string(r), ""
			c += 2
		}
	}
	row[c].s = " "
}

// wrap breaks s at spaces into lines of at most width columns.
func wrap(s string, width int) []string {
	var lines []string
	for displayWidth(s) > width {
		cut := -1
		w := 0
		for i, r := range s {
			if w+runeWidth(r) > width {
				break
			}
			if r == ' ' {
				cut = i
			}
			w += runeWidth(r)
		}
		if cut <= 0 {
			break
		}
		lines = append(lines, strings.TrimRight(s[:cut], " "))
		s = strings.TrimLeft(s[cut:], " ")
	}
	return append(lines, s)
}

// notes are the sentences under a view: what was folded, where the loop was blocked.
func (v *view) notes(band string) []string {
	var notes []string
	if len(v.hidden) > 0 {
		notes = append(notes, "Showing "+thousands(len(v.rows))+" of "+thousands(len(v.rows)+len(v.hidden))+
			" lanes; the last row folds the other "+thousands(len(v.hidden))+" ("+band+").")
	}
	for i, si := range v.blocked {
		if i == 3 {
			notes = append(notes, "… and "+thousands(len(v.blocked)-3)+" more blocking calls.")
			break
		}
		s := v.tl.Spans[si]
		name, _ := laneTitle(v.tl.Lanes[s.Lane])
		what := ""
		if s.Label != "" {
			what = " in " + displayText(s.Label)
		}
		// A thread that blocks holds every thread and the loop (threads take turns).
		held, others := " blocked the loop", ": no other task could run."
		if v.tl.Lanes[s.Lane].Kind == LaneThread {
			held, others = " blocked every thread", ": nothing else could run."
		}
		notes = append(notes, name+held+what+" from "+seconds(s.Start.T)+" to "+seconds(s.End.T)+others)
	}
	return notes
}
