// Package pyre gives Python's re module semantics on top of Go's regexp package.
//
// # Design
//
// Go's regexp (RE2) guarantees linear-time matching, which matters in a teaching sandbox where
// a learner's catastrophic pattern must not hang the page. It also picks matches the way
// Python's backtracking engine does for the patterns learners write: leftmost, and among
// alternatives and quantifiers the first one in priority order ("leftmost-first"). So rather
// than write a backtracking engine, this package translates Python pattern syntax to RE2
// syntax and wraps the Go matcher in Python's API rules.
//
// Translation is a port of the structure of CPython's sre_parse: the same tokenizer (a token is
// one character or a backslash pair), the same order of checks and therefore the same re.error
// messages and positions ("nothing to repeat at position 0"). While parsing it emits RE2
// syntax:
//
//   - Every capturing group becomes an unnamed Go group; names live in this package, so any
//     Python identifier (名前 included) works as a group name.
//   - \d, \w, \s follow Python 3's Unicode rules for str patterns (\d is any decimal digit,
//     \w any letter, number or underscore, \s Python's str.isspace set), or ASCII rules under
//     re.ASCII. Classes mixing a negated Unicode category with other items ([^\W\d]) are
//     computed as explicit code-point ranges.
//   - Python's $ (without MULTILINE) matches at the end or before a final newline. RE2 has no
//     lookahead, so $ becomes a hidden group (\n?\z) that may consume the final newline; the
//     matcher then cuts the match and every group back to where the hidden group starts.
//   - Matching from a position pos > 0 must still see the character before pos (for ^, \b,
//     \B). When a pattern contains such assertions, a second program is compiled that starts
//     one character early, consumes it, and then searches; \A and non-MULTILINE ^ become
//     impossible in it.
//   - Python's iteration rules for findall, finditer, sub and split (an empty match may follow
//     a non-empty one at the same position, but not another empty one) are implemented here;
//     Go's own FindAll uses different rules. After an empty match Python looks for the first
//     non-empty match in priority order at the same position ("a*?" on "aa" gives "", "a",
//     "", "a", ""); RE2 cannot skip its preferred match, so a small Pike VM over the same
//     compiled program (pike.go) answers that one question.
//
// Positions in the API are code-point indices, as Python's str indices are; Text converts.
//
// Constructs RE2 cannot express (lookahead, lookbehind, backreferences, conditionals, atomic
// groups, possessive quantifiers, \N{...}, repeat counts over 1000) are reported as errors of
// Type "NotImplementedError" after the whole pattern has been checked for ordinary errors.
//
// # Known differences from CPython
//
//   - \b and \B use ASCII word characters (Go's definition) even for str patterns, so a
//     boundary between two Japanese words separated by a space is not found. Under re.ASCII
//     they agree with Python.
//   - $ followed by something that consumes the final newline ("a$\n") does not match.
//   - Group captures inside repetitions that can match empty strings ("(a*)*") may differ
//     from Python's last-iteration values.
//   - Case-insensitive matching of a few special characters (for example the Turkish dotless
//     i) may differ; RE2 uses Unicode simple case folding.
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
