package vm

import (
	"unicode/utf8"
	"unsafe"
)

// Indexing long strings. A Str is Go's UTF-8 string, so s[i] has to find where the i-th code
// point starts, and even an ASCII string has to be checked for being ASCII: a loop that
// indexes a string of n characters (`for i in range(len(s)): s[i]`) was O(n²), a minute for
// 90,000 characters that CPython indexes in a tenth of a second. A thread therefore remembers
// the last two long strings it indexed (strIndexes) with their length in code points and,
// for a string that is not ASCII, the byte offset of every strMarkEvery-th code point.

const (
	// strIndexMin is the length, in bytes, from which a string's index is kept: shorter
	// ones are scanned, which costs less than building an index.
	strIndexMin = 256
	// strMarkEvery is how many code points lie between two recorded byte offsets.
	strMarkEvery = 32
)

// strIndex is what indexing one string needs.
type strIndex struct {
	s string
	n int // code points
	// marks[k] is the byte offset of code point k*strMarkEvery; nil when s is ASCII.
	marks []int32
}

// strIndexes holds a thread's indexes of the last two long strings it indexed.
type strIndexes struct {
	last [2]strIndex
	next int // the entry to replace next
}

// strIndexFor returns the index of s, or nil when s is too short to need one (or there is
// no thread). The entry holds s, so s's bytes cannot be freed and reused by another string
// while the entry is recognised by their address.
func (th *Thread) strIndexFor(s string) *strIndex {
	if th == nil || len(s) < strIndexMin {
		return nil
	}
	c := &th.exec.strIdx
	for i := range c.last {
		if e := &c.last[i]; len(e.s) == len(s) && unsafe.StringData(e.s) == unsafe.StringData(s) {
			return e
		}
	}
	e := &c.last[c.next]
	c.next = (c.next + 1) % len(c.last)
	*e = strIndex{s: s, n: len(s)}
	if isASCII(s) {
		return e
	}
	e.marks = make([]int32, 0, len(s)/strMarkEvery+1)
	n := 0
	for off := range s {
		if n%strMarkEvery == 0 {
			e.marks = append(e.marks, int32(off))
		}
		n++
	}
	e.n = n
	return e
}

// offset returns the byte offset of code point i (0 <= i <= x.n; x.n gives len(s)).
func (x *strIndex) offset(i int) int {
	if x.marks == nil {
		return min(i, len(x.s))
	}
	if i >= x.n {
		return len(x.s)
	}
	k := i / strMarkEvery
	off := int(x.marks[k])
	for r := i - k*strMarkEvery; r > 0; r-- {
		_, size := utf8.DecodeRuneInString(x.s[off:])
		off += size
	}
	return off
}

// strLength is strLen using th's index of a long string.
func (th *Thread) strLength(s string) int {
	if ix := th.strIndexFor(s); ix != nil {
		return ix.n
	}
	return strLen(s)
}

// strOffset is byteOffset using th's index of a long string.
func (th *Thread) strOffset(s string, i int) int {
	if ix := th.strIndexFor(s); ix != nil {
		return ix.offset(i)
	}
	return byteOffset(s, i)
}
