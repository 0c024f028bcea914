package pyre

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Text is a subject string with the mapping between Python's code-point indices and Go's
// byte offsets. For ASCII text the mapping is the identity and costs nothing.
type Text struct {
	s       string
	offsets []int  // offsets[i] is the byte offset of code point i; nil for ASCII text
	runes   []rune // the code points; nil for ASCII text
	n       int    // length in code points
	// check is called periodically during long matches; err is its first error.
	check func() error
	err   error
}

// SetCheck installs a function that matching calls every few thousand backtracking steps.
// When it returns an error, the match in progress fails, every later match on the Text fails
// at once, and Err returns the error. The VM passes a function that charges the steps to the
// run's budget and reports the Stop button.
func (t *Text) SetCheck(check func() error) { t.check = check }

// Err returns the error that stopped matching on the Text, or nil.
func (t *Text) Err() error { return t.err }

// NewText prepares s for matching.
func NewText(s string) *Text {
	t := &Text{s: s, n: len(s)}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			t.index()
			break
		}
	}
	return t
}

func (t *Text) index() {
	t.offsets = make([]int, 0, len(t.s)+1)
	for i := range t.s {
		t.offsets = append(t.offsets, i)
	}
	t.n = len(t.offsets)
	t.offsets = append(t.offsets, len(t.s))
	t.runes = []rune(t.s)
}

// String returns the text.
func (t *Text) String() string { return t.s }

// Len returns the length in code points, len() of the Python str.
func (t *Text) Len() int { return t.n }

// ByteOffset converts a code-point index in [0, Len()] to a byte offset.
func (t *Text) ByteOffset(i int) int {
	if t.offsets == nil {
		return i
	}
	return t.offsets[i]
}

// Index converts a byte offset at a code-point boundary to a code-point index.
func (t *Text) Index(b int) int {
	if t.offsets == nil {
		return b
	}
	return sort.SearchInts(t.offsets, b)
}

// Slice returns the code points [i, j) as a string, like s[i:j] in Python.
func (t *Text) Slice(i, j int) string {
	return t.s[t.ByteOffset(i):t.ByteOffset(j)]
}

// indexString returns the first index i in [from, to) where the code points of s start
// and end by to, or -1.
func (t *Text) indexString(s string, from, to int) int {
	b := strings.Index(t.s[t.ByteOffset(from):t.ByteOffset(to)], s)
	if b < 0 {
		return -1
	}
	return t.Index(t.ByteOffset(from) + b)
}
