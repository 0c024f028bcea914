package syntax

import "strconv"

// Pos is a position in a source file. Line is 1-based. Col is 1-based and
// counts Unicode code points (runes) from the start of the line, so a tab or
// a Japanese character each count as one column. The zero Pos means
// "unknown position".
//
// The 1-based rune column equals CPython's SyntaxError.offset, which is what
// a caret under the source line needs. CPython's ast col_offset is a 0-based
// UTF-8 byte offset; for ASCII lines it equals Col-1.
type Pos struct {
	Line int32 // 1-based line number
	Col  int32 // 1-based column in code points
}

// IsValid reports whether the position is known.
func (p Pos) IsValid() bool { return p.Line > 0 }

// Before reports whether p comes strictly before q in the file.
func (p Pos) Before(q Pos) bool {
	return p.Line < q.Line || p.Line == q.Line && p.Col < q.Col
}

// String formats the position as "line:col".
func (p Pos) String() string { return strconv.Itoa(int(p.Line)) + ":" + strconv.Itoa(int(p.Col)) }

// Span records the source extent of a node. StartPos is the position of
// the node's first character and EndPos the position just after its last
// character (an exclusive end, like CPython's end_col_offset).
//
// Every AST node embeds a Span, which gives it the Pos and End methods of
// the Node interface.
type Span struct {
	StartPos Pos // first character of the node
	EndPos   Pos // just after the last character of the node
}

// Pos returns the position of the first character of the node.
func (s Span) Pos() Pos { return s.StartPos }

// End returns the position just after the last character of the node.
func (s Span) End() Pos { return s.EndPos }
