package pyre

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

const (
	hexDigits = "0123456789abcdefABCDEF"
	octDigits = "01234567"
	digits    = "0123456789"
)

// The Unicode meanings of \d, \w, \s for str patterns, as RE2 class items.
const (
	uDigitItems = `\p{Nd}`
	uWordItems  = `\p{L}\p{N}_`
	uSpaceItems = `\t-\r\x{1c}-\x{20}\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}`
)

// category is a shorthand class: 'd', 'D', 'w', 'W', 's' or 'S', in ASCII or Unicode mode.
type category struct {
	letter byte
	ascii  bool
}

// items returns the category as items inside a bracketed class, or "" when RE2 cannot
// express it there (a negated Unicode \W or \S).
func (c category) items() string {
	if c.ascii {
		switch c.letter {
		case 'd':
			return `0-9`
		case 'D':
			return `[:^digit:]`
		case 'w':
			return `[:word:]`
		case 'W':
			return `[:^word:]`
		case 's':
			return `[:space:]`
		case 'S':
			return `[:^space:]`
		}
	}
	switch c.letter {
	case 'd':
		return uDigitItems
	case 'D':
		return `\P{Nd}`
	case 'w':
		return uWordItems
	case 's':
		return uSpaceItems
	}
	return ""
}

// standalone returns the category as a complete RE2 expression.
func (c category) standalone() string {
	if it := c.items(); it != "" {
		return "[" + it + "]"
	}
	if c.letter == 'W' {
		return "[^" + uWordItems + "]"
	}
	return "[^" + uSpaceItems + "]"
}

// literal emits code point r outside a class.
func (p *parser) literal(r rune, sc *scope) string {
	var s string
	switch {
	case r < 0x80 && strings.ContainsRune(`\.+*?()|[]{}^$#`, r):
		s = `\` + string(r)
	case r < 0x20 || r == 0x7f || (r >= 0xd800 && r <= 0xdfff):
		s = fmt.Sprintf(`\x{%x}`, r)
	default:
		s = string(r)
	}
	// Under re.ASCII, IGNORECASE folds only ASCII letters (RE2 would also match the Kelvin
	// sign for k, for example), so the folding is spelled out.
	if sc.ascii && sc.ignoreCase && unicode.SimpleFold(r) != r {
		if r < 0x80 && unicode.IsLetter(r) {
			return "(?-i:[" + string(unicode.ToLower(r)) + string(unicode.ToUpper(r)) + "])"
		}
		return "(?-i:" + s + ")"
	}
	return s
}

// classLiteral emits code point r inside a bracketed class.
func classLiteral(r rune) string {
	switch {
	case r < 0x80 && strings.ContainsRune(`\[]^-`, r):
		return `\` + string(r)
	case r < 0x20 || r == 0x7f || (r >= 0xd800 && r <= 0xdfff):
		return fmt.Sprintf(`\x{%x}`, r)
	}
	return string(r)
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
		t.getUntil("}", "character name")
		p.notSupported(`named Unicode escapes \N{...} are`)
		return 0, true
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
		p.needsCtx = true
		if p.opts.noStart {
			return item{kAt, never}
		}
		return item{kAt, `\A`}
	case `\Z`:
		return item{kAt, `\z`}
	case `\b`, `\B`:
		p.needsCtx = true
		return item{kAt, esc}
	case `\d`, `\D`, `\w`, `\W`, `\s`, `\S`:
		return item{kOther, category{esc[1], sc.ascii}.standalone()}
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
			p.notSupported("backreferences (\\1, (?P=name)) are")
			return item{kOther, never}
		}
		t.fail(len(esc)-1, fmt.Sprintf("invalid group reference %d", group))
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
