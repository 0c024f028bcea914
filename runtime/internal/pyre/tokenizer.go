package pyre

import (
	"strings"
	"unicode"
)

// tokenizer splits a pattern into tokens as sre_parse.Tokenizer does: a token is one code
// point, or a backslash and the code point after it.
type tokenizer struct {
	src     []rune
	pattern string
	index   int    // position after the current token
	next    string // the current token; "" at the end of the pattern
}

// bail aborts parsing with err; parse recovers it.
type bail struct{ err *Error }

func newTokenizer(pattern string) *tokenizer {
	t := &tokenizer{src: []rune(pattern), pattern: pattern}
	t.advance()
	return t
}

func (t *tokenizer) advance() {
	i := t.index
	if i >= len(t.src) {
		t.next = ""
		return
	}
	c := t.src[i]
	if c == '\\' {
		i++
		if i >= len(t.src) {
			panic(bail{&Error{Type: "error", Msg: "bad escape (end of pattern)", Pos: len(t.src) - 1, Pattern: t.pattern}})
		}
		t.index = i + 1
		t.next = string(t.src[i-1 : i+1])
		return
	}
	t.index = i + 1
	t.next = string(c)
}

// match consumes the current token if it is s.
func (t *tokenizer) match(s string) bool {
	if t.next != "" && t.next == s {
		t.advance()
		return true
	}
	return false
}

// get returns and consumes the current token ("" at the end).
func (t *tokenizer) get() string {
	this := t.next
	t.advance()
	return this
}

// getWhile consumes up to n single-character tokens from charset.
func (t *tokenizer) getWhile(n int, charset string) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		c := t.next
		if c == "" || len([]rune(c)) != 1 || !strings.Contains(charset, c) {
			break
		}
		b.WriteString(c)
		t.advance()
	}
	return b.String()
}

// getUntil reads a name up to terminator, with sre_parse's errors.
func (t *tokenizer) getUntil(terminator, name string) string {
	var b strings.Builder
	for {
		c := t.next
		t.advance()
		if c == "" {
			if b.Len() == 0 {
				t.fail(0, "missing "+name)
			}
			t.fail(len([]rune(b.String())), "missing "+terminator+", unterminated name")
		}
		if c == terminator {
			if b.Len() == 0 {
				t.fail(1, "missing "+name)
			}
			break
		}
		b.WriteString(c)
	}
	return b.String()
}

// tell returns the position of the current token.
func (t *tokenizer) tell() int {
	return t.index - len([]rune(t.next))
}

func (t *tokenizer) seek(index int) {
	t.index = index
	t.advance()
}

// errorAt returns a re.error at tell()-offset.
func (t *tokenizer) errorAt(offset int, msg string) *Error {
	return &Error{Type: "error", Msg: msg, Pos: t.tell() - offset, Pattern: t.pattern}
}

func (t *tokenizer) fail(offset int, msg string) {
	panic(bail{t.errorAt(offset, msg)})
}

// checkGroupName enforces that group names are Python identifiers.
func (t *tokenizer) checkGroupName(name string, offset int) {
	if !isIdentifier(name) {
		t.fail(len([]rune(name))+offset, "bad character in group name "+pyRepr(name))
	}
}

// isIdentifier approximates str.isidentifier: a letter or underscore, then letters, digits,
// underscores and combining marks.
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r):
		case i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Pc, r)):
		default:
			return false
		}
	}
	return true
}

// pyRepr is repr() of a str, enough for names in error messages.
func pyRepr(s string) string {
	quote := "'"
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		quote = `"`
	}
	var b strings.Builder
	b.WriteString(quote)
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case string(r) == quote:
			b.WriteString(`\` + quote)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			b.WriteString(`\x` + string("0123456789abcdef"[r>>4]) + string("0123456789abcdef"[r&15]))
		default:
			b.WriteRune(r)
		}
	}
	b.WriteString(quote)
	return b.String()
}
