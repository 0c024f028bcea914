// Package pystruct implements Python's struct module: converting between Python values and
// C structs laid out in bytes objects, as CPython 3.12 does on a 64-bit little-endian Linux
// machine (the platform Asobiba reports): native ('@') sizes and alignment are those of
// x86-64 (long and size_t are 8 bytes), and native byte order is little-endian.
//
// A format string is parsed once into a layout: a list of codes, each a format character
// with its repeat count, offset and item size. Packing and unpacking walk the layout; the
// messages of struct.error are CPython's ("unpack requires a buffer of 4 bytes",
// "required argument is not an integer", "'b' format requires -128 <= number <= 127").
//
// The package is named pystruct so that it does not read as Go's notion of a struct.
package pystruct

import (
	"errors"
	"math"
)

// errBadChar and the other parse errors carry CPython's struct.error messages.
var (
	errBadChar     = errors.New("bad char in struct format")
	errRepeatCount = errors.New("repeat count given without format specifier")
	errTooLong     = errors.New("total struct size too long")
	errNullChar    = errors.New("embedded null character")
)

// formatDef describes one format character in one of the two tables (native or standard).
// The tables are arrays indexed by the character, constant data rather than maps that the
// engine would build at start-up; a character they do not know has size 0.
type formatDef struct {
	size, align int
}

// nativeDefs are the '@' sizes and alignments of x86-64 Linux.
var nativeDefs = [256]formatDef{
	'x': {1, 0}, 'c': {1, 0}, 'b': {1, 0}, 'B': {1, 0}, '?': {1, 1},
	'h': {2, 2}, 'H': {2, 2}, 'i': {4, 4}, 'I': {4, 4}, 'l': {8, 8}, 'L': {8, 8},
	'q': {8, 8}, 'Q': {8, 8}, 'n': {8, 8}, 'N': {8, 8}, 'e': {2, 2}, 'f': {4, 4},
	'd': {8, 8}, 's': {1, 0}, 'p': {1, 0}, 'P': {8, 8},
}

// standardDefs are the sizes of the '=', '<', '>' and '!' formats, which never align and
// know no 'n', 'N' or 'P'.
var standardDefs = [256]formatDef{
	'x': {1, 0}, 'c': {1, 0}, 'b': {1, 0}, 'B': {1, 0}, '?': {1, 0},
	'h': {2, 0}, 'H': {2, 0}, 'i': {4, 0}, 'I': {4, 0}, 'l': {4, 0}, 'L': {4, 0},
	'q': {8, 0}, 'Q': {8, 0}, 'e': {2, 0}, 'f': {4, 0}, 'd': {8, 0}, 's': {1, 0}, 'p': {1, 0},
}

// code is one format character of a layout with its repeat count. For 's' and 'p' the count
// is the byte length of a single item; 'x' codes produce no items.
type code struct {
	char   byte
	count  int
	offset int
	size   int // size of one item (of the whole string for 's' and 'p')
}

// items returns how many Python values the code packs or unpacks.
func (c code) items() int {
	switch c.char {
	case 'x':
		return 0
	case 's', 'p':
		return 1
	}
	return c.count
}

// layout is a parsed format string.
type layout struct {
	// native is true for '@' (the default): native sizes, alignment and byte order.
	native bool
	// big is true for big-endian formats ('>' and '!').
	big    bool
	codes  []code
	size   int
	nitems int
}

// isSpace reports whether CPython's format parser skips c (Py_ISSPACE).
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// parseFormat parses a struct format string as CPython's prepare_s does.
func parseFormat(f string) (*layout, error) {
	for i := 0; i < len(f); i++ {
		if f[i] == 0 {
			return nil, errNullChar
		}
	}
	l := &layout{native: true}
	s := f
	if len(s) > 0 {
		switch s[0] {
		case '@':
			s = s[1:]
		case '=', '<':
			l.native = false
			s = s[1:]
		case '>', '!':
			l.native, l.big = false, true
			s = s[1:]
		}
	}
	defs := &nativeDefs
	if !l.native {
		defs = &standardDefs
	}
	size := 0
	for i := 0; i < len(s); {
		c := s[i]
		i++
		if isSpace(c) {
			continue
		}
		num := 1
		if c >= '0' && c <= '9' {
			num = int(c - '0')
			for {
				if i >= len(s) {
					return nil, errRepeatCount
				}
				c = s[i]
				i++
				if c < '0' || c > '9' {
					break
				}
				if num > (math.MaxInt64-int(c-'0'))/10 {
					return nil, errTooLong
				}
				num = num*10 + int(c-'0')
			}
		}
		def := defs[c]
		if def.size == 0 {
			return nil, errBadChar
		}
		if def.align > 0 && size > 0 {
			size += (def.align - 1) - (size-1)%def.align
		}
		if num > (math.MaxInt64-size)/def.size {
			return nil, errTooLong
		}
		cd := code{char: c, count: num, offset: size, size: def.size}
		if c == 's' || c == 'p' {
			cd.size = num
		}
		l.codes = append(l.codes, cd)
		l.nitems += cd.items()
		size += num * def.size
	}
	l.size = size
	return l, nil
}
