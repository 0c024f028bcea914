package pyre

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/asobiba/asobiba/runtime/syntax"
)

const (
	hexDigits = "0123456789abcdefABCDEF"
	octDigits = "01234567"
	digits    = "0123456789"
)

// category is a shorthand class: 'd', 'D', 'w', 'W', 's' or 'S', in ASCII or Unicode mode.
type category struct {
	letter byte
	ascii  bool
}

// matches reports whether r belongs to the category. In Unicode mode \d is any decimal digit
// (Nd), \w any letter or number or the underscore (str.isalnum), \s Python's str.isspace set.
func (c category) matches(r rune) bool {
	var in bool
	switch c.letter | 0x20 {
	case 'd':
		in = isDigit(r, c.ascii)
	case 'w':
		in = isWord(r, c.ascii)
	case 's':
		in = isSpace(r, c.ascii)
	}
	return in != (c.letter < 'a')
}

func isDigit(r rune, ascii bool) bool {
	if r < 128 || ascii {
		return r >= '0' && r <= '9'
	}
	return unicode.Is(unicode.Nd, r)
}

// isWord is the word-character test of \w, \b and \B.
func isWord(r rune, ascii bool) bool {
	if r < 128 || ascii {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

func isSpace(r rune, ascii bool) bool {
	if r < 128 || ascii {
		return r >= '\t' && r <= '\r' || r == ' ' || (!ascii && r >= 0x1c && r <= 0x1f)
	}
	switch r {
	case 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

// literal returns the node for code point r in scope sc.
func (p *parser) literal(r rune, sc *scope) *node {
	return &node{op: nLit, r: r, fold: sc.ignoreCase && !sc.ascii, asciiFold: sc.ignoreCase && sc.ascii}
}

// escapeValue parses the escapes shared by both contexts (\x, \u, \U, \N, octal, the single
// letter escapes); ok is false if esc is not one of them.
func (p *parser) escapeValue(esc string, inClass bool) (rune, bool) {
	t := p.tok
	switch esc {
	case `\a`:
		return '\a', true
	case `\f`:
		return '\f', true
	case `\n`:
		return '\n', true
	case `\r`:
		return '\r', true
	case `\t`:
		return '\t', true
	case `\v`:
		return '\v', true
	case `\\`:
		return '\\', true
	}
	c := []rune(esc)[1]
	fixed := func(n int) rune {
		esc += t.getWhile(n, hexDigits)
		if len(esc) != n+2 {
			t.fail(len([]rune(esc)), "incomplete escape "+esc)
		}
		v, _ := strconv.ParseUint(esc[2:], 16, 32)
		if v > unicode.MaxRune {
			t.fail(len([]rune(esc)), "bad escape "+esc)
		}
		return rune(v)
	}
	switch {
	case c == 'x':
		return fixed(2), true
	case c == 'u':
		return fixed(4), true
	case c == 'U':
		return fixed(8), true
	case c == 'N':
		if !t.match("{") {
			t.fail(0, "missing {")
		}
		name := t.getUntil("}", "character name")
		r, ok, err := syntax.LookupUnicodeName(name)
		if err != nil {
			panic(bail{&Error{Type: "NotImplementedError", Pos: -1,
				Msg: "re: \\N{" + name + "}: the table of Unicode character names could not be loaded (" + err.Error() + ")"}})
		}
		if !ok {
			t.fail(len([]rune(name))+4, "undefined character name "+pyRepr(name))
		}
		return r, true
	case c == '0' && !inClass:
		esc += t.getWhile(2, octDigits)
		v, _ := strconv.ParseUint(esc[1:], 8, 32)
		return rune(v), true
	case inClass && c >= '0' && c <= '7':
		esc += t.getWhile(2, octDigits)
		v, _ := strconv.ParseUint(esc[1:], 8, 32)
		if v > 0o377 {
			t.fail(len([]rune(esc)), "octal escape value "+esc+" outside of range 0-0o377")
		}
		return rune(v), true
	}
	return 0, false
}

// escape handles a backslash token outside a class.
func (p *parser) escape(esc string, sc *scope) item {
	t := p.tok
	switch esc {
	case `\A`:
		return item{kAt, &node{op: nAt, at: atBeginning}}
	case `\Z`:
		return item{kAt, &node{op: nAt, at: atEndString}}
	case `\b`:
		return item{kAt, &node{op: nAt, at: atBoundary, ascii: sc.ascii}}
	case `\B`:
		return item{kAt, &node{op: nAt, at: atNonBoundary, ascii: sc.ascii}}
	case `\d`, `\D`, `\w`, `\W`, `\s`, `\S`:
		return item{kOther, &node{op: nClass, cls: categoryClass(category{esc[1], sc.ascii})}}
	}
	if r, ok := p.escapeValue(esc, false); ok {
		return item{kLiteral, p.literal(r, sc)}
	}
	c := []rune(esc)[1]
	if c >= '1' && c <= '9' {
		if len(t.next) == 1 && strings.Contains(digits, t.next) {
			esc += t.get()
			if strings.ContainsRune(octDigits, c) && strings.Contains(octDigits, esc[2:3]) &&
				len(t.next) == 1 && strings.Contains(octDigits, t.next) {
				esc += t.get()
				v, _ := strconv.ParseUint(esc[1:], 8, 32)
				if v > 0o377 {
					t.fail(len(esc), "octal escape value "+esc+" outside of range 0-0o377")
				}
				return item{kLiteral, p.literal(rune(v), sc)}
			}
		}
		group, _ := strconv.Atoi(esc[1:])
		if group <= p.groups {
			if p.open[group] {
				t.fail(len(esc), "cannot refer to an open group")
			}
			p.checkLookbehindGroup(group)
			return item{kOther, p.backref(group, sc)}
		}
		t.fail(len(esc)-1, "invalid group reference "+strconv.Itoa(group))
	}
	if c < 0x80 && unicode.IsLetter(c) {
		t.fail(len([]rune(esc)), "bad escape "+esc)
	}
	return item{kLiteral, p.literal(c, sc)}
}

// classEscape handles a backslash token inside a class: a code point, or a category.
func (p *parser) classEscape(esc string, sc *scope) (rune, *category) {
	switch esc {
	case `\d`, `\D`, `\w`, `\W`, `\s`, `\S`:
		return 0, &category{esc[1], sc.ascii}
	case `\b`:
		return '\b', nil
	}
	if r, ok := p.escapeValue(esc, true); ok {
		return r, nil
	}
	c := []rune(esc)[1]
	if (c >= '0' && c <= '9') || (c < 0x80 && unicode.IsLetter(c)) {
		p.tok.fail(len([]rune(esc)), "bad escape "+esc)
	}
	return c, nil
}
