package pyre

import (
	"strconv"
	"strings"
	"unicode"
)

// Template is a parsed replacement template for sub ("\1", "\g<name>", "\g<0>", escapes).
type Template struct {
	// parts alternate: a literal when group < 0, else a group reference.
	parts []templatePart
}

type templatePart struct {
	literal string
	group   int
}

// ParseTemplate parses a replacement template as re._parser.parse_template does, with its
// errors: re.error (Type "error") for bad escapes and invalid group references, IndexError for
// unknown group names.
func (r *Regexp) ParseTemplate(template string) (tmpl *Template, err error) {
	defer func() {
		if x := recover(); x != nil {
			b, ok := x.(bail)
			if !ok {
				panic(x)
			}
			tmpl, err = nil, b.err
		}
	}()
	t := newTokenizer(template)
	tmpl = &Template{}
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			tmpl.parts = append(tmpl.parts, templatePart{literal: lit.String(), group: -1})
			lit.Reset()
		}
	}
	addGroup := func(index, offset int) {
		if index > r.groups {
			t.fail(offset, "invalid group reference "+strconv.Itoa(index))
		}
		flush()
		tmpl.parts = append(tmpl.parts, templatePart{group: index})
	}
	for {
		this := t.get()
		if this == "" {
			break
		}
		if this[0] != '\\' {
			lit.WriteString(this)
			continue
		}
		c := []rune(this)[1]
		switch {
		case c == 'g':
			if !t.match("<") {
				t.fail(0, "missing <")
			}
			name := t.getUntil(">", "group name")
			var index int
			if isIdentifier(name) {
				g, ok := r.groupIndex[name]
				if !ok {
					panic(bail{&Error{Type: "IndexError", Msg: "unknown group name " + pyRepr(name), Pos: -1}})
				}
				index = g
			} else {
				n, err := strconv.Atoi(decimalDigits(name))
				if err != nil || n < 0 {
					t.fail(len([]rune(name))+1, "bad character in group name "+pyRepr(name))
				}
				if n >= maxGroups {
					t.fail(len([]rune(name))+1, "invalid group reference "+strconv.Itoa(n))
				}
				index = n
			}
			addGroup(index, len([]rune(name))+1)
		case c == '0':
			if len(t.next) == 1 && strings.Contains(octDigits, t.next) {
				this += t.get()
				if len(t.next) == 1 && strings.Contains(octDigits, t.next) {
					this += t.get()
				}
			}
			v, _ := strconv.ParseUint(this[1:], 8, 32)
			lit.WriteRune(rune(v & 0xff))
		case c >= '1' && c <= '9':
			isOctal := false
			if len(t.next) == 1 && strings.Contains(digits, t.next) {
				this += t.get()
				if strings.ContainsRune(octDigits, c) && strings.Contains(octDigits, this[2:3]) &&
					len(t.next) == 1 && strings.Contains(octDigits, t.next) {
					this += t.get()
					isOctal = true
					v, _ := strconv.ParseUint(this[1:], 8, 32)
					if v > 0o377 {
						t.fail(len(this), "octal escape value "+this+" outside of range 0-0o377")
					}
					lit.WriteRune(rune(v))
				}
			}
			if !isOctal {
				n, _ := strconv.Atoi(this[1:])
				addGroup(n, len(this)-1)
			}
		default:
			if v, ok := simpleEscapes[this]; ok {
				lit.WriteRune(v)
			} else if c < 0x80 && unicode.IsLetter(c) {
				t.fail(len([]rune(this)), "bad escape "+this)
			} else {
				lit.WriteString(this) // unknown non-letter escapes keep their backslash
			}
		}
	}
	flush()
	return tmpl, nil
}

var simpleEscapes = map[string]rune{`\a`: '\a', `\b`: '\b', `\f`: '\f', `\n`: '\n', `\r`: '\r',
	`\t`: '\t', `\v`: '\v', `\\`: '\\'}

// decimalDigits maps Unicode decimal digits to ASCII, as int() does for a group number
// such as \g<１> (CPython accepts it with a DeprecationWarning).
func decimalDigits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r > 0x7f && unicode.Is(unicode.Nd, r) {
			start := r
			for unicode.Is(unicode.Nd, start-1) {
				start--
			}
			r = '0' + (r-start)%10
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Expand substitutes the groups of m into the template; groups that did not participate give
// "" (Python 3.5+).
func (tmpl *Template) Expand(m *Match) string {
	var b strings.Builder
	for _, p := range tmpl.parts {
		if p.group < 0 {
			b.WriteString(p.literal)
			continue
		}
		g, _ := m.Group(p.group)
		b.WriteString(g)
	}
	return b.String()
}

// Expand is match.expand(template).
func (m *Match) Expand(template string) (string, error) {
	tmpl, err := m.re.ParseTemplate(template)
	if err != nil {
		return "", err
	}
	return tmpl.Expand(m), nil
}
