// Package pyre gives Python's re module semantics: a port of CPython's pattern parser and a
// backtracking matcher modelled on CPython's sre.
//
// # Design
//
// Parsing is a port of the structure of CPython's sre_parse: the same tokenizer (a token is
// one character or a backslash pair), the same order of checks and therefore the same re.error
// messages and positions ("nothing to repeat at position 0"). It builds a small tree of nodes
// (node.go), which compile.go flattens into a program: SPLIT instructions for alternatives in
// priority order, a counted STAR loop for a repeated single character, and a LOOP with a
// counter for other repetitions. LOOP follows sre's rules: an optional iteration that would
// start where the previous optional one started is not tried, so "(a*)*" ends, and each
// group keeps the capture of the last iteration that set it.
//
// The matcher (machine.go) runs the program with an explicit stack of choices and undo
// records, never recursing in Go per character, so long subjects cannot exhaust the Go stack.
// Lookahead, lookbehind (fixed width, as CPython requires) and atomic groups run their body
// as a nested match and keep its captures; possessive quantifiers are atomic greedy ones.
// Backreferences, conditionals (?(1)yes|no), MULTILINE, DOTALL, VERBOSE and inline flags
// behave as in CPython. Matching always sees the whole subject up to endpos, so ^, \b and
// lookbehind see the text before pos, as CPython's do.
//
// \d, \w, \s and \b follow Python 3's Unicode rules for str patterns (\d is any decimal
// digit, \w any letter, number or underscore, \s Python's str.isspace set), or ASCII rules
// under re.ASCII. Python's $ (without MULTILINE) matches at the end or before a final newline.
//
// fullmatch and Python's iteration rules are checks at the end of the pattern, as in sre:
// fullmatch rejects a match that ends before endpos and backtracks into other choices, and
// after an empty match, finditer, findall, sub and split reject another empty match at the
// same position ("a*?" on "aa" gives "", "a", "", "a", "").
//
// Searches skip ahead to a literal prefix every match starts with (strings.Index) or to the
// next code point the pattern can start with.
//
// Backtracking can take exponential time ("(a*)*b" on thirty a's). Every CheckInterval
// backtracking steps the matcher calls the check function set on the Text; the re module
// charges the steps to the run's budget there, so the budget and the Stop button end such a
// match as they end a Python loop.
//
// Positions in the API are code-point indices, as Python's str indices are; Text converts.
//
// # Known differences from CPython
//
//   - Case-insensitive matching follows CPython's rules (casefix.go) with Go's Unicode tables,
//     which may be a version apart from CPython 3.11's; the BMP cases the tests check agree.
//     Under IGNORECASE a class's categories are tested on the lower case of the code point
//     even when the class has no cased member (CPython then tests the code point itself).
//   - \N{...} knows the names runtime/syntax knows (a useful subset of Unicode, CJK
//     ideographs and Hangul syllables); CPython's unicodedata knows every name and alias.
//   - Bytes patterns are not handled; the VM can decode bytes as Latin-1 and use re.ASCII.
package pyre

import "strconv"

// Flags are Python's re flags, with the same numeric values so the VM can pass them through.
type Flags int

// The re module flags.
const (
	TEMPLATE   Flags = 1
	IGNORECASE Flags = 2
	LOCALE     Flags = 4
	MULTILINE  Flags = 8
	DOTALL     Flags = 16
	UNICODE    Flags = 32
	VERBOSE    Flags = 64
	DEBUG      Flags = 128
	ASCII      Flags = 256
)

// Error is an error the VM should raise: Type is "error" for re.error, or a Python exception
// class name such as "NotImplementedError", "OverflowError", "ValueError" or "IndexError".
type Error struct {
	Type string
	// Msg is the message without position, as re.error.msg.
	Msg string
	// Pos is the position in the pattern (code points), or -1.
	Pos int
	// Pattern is the pattern the position refers to.
	Pattern string
}

// Error returns the full message, with " at position N" and the line and column for
// multi-line patterns, as str(re.error) does.
func (e *Error) Error() string {
	return e.Type + ": " + e.Message()
}

// Message returns the exception message as CPython formats it, without the type.
func (e *Error) Message() string {
	if e.Pos < 0 {
		return e.Msg
	}
	msg := e.Msg + " at position " + strconv.Itoa(e.Pos)
	runes := []rune(e.Pattern)
	line, lastNL, hasNL := 1, -1, false
	for i, r := range runes {
		if r == '\n' {
			hasNL = true
			if i < e.Pos {
				line++
				lastNL = i
			}
		}
	}
	if hasNL {
		msg += " (line " + strconv.Itoa(line) + ", column " + strconv.Itoa(e.Pos-lastNL) + ")"
	}
	return msg
}
