package timeline

// The static SVG picture.
//
// The picture is self-contained and inert: no scripts, no external fonts or images, every
// piece of text escaped; hovering shows <title> tooltips where a browser supports them. It is
// built for reading: a title that states the run in words, a time axis in seconds, one row per
// lane, running steps solid, waiting spans hatched and labelled with what they wait for,
// blocking calls in orange with the whole chart shaded while the loop was held, markers for
// what happened (● done, ! raised, ✕ CancelledError), arrows for wake-ups, and a legend.
//
// Size stays small whatever the run: rows are capped (the rest fold into a density band,
// as in the text view) and, within a row, neighbouring spans of one kind that touch on screen
// merge into one rectangle, so a lane with a million steps is a handful of shapes.

import (
	"bufio"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
)

// SVGOptions controls WriteSVG. The zero value gives the default picture.
type SVGOptions struct {
	// Width is the width of the picture in pixels: 0 means 960, and widths below 480 are
	// raised to 480.
	Width int
}

// svgLimits: up to 40 lanes get a row each; beyond that the first 30 do, and one row folds
// the rest.
var svgLimits = limits{max: 40, keep: 30}

// Geometry of the picture, in pixels.
const (
	svgPad      = 16
	svgNameW    = 200 // the lane-name column
	svgTop      = 68  // where the first row starts
	svgRowH     = 26
	svgBarH     = 14
	svgAggH     = 40
	svgFontSize = 12
	svgMaxLinks = 400 // more wake-up arrows than this are not drawn
)

// svgFonts lists fonts that can show Japanese before the generic fallback.
const svgFonts = `'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic', Meiryo, 'Noto Sans', 'DejaVu Sans', sans-serif`

const svgStyle = `.bg{fill:#ffffff}.alt{fill:#f6f8fa}.grid{stroke:#e1e4e8;stroke-width:1}.axis{fill:#57606a;font-size:11px}` +
	`.title{fill:#1f2328;font-size:15px;font-weight:bold}.name{fill:#1f2328}.coro{fill:#6e7781}` +
	`.note{fill:#57606a;font-size:11px}.run{fill:#2f6fd6}.wait{fill:url(#hatch);stroke:#9fb6dd;stroke-width:.5}.idle{fill:#e9ecef}` +
	`.block{fill:#e8590c}.held{fill:#e8590c;fill-opacity:.10}.lbl{fill:#1c2b4a;font-size:10px;paint-order:stroke;stroke:#ffffff;stroke-width:3px}` +
	`.band{fill:#9fb6dd}.done{fill:#2b8a3e;stroke:#ffffff;stroke-width:1}.raised{fill:#e03131}` +
	`.bang{fill:#ffffff;font-size:9px;font-weight:bold}.cancel{stroke:#a61e4d;stroke-width:2.2;fill:none}` +
	`.creq{stroke:#a61e4d;stroke-width:1.2;fill:none;stroke-opacity:.6}.print{fill:#6e7781}.warn{fill:#f08c00}` +
	`.wake{stroke:#495057;stroke-width:1;stroke-opacity:.55}.clink{stroke:#a61e4d;stroke-width:1;stroke-dasharray:3 2}`

// WriteSVG draws tl as a static SVG picture.
func WriteSVG(w io.Writer, tl *Timeline, opt SVGOptions) error {
	width := opt.Width
	if width == 0 {
		width = 960
	}
	width = max(width, 480)
	v := newView(tl, svgLimits)
	p := &svgPainter{v: v, out: bufio.NewWriterSize(w, 64<<10)}
	p.x0 = svgPad + svgNameW
	p.x1 = float64(width - svgPad - 8)

	// Time axis: about eight round steps.
	span := v.end
	if !(span > 0) {
		span = 1
	}
	p.step, p.decimals = niceStep(span / 8)
	p.ticks = max(1, int(math.Ceil(span/p.step-1e-9)))
	p.tmax = float64(p.ticks) * p.step

	rowsH := len(v.rows) * svgRowH
	if len(v.hidden) > 0 {
		rowsH += svgAggH
	}
	p.bottom = svgTop + float64(rowsH)
	notes := v.notes("band height: how many of them were alive; dark ticks: steps")
	for _, l := range tl.Links {
		// Wake-ups by the loop itself (timers) are left out: the end of a sleep says it.
		if (l.Kind == LinkWake || l.Kind == LinkCancel) && l.From != l.To && v.row(l.From) >= 0 && v.row(l.To) >= 0 &&
			tl.Lanes[l.From].Kind != LaneLoop {
			p.arrows = append(p.arrows, l)
		}
	}
	if len(p.arrows) > svgMaxLinks {
		notes = append(notes, thousands(len(p.arrows))+" wake-ups are not drawn: too many to read.")
		p.arrows = nil
	}
	height := int(p.bottom+18+16*float64(len(notes))+8+p.legend(0, false)) + 4

	p.printf(`<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="%s" font-size="%d">`+"\n",
		width, height, width, height, svgFonts, svgFontSize)
	p.printf("<title>asyncio timeline: %s</title>\n", esc(v.summary()))
	p.printf("<style>%s</style>\n", svgStyle)
	p.printf(`<defs><pattern id="hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
		`<rect width="5" height="5" fill="#e3ebf8"/><rect width="1.6" height="5" fill="#a9bfe3"/></pattern>` +
		`<marker id="arrow" viewBox="0 0 6 6" refX="5.5" refY="3" markerWidth="6" markerHeight="6" orient="auto">` +
		`<path d="M0,0L6,3L0,6z" fill="#495057"/></marker></defs>` + "\n")
	p.printf(`<rect class="bg" width="%d" height="%d"/>`+"\n", width, height)
	p.printf(`<text class="title" x="%d" y="26">asyncio timeline: %s</text>`+"\n", svgPad, esc(v.summary()))

	p.axis()
	p.held()
	for r := range v.rows {
		p.lane(r)
	}
	if len(v.hidden) > 0 {
		p.aggregate()
	}
	p.links()
	y := p.bottom + 18
	for _, n := range notes {
		p.printf(`<text class="note" x="%d" y="%s">%s</text>`+"\n", svgPad, num(y), esc(n))
		y += 16
	}
	p.legend(y+8, true)
	p.printf("</svg>\n")
	return p.out.Flush()
}

// svgPainter holds the scale of one picture while it is drawn.
type svgPainter struct {
	v          *view
	out        *bufio.Writer
	x0, x1     float64 // the plot's left and right edges
	bottom     float64 // the plot's bottom edge
	step, tmax float64
	ticks      int
	decimals   int
	scratch    []byte
	arrows     []Link // the links drawn as arrows
}

type svgLabel struct {
	x, y float64
	text string
}

func (p *svgPainter) printf(format string, args ...any) {
	p.scratch = msgfmt.Appendf(p.scratch[:0], format, args...)
	p.out.Write(p.scratch)
}

// x maps a virtual time to a horizontal position.
func (p *svgPainter) x(t float64) float64 {
	t = min(max(finite(t), 0), p.tmax)
	return p.x0 + t/p.tmax*(p.x1-p.x0)
}

// rowY is the top of row r.
func rowY(r int) float64 { return float64(svgTop + r*svgRowH) }

// axis draws the row backgrounds, grid lines and tick labels.
func (p *svgPainter) axis() {
	for r := range p.v.rows {
		if r%2 == 1 {
			p.printf(`<rect class="alt" x="%d" y="%s" width="%s" height="%d"/>`+"\n",
				svgPad, num(rowY(r)), num(p.x1-svgPad+4), svgRowH)
		}
	}
	for i := 0; i <= p.ticks; i++ {
		x := p.x(float64(i) * p.step)
		p.printf(`<line class="grid" x1="%s" y1="%d" x2="%s" y2="%s"/>`, num(x), svgTop-6, num(x), num(p.bottom))
		anchor := "middle"
		if i == p.ticks {
			anchor = "end"
		}
		p.printf(`<text class="axis" x="%s" y="%d" text-anchor="%s">%s</text>`+"\n",
			num(x), svgTop-10, anchor, tickLabel(i, p.step, p.decimals))
	}
}

// held shades the whole plot while a blocking call held the loop.
func (p *svgPainter) held() {
	m := merger{p: p, class: "held", y: svgTop, h: p.bottom - svgTop}
	for _, si := range p.v.blocked {
		s := p.v.tl.Spans[si]
		m.add(p.x(s.Start.T), p.x(s.End.T), "", "")
	}
	m.flush()
}

// merger draws rectangles of one class in one row, merging those that touch on screen.
type merger struct {
	p        *svgPainter
	class    string
	y, h     float64
	minW     float64
	open     bool
	a, b     float64
	title    string // the tooltip, if the rectangle is one span
	label    string // the label, if the rectangle is one span
	labelled *[]svgLabel
}

// add draws [a, b] with a tooltip and a label that are kept only if no other span merges
// into the same rectangle.
func (m *merger) add(a, b float64, title, label string) {
	b = max(b, a+m.minW)
	// Rectangles that touch merge only if one of them is too thin to read on its own.
	if m.open && a <= m.b+0.5 && (b-a < 3 || m.b-m.a < 3) {
		switch {
		case b-a >= 3: // a wide span swallows a thin one: it names the rectangle
			m.title, m.label = title, label
		case m.b-m.a < 3: // thin into thin: no one span names it
			m.title, m.label = "", ""
		}
		m.b = max(m.b, b)
		return
	}
	m.flush()
	m.open, m.a, m.b, m.title, m.label = true, a, b, title, label
}

func (m *merger) flush() {
	if !m.open {
		return
	}
	m.open = false
	if m.title == "" {
		m.p.printf(`<rect class="%s" x="%s" y="%s" width="%s" height="%s"/>`+"\n", m.class, num(m.a), num(m.y), num(m.b-m.a), num(m.h))
	} else {
		m.p.printf(`<rect class="%s" x="%s" y="%s" width="%s" height="%s"><title>%s</title></rect>`+"\n",
			m.class, num(m.a), num(m.y), num(m.b-m.a), num(m.h), esc(m.title))
	}
	if m.label != "" && textWidth(m.label, 10)+8 <= m.b-m.a && m.labelled != nil {
		*m.labelled = append(*m.labelled, svgLabel{x: m.a + 4, y: m.y + m.h/2 + 3.5, text: m.label})
	}
}

// lane draws row r: its name, spans and markers.
func (p *svgPainter) lane(r int) {
	v, tl := p.v, p.v.tl
	lane := tl.Lanes[v.rows[r]]
	top := rowY(r)
	name, coro := laneTitle(lane)
	room := float64(svgNameW - 10)
	name = fitText(name, room, svgFontSize)
	if coro != "" {
		coro = fitText(coro, room-textWidth(name+" ", svgFontSize), svgFontSize)
	}
	if coro != "" {
		p.printf(`<text class="name" x="%d" y="%s">%s <tspan class="coro">%s</tspan></text>`+"\n", svgPad, num(top+17), esc(name), esc(coro))
	} else {
		p.printf(`<text class="name" x="%d" y="%s">%s</text>`+"\n", svgPad, num(top+17), esc(name))
	}
	barY := top + (svgRowH-svgBarH)/2
	var labels []svgLabel
	for _, kind := range []SpanKind{SpanWaiting, SpanRunning, SpanBlocking} {
		m := merger{p: p, y: barY, h: svgBarH, labelled: &labels}
		switch kind {
		case SpanWaiting:
			m.class = "wait"
			if lane.Kind == LaneLoop {
				m.class = "idle"
			}
		case SpanRunning:
			m.class, m.minW = "run", 2
		case SpanBlocking:
			m.class, m.minW = "block", 2
			m.y, m.h = barY-2, svgBarH+4
		}
		for _, si := range v.spans[r] {
			s := tl.Spans[si]
			if s.Kind != kind {
				continue
			}
			what := string(s.Kind)
			if s.Label != "" {
				what = displayText(s.Label) + " (" + what + ")"
			}
			label := ""
			if kind == SpanWaiting && lane.Kind != LaneLoop {
				label = displayText(s.Label)
			}
			m.add(p.x(s.Start.T), p.x(s.End.T), what+": "+seconds(s.Start.T)+" → "+seconds(s.End.T), label)
		}
		m.flush()
	}
	for _, l := range labels {
		p.printf(`<text class="lbl" x="%s" y="%s">%s</text>`+"\n", num(l.x), num(l.y), esc(l.text))
	}
	// Markers of one instant would hide each other: each is drawn a little right of the one
	// before it (they are in sequence order), up to three deep.
	seen := map[[2]int]bool{}
	lastX, depth := math.Inf(-1), 0
	for _, ii := range v.marks[r] {
		in := tl.Instants[ii]
		x := p.x(in.At.T)
		key := [2]int{int(math.Round(x)), kindIndex(in.Kind)}
		if seen[key] {
			continue
		}
		seen[key] = true
		if in.Kind != InstantPrint && in.Kind != InstantCancelRequested && in.Kind != InstantWarning {
			if x < lastX+9 && depth < 3 {
				x, depth = lastX+9, depth+1
			} else if x >= lastX+9 {
				depth = 0
			}
			lastX = x
		}
		tip := esc(name + ": " + strings.ReplaceAll(string(in.Kind), "_", " ") + " at " + seconds(in.At.T))
		if in.Text != "" {
			tip += esc(" — " + displayText(in.Text))
		}
		mid := top + svgRowH/2
		switch in.Kind {
		case InstantDone:
			p.printf(`<circle class="done" cx="%s" cy="%s" r="4"><title>%s</title></circle>`+"\n", num(x), num(mid), tip)
		case InstantRaised:
			p.printf(`<g><title>%s</title><circle class="raised" cx="%s" cy="%s" r="5.5"/><text class="bang" x="%s" y="%s" text-anchor="middle">!</text></g>`+"\n",
				tip, num(x), num(mid), num(x), num(mid+3.2))
		case InstantCancelled:
			p.printf(`<path class="cancel" d="M%s,%sl8,8m0,-8l-8,8"><title>%s</title></path>`+"\n", num(x-4), num(mid-4), tip)
		case InstantCancelRequested:
			p.printf(`<path class="creq" d="M%s,%sl6,6m0,-6l-6,6"><title>%s</title></path>`+"\n", num(x-3), num(top+1), tip)
		case InstantPrint:
			p.printf(`<rect class="print" x="%s" y="%s" width="1.5" height="5"><title>%s</title></rect>`+"\n", num(x-0.75), num(top+1), tip)
		case InstantWarning:
			p.printf(`<path class="warn" d="M%s,%sl4,7h-8z"><title>%s</title></path>`+"\n", num(x), num(top+1), tip)
		}
	}
}

// kindIndex numbers instant kinds for de-duplication.
func kindIndex(k InstantKind) int {
	for i, x := range []InstantKind{InstantCreated, InstantCancelRequested, InstantCancelled, InstantDone, InstantRaised, InstantPrint, InstantWarning} {
		if k == x {
			return i
		}
	}
	return -1
}

// aggregate draws the folded lanes as one row: a band as tall as the share of them alive,
// dark ticks where they ran, and markers where one raised or was cancelled.
func (p *svgPainter) aggregate() {
	v := p.v
	top := rowY(len(v.rows))
	h := float64(svgAggH - 12)
	base := top + 6 + h
	p.printf(`<rect class="alt" x="%d" y="%s" width="%s" height="%d"/>`+"\n", svgPad, num(top), num(p.x1-svgPad+4), svgAggH)
	p.printf(`<text class="name" x="%d" y="%s">%s</text>`+"\n", svgPad, num(top+svgAggH/2+4), esc(v.hiddenTitle()))
	n := int((p.x1 - p.x0) / 2)
	bw := (p.x1 - p.x0) / float64(n)
	bs := v.aggregate(n, 0, p.tmax)
	var band, steps, blocks strings.Builder
	band.WriteString(msgfmt.Sprintf("M%s,%s", num(p.x0), num(base)))
	for i, b := range bs {
		y := base - h*float64(b.alive)/float64(len(v.hidden))
		band.WriteString(msgfmt.Sprintf("V%sH%s", num(y), num(p.x0+float64(i+1)*bw)))
		if b.steps > 0 {
			steps.WriteString(msgfmt.Sprintf("M%s,%sh%sv4h-%sz", num(p.x0+float64(i)*bw), num(base-4), num(bw), num(bw)))
		}
		if b.blocking {
			blocks.WriteString(msgfmt.Sprintf("M%s,%sh%sv%sh-%sz", num(p.x0+float64(i)*bw), num(top+4), num(bw), num(h+4), num(bw)))
		}
	}
	band.WriteString(msgfmt.Sprintf("V%sz", num(base)))
	p.printf(`<path class="band" d="%s"/>`+"\n", band.String())
	if steps.Len() > 0 {
		p.printf(`<path class="run" d="%s"/>`+"\n", steps.String())
	}
	if blocks.Len() > 0 {
		p.printf(`<path class="block" d="%s"/>`+"\n", blocks.String())
	}
	for i, b := range bs {
		x := p.x0 + (float64(i)+0.5)*bw
		switch {
		case b.cancelled > 0:
			p.printf(`<path class="cancel" d="M%s,%sl8,8m0,-8l-8,8"><title>%d cancelled</title></path>`+"\n", num(x-4), num(top+6), b.cancelled)
		case b.raised > 0:
			p.printf(`<g><title>%d raised</title><circle class="raised" cx="%s" cy="%s" r="5.5"/><text class="bang" x="%s" y="%s" text-anchor="middle">!</text></g>`+"\n",
				b.raised, num(x), num(top+10), num(x), num(top+13.2))
		}
	}
}

// links draws wake-ups (and cancellation requests) between lanes that have rows, as vertical
// arrows at the moment they happened. WriteSVG chose them (none if there are too many).
func (p *svgPainter) links() {
	v := p.v
	seen := map[[3]int]bool{}
	for _, l := range p.arrows {
		x := p.x(l.At.T)
		key := [3]int{int(math.Round(x)), l.From, l.To}
		if seen[key] {
			continue
		}
		seen[key] = true
		rf, rt := v.row(l.From), v.row(l.To)
		y1 := rowY(rf) + svgRowH/2
		y2 := rowY(rt) + svgRowH/2
		if rt > rf {
			y1, y2 = y1+svgBarH/2, y2-svgBarH/2-1
		} else {
			y1, y2 = y1-svgBarH/2, y2+svgBarH/2+1
		}
		class := "wake"
		if l.Kind == LinkCancel {
			class = "clink"
		}
		tip := string(l.Kind) + ": " + displayText(v.tl.Lanes[l.From].Name) + " → " + displayText(v.tl.Lanes[l.To].Name) + " at " + seconds(l.At.T)
		if l.Label != "" {
			tip += " (" + displayText(l.Label) + ")"
		}
		p.printf(`<line class="%s" x1="%s" y1="%s" x2="%s" y2="%s" marker-end="url(#arrow)"><title>%s</title></line>`+"\n",
			class, num(x), num(y1), num(x), num(y2), esc(tip))
	}
}

// legend explains every mark, in lines that wrap; it returns the height it took. With draw
// false it only measures.
func (p *svgPainter) legend(y float64, draw bool) float64 {
	top := y
	x := float64(svgPad)
	item := func(swatch func(x, y float64), label string) {
		w := 16 + textWidth(label, 11) + 18
		if x+w > p.x1 && x > svgPad {
			x, y = svgPad, y+18
		}
		if draw {
			swatch(x, y)
			p.printf(`<text class="note" x="%s" y="%s">%s</text>`+"\n", num(x+16), num(y+4), esc(label))
		}
		x += w
	}
	rect := func(class string, h float64) func(x, y float64) {
		return func(x, y float64) {
			p.printf(`<rect class="%s" x="%s" y="%s" width="12" height="%s"/>`, class, num(x), num(y-h/2), num(h))
		}
	}
	item(rect("run", 10), "running step (no virtual time; drawn 2 px wide)")
	item(rect("wait", 10), "waiting, labelled with what it awaits")
	item(rect("idle", 10), "event loop idle")
	item(rect("block", 12), "blocking call")
	item(rect("held", 14), "loop held: nothing else can run")
	item(func(x, y float64) { p.printf(`<circle class="done" cx="%s" cy="%s" r="4"/>`, num(x+6), num(y)) }, "done")
	item(func(x, y float64) {
		p.printf(`<circle class="raised" cx="%s" cy="%s" r="5.5"/><text class="bang" x="%s" y="%s" text-anchor="middle">!</text>`, num(x+6), num(y), num(x+6), num(y+3.2))
	}, "raised")
	item(func(x, y float64) { p.printf(`<path class="cancel" d="M%s,%sl8,8m0,-8l-8,8"/>`, num(x+2), num(y-4)) }, "CancelledError")
	item(func(x, y float64) { p.printf(`<path class="creq" d="M%s,%sl6,6m0,-6l-6,6"/>`, num(x+3), num(y-3)) }, "cancel requested")
	item(func(x, y float64) {
		p.printf(`<rect class="print" x="%s" y="%s" width="1.5" height="8"/>`, num(x+5), num(y-4))
	}, "print")
	item(func(x, y float64) { p.printf(`<path class="warn" d="M%s,%sl5,9h-10z"/>`, num(x+6), num(y-5)) }, "warning")
	item(func(x, y float64) {
		p.printf(`<line class="wake" x1="%s" y1="%s" x2="%s" y2="%s" marker-end="url(#arrow)"/>`, num(x), num(y), num(x+12), num(y))
	}, "wake-up")
	if draw {
		p.printf("\n")
	}
	return y - top + 18
}

// textWidth estimates the width in pixels of s set at size px.
func textWidth(s string, size float64) float64 {
	return float64(displayWidth(s)) * size * 0.56
}

// fitText cuts s to fit in room pixels at size px.
func fitText(s string, room, size float64) string {
	cols := int(room / (size * 0.56))
	return truncateWidth(s, max(cols, 0))
}

// num formats a coordinate with at most one decimal.
func num(x float64) string {
	return strconv.FormatFloat(math.Round(finite(x)*10)/10, 'f', -1, 64)
}

// esc makes s safe as XML character data or attribute text.
func esc(s string) string {
	s = displayText(s)
	if !strings.ContainsAny(s, `&<>"'`) {
		return s
	}
	return svgEscaper.Replace(s)
}

var svgEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;")
