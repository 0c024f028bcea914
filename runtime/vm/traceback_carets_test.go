package vm

import (
	"testing"

	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/syntax"
)

// codeAt returns a code object whose one instruction spans [from, to) of line 1.
func codeAt(from, to syntax.Pos) *Code {
	return &Code{Code: &compile.Code{Positions: []syntax.Span{{StartPos: from, EndPos: to}}}}
}

func TestCaretLine(t *testing.T) {
	p := func(line, col int32) syntax.Pos { return syntax.Pos{Line: line, Col: col} }
	for _, c := range []struct {
		line     string
		from, to syntax.Pos
		want     string
	}{
		{"    y = total + None\n", p(1, 9), p(1, 21), "    ~~~~~~^~~~~~"},
		{"x = a // b", p(1, 5), p(1, 11), "    ~~^^~~"},
		{"v = (a) - 1", p(1, 5), p(1, 12), "    ~~~~^~~"},
		{"v = grid[1][4]", p(1, 5), p(1, 15), "    ~~~~~~~^^^"},
		{"値 = 辞書['キー']", p(1, 5), p(1, 13), "     ~~~~^^^^^^^^"},
		{"print(name)", p(1, 7), p(1, 11), "      ^^^^"},
		{"print(name)", p(1, 1), p(1, 12), ""},      // the whole line: no carets
		{"x + 1", p(1, 1), p(1, 6), "~~^~~"},        // the whole line, but with an operator
		{"r = (obj", p(1, 5), p(2, 10), "    ^^^^"}, // continues below: to the end of the line
		{"short", p(1, 3), p(1, 40), ""},            // beyond the line
		{"short", p(2, 1), p(2, 3), ""},             // another line
		{"", p(1, 1), p(1, 2), ""},                  // empty line
		{"a[", p(1, 1), p(1, 3), ""},                // the whole line, not an expression
	} {
		if got := caretLine(codeAt(c.from, c.to), 0, 1, c.line); got != c.want {
			t.Errorf("caretLine(%q, %v-%v) = %q, want %q", c.line, c.from, c.to, got, c.want)
		}
	}
	if got := caretLine(codeAt(p(1, 1), p(1, 2)), 5, 1, "ab"); got != "" {
		t.Errorf("an instruction without a position got %q", got)
	}
}

// FuzzCaretLine checks that no source line or span makes the caret line panic.
func FuzzCaretLine(f *testing.F) {
	f.Add("v = grid[1][4] + 値", int32(5), int32(1), int32(15))
	f.Add("a[", int32(1), int32(1), int32(3))
	f.Fuzz(func(t *testing.T, line string, from, endLine, to int32) {
		code := codeAt(syntax.Pos{Line: 1, Col: from}, syntax.Pos{Line: endLine, Col: to})
		_ = caretLine(code, 0, 1, line)
	})
}
