package vm

// Printing uncaught exceptions exactly as CPython's default sys.excepthook does (the C code
// of Python/pythonrun.c and Python/traceback.c): the traceback entries with their source
// lines, chained causes and contexts, exception groups in their boxes, notes, the name
// suggestions ("Did you mean: 'print'?"), the special layout of SyntaxError and the caret
// lines under the failing expression (~~~^^^, traceback_carets.go).

import (
	"io"
	"math"
	"strconv"
	"strings"
)

// tracebackLimit is sys.tracebacklimit's default: only the innermost entries are printed.
const tracebackLimit = 1000

// recursiveCutoff is how many identical consecutive entries are printed before
// "[Previous line repeated N more times]".
const recursiveCutoff = 3

const (
	maxGroupWidth = 15
	maxGroupDepth = 10
)

// excPrinter holds the state of one PrintException call.
type excPrinter struct {
	th         *Thread
	b          strings.Builder
	seen       map[*Exception]bool
	groupDepth int
	needClose  bool
	// limit selects entries as the traceback module's limit argument does, or is NoLimit.
	limit   int
	noChain bool
	// module selects the traceback module's rules for "Did you mean" hints (SuggestionHint).
	module bool
}

// NoLimit is the limit of FormatExceptionLimit that prints every traceback entry (up to
// sys.tracebacklimit's default).
const NoLimit = math.MinInt

// PrintException writes exc and its chain to w as CPython prints an uncaught exception.
func (th *Thread) PrintException(w io.Writer, exc *Exception) {
	p := &excPrinter{th: th, seen: map[*Exception]bool{}, limit: NoLimit}
	p.recursive(exc, true)
	_, _ = io.WriteString(w, p.b.String())
}

// FormatExceptionLimit formats exc as traceback.format_exception(exc, limit=limit,
// chain=chain) does: a limit n >= 0 keeps the n outermost entries of each traceback, a
// negative one the -n innermost; NoLimit keeps them all. Its hints follow the traceback
// module's rules, which differ from the printer's in corner cases (see SuggestionHint).
func (th *Thread) FormatExceptionLimit(exc *Exception, limit int, chain bool) string {
	p := &excPrinter{th: th, seen: map[*Exception]bool{}, limit: limit, noChain: !chain, module: true}
	p.recursive(exc, true)
	return p.b.String()
}

// FormatException returns what PrintException would write.
func (th *Thread) FormatException(exc *Exception) string {
	var b strings.Builder
	th.PrintException(&b, exc)
	return b.String()
}

func (p *excPrinter) margin() string {
	if p.groupDepth > 0 {
		return "| "
	}
	return ""
}

func (p *excPrinter) indent() string { return strings.Repeat(" ", 2*p.groupDepth) }

// writeMargin writes the indentation and margin that prefix every line inside a group.
func (p *excPrinter) writeMargin() {
	p.b.WriteString(p.indent())
	p.b.WriteString(p.margin())
}

func (p *excPrinter) recursive(exc *Exception, chain bool) {
	if chain && !p.noChain {
		p.causeAndContext(exc)
	}
	if exc.Class.IsSubtype(BaseExceptionGroupType) {
		p.group(exc)
	} else {
		p.single(exc)
	}
}

func (p *excPrinter) causeAndContext(exc *Exception) {
	p.seen[exc] = true
	if exc.Cause != nil {
		if !p.seen[exc.Cause] {
			p.chained(exc.Cause, "The above exception was the direct cause of the following exception:\n")
		}
		return
	}
	if exc.SuppressContext {
		return
	}
	if exc.Context != nil && !p.seen[exc.Context] {
		p.chained(exc.Context, "During handling of the above exception, another exception occurred:\n")
	}
}

func (p *excPrinter) chained(exc *Exception, message string) {
	needClose := p.needClose
	p.recursive(exc, true)
	p.needClose = needClose
	p.writeMargin()
	p.b.WriteString("\n")
	p.writeMargin()
	p.b.WriteString(message)
	p.writeMargin()
	p.b.WriteString("\n")
}

// single prints one exception: its traceback, then its type and message, then its notes.
func (p *excPrinter) single(exc *Exception) {
	if exc.Traceback != nil && p.limit != 0 {
		header := "Traceback (most recent call last):\n"
		headerMargin := p.margin()
		if exc.Class.IsSubtype(BaseExceptionGroupType) {
			header = "Exception Group Traceback (most recent call last):\n"
			if p.groupDepth == 1 {
				headerMargin = "+ "
			}
		}
		p.b.WriteString(p.indent())
		p.b.WriteString(headerMargin)
		p.b.WriteString(header)
		p.entries(exc.Traceback)
	}
	th := p.th
	notes, hasNotes, _ := GetAttrOK(th, exc, "__notes__")
	var msg string
	syntaxMsg := false
	if exc.Class.IsSubtype(SyntaxErrorType) {
		msg, syntaxMsg = p.syntaxErrorLines(exc)
	}
	if !syntaxMsg {
		s, err := ToStr(th, exc)
		if err != nil {
			s = "<exception str() failed>"
		}
		msg = s
	}
	p.writeMargin()
	p.b.WriteString(qualifiedClassName(exc.Class))
	if msg != "" {
		p.b.WriteString(": ")
		p.b.WriteString(msg)
	}
	p.b.WriteString(SuggestionHint(th, exc, exc.Traceback, p.module))
	p.b.WriteString("\n")
	if hasNotes {
		p.notes(notes)
	}
}

// qualifiedClassName is the class name as the last traceback line shows it: module-qualified
// unless the class lives in builtins or __main__.
func qualifiedClassName(t *Type) string {
	switch t.Module {
	case "builtins", "__main__":
		return t.QualName
	case "":
		return "<unknown>." + t.QualName
	}
	return t.Module + "." + t.QualName
}

func (p *excPrinter) notes(notes Value) {
	th := p.th
	var items []Value
	switch n := notes.(type) {
	case *List:
		items = n.Items
	case Tuple:
		items = n
	default:
		p.writeMargin()
		s, err := Repr(th, notes)
		if err != nil {
			s = "<__notes__ repr() failed>"
		}
		p.b.WriteString(s)
		p.b.WriteString("\n")
		return
	}
	for _, note := range items {
		var s string
		if str, ok := note.(Str); ok {
			s = string(str)
		} else {
			var err error
			if s, err = ToStr(th, note); err != nil {
				s = "<note str() failed>"
			}
		}
		for _, line := range strings.Split(s, "\n") {
			p.writeMargin()
			p.b.WriteString(line)
			p.b.WriteString("\n")
		}
	}
}

// entries prints traceback entries (tb_printinternal), collapsing repetitions.
func (p *excPrinter) entries(tb *Traceback) {
	depth := 0
	for t := tb; t != nil; t = t.Next {
		depth++
	}
	keep := depth // entries printed, starting at tb
	switch {
	case p.limit == NoLimit:
		keep = min(depth, tracebackLimit)
	case p.limit >= 0:
		keep = min(depth, p.limit)
	default:
		keep = min(depth, -p.limit)
	}
	if p.limit == NoLimit || p.limit < 0 {
		for ; depth > keep; depth-- {
			tb = tb.Next
		}
	}
	var end *Traceback // the entry after the last one printed
	for t, i := tb, 0; t != nil; t, i = t.Next, i+1 {
		if i == keep {
			end = t
			break
		}
	}
	var lastFile, lastName string
	lastLine := -1
	cnt := 0
	for ; tb != end; tb = tb.Next {
		if tb.Filename != lastFile || tb.Line != lastLine || tb.Name != lastName {
			if cnt > recursiveCutoff {
				p.repeated(cnt)
			}
			lastFile, lastLine, lastName = tb.Filename, tb.Line, tb.Name
			cnt = 0
		}
		cnt++
		if cnt <= recursiveCutoff {
			p.entry(tb)
		}
	}
	if cnt > recursiveCutoff {
		p.repeated(cnt)
	}
}

func (p *excPrinter) repeated(cnt int) {
	cnt -= recursiveCutoff
	p.writeMargin()
	if cnt > 1 {
		p.b.WriteString("  [Previous line repeated " + strconv.Itoa(cnt) + " more times]\n")
	} else {
		p.b.WriteString("  [Previous line repeated " + strconv.Itoa(cnt) + " more time]\n")
	}
}

func (p *excPrinter) entry(tb *Traceback) {
	p.writeMargin()
	p.b.WriteString("  File \"" + tb.Filename + "\", line " + strconv.Itoa(tb.Line) + ", in " + tb.Name + "\n")
	var lines []string
	if f, ok := tb.Frame.(*Frame); ok && f.Code.source != nil && f.Code.Filename == tb.Filename {
		lines = f.Code.source.lines()
	} else {
		lines = p.th.SourceLines(tb.Filename)
	}
	if tb.Line >= 1 && tb.Line <= len(lines) {
		line := strings.TrimLeft(lines[tb.Line-1], " \t\f")
		p.writeMargin()
		p.b.WriteString("    " + line + "\n")
		if carets := tb.CaretLine(lines[tb.Line-1]); carets != "" {
			p.writeMargin()
			p.b.WriteString("    " + carets + "\n")
		}
	}
}

// CaretLine returns the ^^^ line CPython draws under the entry's source line (the whole
// line, as the source has it), without its four-space indent, or "" when there is none.
func (tb *Traceback) CaretLine(line string) string {
	f, ok := tb.Frame.(*Frame)
	if !ok || f.Code == nil || f.Code.Filename != tb.Filename {
		return ""
	}
	return caretLine(f.Code, tb.Lasti, tb.Line, line)
}

// sourceLine returns line n of lines without its indentation, or "".
func sourceLine(lines []string, n int) string {
	if n >= 1 && n <= len(lines) {
		return strings.TrimLeft(lines[n-1], " \t\f")
	}
	return ""
}

// group prints an exception group and its sub-exceptions in boxes.
func (p *excPrinter) group(exc *Exception) {
	if p.groupDepth > maxGroupDepth {
		p.writeMargin()
		p.b.WriteString("... (max_group_depth is " + strconv.Itoa(maxGroupDepth) + ")\n")
		return
	}
	if p.groupDepth == 0 {
		p.groupDepth++
	}
	p.single(exc)
	var excs []Value
	if v, ok, _ := GetAttrOK(p.th, exc, "exceptions"); ok {
		if t, ok := v.(Tuple); ok {
			excs = t
		}
	}
	n := len(excs)
	if n > maxGroupWidth {
		n = maxGroupWidth + 1
	}
	p.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			p.needClose = true
		}
		p.b.WriteString(p.indent())
		lead := "  "
		if i == 0 {
			lead = "+-"
		}
		truncated := i >= maxGroupWidth
		if !truncated {
			p.b.WriteString(lead + "+---------------- " + strconv.Itoa(i+1) + " ----------------\n")
		} else {
			p.b.WriteString(lead + "+---------------- ... ----------------\n")
		}
		p.groupDepth++
		parentSeen := p.seen
		p.seen = map[*Exception]bool{}
		if !truncated {
			if e, ok := excs[i].(*Exception); ok {
				p.recursive(e, true)
			}
		} else {
			rest := len(excs) - maxGroupWidth
			p.writeMargin()
			s := ""
			if rest > 1 {
				s = "s"
			}
			p.b.WriteString("and " + strconv.Itoa(rest) + " more exception" + s + "\n")
		}
		p.seen = parentSeen
		if last && p.needClose {
			p.b.WriteString(p.indent())
			p.b.WriteString("+------------------------------------\n")
			p.needClose = false
		}
		p.groupDepth--
	}
	if p.groupDepth == 1 {
		p.groupDepth--
	}
}

// syntaxErrorLines prints the file, line and caret of a SyntaxError and returns its
// message; ok is false when the exception lacks the attributes (then it is printed
// normally).
func (p *excPrinter) syntaxErrorLines(exc *Exception) (string, bool) {
	th := p.th
	attr := func(name string) Value {
		v, ok, err := GetAttrOK(th, exc, name)
		if err != nil || !ok {
			return nil
		}
		return v
	}
	msg := attr("msg")
	if msg == nil {
		return "", false
	}
	lineno, ok := attr("lineno").(Int)
	if !ok {
		return "", false
	}
	filename := "<string>"
	if s, ok := attr("filename").(Str); ok {
		filename = string(s)
	}
	offset, endOffset := -1, -1
	if o, ok := attr("offset").(Int); ok {
		offset = int(o)
	}
	endLine := int(lineno)
	if e, ok := attr("end_lineno").(Int); ok {
		endLine = int(e)
	}
	if e, ok := attr("end_offset").(Int); ok {
		endOffset = int(e)
	}
	p.writeMargin()
	p.b.WriteString("  File \"" + filename + "\", line " + strconv.Itoa(int(lineno)) + "\n")
	if text, ok := attr("text").(Str); ok {
		rs := []rune(strings.TrimRight(string(text), "\n"))
		if endLine > int(lineno) {
			endOffset = len(rs)
		}
		if endOffset > len(rs)+1 {
			endOffset = len(rs) + 1
		}
		p.errorText(offset, endOffset, string(text))
	}
	s, err := ToStr(th, msg)
	if err != nil {
		s = "<exception str() failed>"
	}
	return s, true
}

// errorText prints the offending line of a SyntaxError and the caret line under it
// (print_error_text), offsets being 1-based character positions.
func (p *excPrinter) errorText(offset, endOffset int, text string) {
	carets := 1
	if endOffset > 0 && endOffset > offset {
		carets = endOffset - offset
	}
	rs := []rune(text)
	offset--
	for len(rs) > 0 && (rs[0] == ' ' || rs[0] == '\t' || rs[0] == '\f') {
		rs = rs[1:]
		offset--
	}
	n := len(rs)
	if n > 0 && rs[n-1] == '\n' {
		n--
	}
	if offset > n {
		offset = n
	}
	for {
		nl := -1
		for i, r := range rs {
			if r == '\n' {
				nl = i
				break
			}
		}
		if nl < 0 || nl >= offset {
			break
		}
		nl++
		rs = rs[nl:]
		n -= nl
		offset -= nl
	}
	p.writeMargin()
	p.b.WriteString("    " + string(rs[:n]) + "\n")
	if offset < 0 {
		return
	}
	p.writeMargin()
	p.b.WriteString("    " + strings.Repeat(" ", offset) + strings.Repeat("^", carets) + "\n")
}
