package syntax

import (
	"sort"
	"strings"

	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
)

// The kinds of Error, named after the CPython exception classes.
const (
	SyntaxErrorKind      = "SyntaxError"
	IndentationErrorKind = "IndentationError"
	TabErrorKind         = "TabError"
)

// Error is a syntax error with its position. It carries everything a
// Python SyntaxError exception exposes: the message (msg), the file name
// (filename), the position (lineno, offset, end_lineno, end_offset) and the
// text of the offending line (text).
//
// Pos.Col is CPython's SyntaxError.offset: 1-based, counted in code points.
// Pos.Col may be 0 when CPython reports offset 0. EndPos may be the zero Pos
// when CPython reports no end.
type Error struct {
	Kind     string // SyntaxErrorKind, IndentationErrorKind or TabErrorKind
	Msg      string // the message, e.g. "invalid syntax"
	Filename string
	Pos      Pos    // where the error starts
	EndPos   Pos    // where the error ends (exclusive), or the zero Pos
	Line     string // the text of line Pos.Line, without its line terminator
}

// Error formats the error as "file:line:col: Kind: msg".
func (e *Error) Error() string {
	return msgfmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Pos.Line, e.Pos.Col, e.Kind, e.Msg)
}

// ErrorList is a list of errors; it implements error. The parser stops at
// the first syntax error, as CPython does, so the lists it returns hold a
// single Error, but a caller that checks several files can collect them.
type ErrorList []*Error

// Error returns the first error's message, followed by a count of the
// others.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return msgfmt.Sprintf("%s (and %d more errors)", l[0].Error(), len(l)-1)
}

// Sort orders the list by file name and position.
func (l ErrorList) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].Filename != l[j].Filename {
			return l[i].Filename < l[j].Filename
		}
		return l[i].Pos.Before(l[j].Pos)
	})
}

// Err returns nil for an empty list, and the list itself otherwise.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Warning is a compile-time warning such as CPython's
//
//	SyntaxWarning: invalid escape sequence '\d'
//
// The parser records warnings instead of printing them; the caller decides
// whether and how to show them.
type Warning struct {
	Category string // the warning class: "SyntaxWarning" or "DeprecationWarning"
	Msg      string
	Filename string
	Pos      Pos
}

// String formats the warning the way Python's warnings module prints it,
// without the source line: "file:line: Category: msg".
func (w Warning) String() string {
	return msgfmt.Sprintf("%s:%d: %s: %s", w.Filename, w.Pos.Line, w.Category, w.Msg)
}

// lineText returns line n (1-based) of lines, or "".
func lineText(lines []string, n int32) string {
	if n >= 1 && int(n) <= len(lines) {
		return strings.TrimRight(lines[n-1], "\n")
	}
	return ""
}
