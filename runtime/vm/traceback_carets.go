package vm

// The caret line CPython 3.11+ draws under a traceback entry's source line: ^ under the
// expression whose instruction raised, or, for a binary operation or a subscript, ~ under its
// operands and ^ under the operator or the brackets:
//
//	    return x["キー"] + 1
//	           ~~~~~~~~~~^~~
//
// The rules are those of CPython's traceback.c (tb_displayline, extract_anchors_from_line)
// and traceback.py (format_frame_summary): the span is the instruction's position
// (Code.Positions, see Code.positions); a span that continues on later lines is underlined
// to the end of the first; no line is drawn when plain carets would cover the whole
// stripped line; wide characters (漢字, かな) count two columns.

import (
	"strings"

	"github.com/asobiba/asobiba/runtime/internal/eawidth"
	"github.com/asobiba/asobiba/runtime/syntax"
)

// caretLine returns the caret line (without the four-space indent and newline) for the entry
// of code at instruction lasti whose source line number is lineno and text is line, or ""
// when CPython draws none.
func caretLine(code *Code, lasti, lineno int, line string) string {
	if code == nil || lasti < 0 {
		return ""
	}
	positions := code.positions()
	if lasti >= len(positions) {
		return ""
	}
	span := positions[lasti]
	if int(span.StartPos.Line) != lineno || span.StartPos.Col < 1 {
		return ""
	}
	src := []rune(strings.TrimRight(line, "\r\n"))
	indent := 0
	for indent < len(src) && isSourceSpace(src[indent]) {
		indent++
	}
	stripped := strings.TrimSpace(string(src))
	strippedLen := len([]rune(stripped))
	start := int(span.StartPos.Col) - 1
	var end int
	var left, right int // the operator or brackets, as offsets in the segment; left < 0: none
	left = -1
	if span.EndPos.Line == span.StartPos.Line {
		end = int(span.EndPos.Col) - 1
		if start < 0 || end > len(src) || start >= end {
			return ""
		}
		left, right = caretAnchors(src[start:end])
	} else {
		end = len([]rune(strings.TrimRight(string(src), " \t\f\r\n")))
		if start >= end {
			return ""
		}
	}
	if start < indent {
		return ""
	}
	hasAnchors := left >= 0 && right > left && right <= end-start
	if end-start >= strippedLen && !hasAnchors {
		return ""
	}
	var b strings.Builder
	b.WriteString(strings.Repeat(" ", eawidth.Runes(src[indent:start])))
	if !hasAnchors {
		b.WriteString(strings.Repeat("^", eawidth.Runes(src[start:end])))
		return b.String()
	}
	seg := src[start:end]
	b.WriteString(strings.Repeat("~", eawidth.Runes(seg[:left])))
	b.WriteString(strings.Repeat("^", eawidth.Runes(seg[left:right])))
	b.WriteString(strings.Repeat("~", eawidth.Runes(seg[right:])))
	return b.String()
}

// isSourceSpace reports whether r is whitespace that str.strip removes from a source line.
func isSourceSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\f' || r == '\v'
}

// caretAnchors finds, in the source segment of a failing expression, the operator of a binary
// operation or the brackets of a subscript: the part drawn with ^ while the rest gets ~. It
// returns left < 0 when the segment is neither.
func caretAnchors(seg []rune) (left, right int) {
	mod, _, err := syntax.ParseFile("<string>", []byte(string(seg)))
	if err != nil || len(mod.Body) != 1 {
		return -1, 0
	}
	es, ok := mod.Body[0].(*syntax.ExprStmt)
	if !ok {
		return -1, 0
	}
	// Columns of the segment's parse are 1-based runes on its first line; an expression
	// that spans lines cannot be part of a one-line segment.
	col := func(p syntax.Pos) int { return int(p.Col) - 1 }
	switch e := es.Value.(type) {
	case *syntax.BinOp:
		from, to := col(e.Left.End()), col(e.Right.Pos())
		for i := from; i < to && i < len(seg); i++ {
			if isSourceSpace(seg[i]) {
				continue
			}
			left, right = i, i+1
			if i+1 < to && !isSourceSpace(seg[i+1]) {
				right++ // a two-character operator: //, **, <<, ...
			}
			if i+1 < to && seg[i] == ')' {
				continue // the closing parenthesis of the left operand
			}
			return left, right
		}
		return -1, 0
	case *syntax.Subscript:
		left, right = col(e.Value.End()), col(e.Slice.End())+1
		for left < len(seg) && seg[left] != '[' {
			left++
		}
		for right < len(seg) && seg[right] != ']' {
			right++
		}
		if right < len(seg) {
			right++
		}
		return left, right
	}
	return -1, 0
}
