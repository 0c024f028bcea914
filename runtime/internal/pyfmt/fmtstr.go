package pyfmt

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// FormatStr formats a str as format(s, spec) does: precision keeps at most that many code
// points, and width pads to that many code points (left-aligned unless told otherwise).
func FormatStr(text string, spec Spec) (string, error) {
	s := &spec
	name := s.typeName("str")
	if err := s.check(name, 's', '<'); err != nil {
		return "", err
	}
	if s.Type != 's' {
		return "", valueError("Unknown format code '%s' for object of type '%s'", codeForMessage(s.Type), name)
	}
	switch {
	case s.Sign == ' ':
		return "", valueError("Space not allowed in string format specifier")
	case s.Sign != 0:
		return "", valueError("Sign not allowed in string format specifier")
	case s.NoNegZero:
		return "", valueError("Negative zero coercion (z) not allowed in string format specifier")
	case s.Alt:
		return "", valueError("Alternate form (#) not allowed in string format specifier")
	case s.Align == '=':
		return "", valueError("'=' alignment not allowed in string format specifier")
	}
	return pad(truncate(text, s.Precision), s), nil
}

// truncate keeps the first n code points of text; n < 0 keeps all.
func truncate(text string, n int) string {
	if n < 0 {
		return text
	}
	i := 0
	for n > 0 && i < len(text) {
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
		n--
	}
	return text[:i]
}

// IsPrintable reports whether r is printable in Python's sense (str.isprintable): not in the
// Unicode categories Other or Separator, except the ASCII space.
func IsPrintable(r rune) bool {
	return unicode.IsPrint(r)
}

// StrRepr returns repr(s) for a str: single quotes unless the text contains a single quote
// and no double quote, backslash escapes for \\, \n, \r, \t and the quote, and \xhh, \uhhhh
// or \Uhhhhhhhh for other non-printable code points. Invalid UTF-8 bytes (which the VM may
// use for lone surrogates) are written as \udcXX.
func StrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			writeHex(&b, `\udc`, uint32(s[i]), 2)
			i++
			continue
		}
		i += size
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < ' ' || r == 0x7f:
			writeHex(&b, `\x`, uint32(r), 2)
		case r < 0x7f || IsPrintable(r):
			b.WriteRune(r)
		default:
			writeEscape(&b, r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// writeEscape writes \xhh, \uhhhh or \Uhhhhhhhh for r.
func writeEscape(b *strings.Builder, r rune) {
	switch {
	case r <= 0xff:
		writeHex(b, `\x`, uint32(r), 2)
	case r <= 0xffff:
		writeHex(b, `\u`, uint32(r), 4)
	default:
		writeHex(b, `\U`, uint32(r), 8)
	}
}

// writeHex writes prefix and v in lower-case hexadecimal, zero-padded to width digits.
func writeHex(b *strings.Builder, prefix string, v uint32, width int) {
	b.WriteString(prefix)
	var buf [8]byte
	digits := strconv.AppendUint(buf[:0], uint64(v), 16)
	for n := len(digits); n < width; n++ {
		b.WriteByte('0')
	}
	b.Write(digits)
}

// ASCII returns ascii(x) given repr(x): every non-ASCII code point is replaced by \xhh,
// \uhhhh or \Uhhhhhhhh.
func ASCII(repr string) string {
	var b strings.Builder
	for _, r := range repr {
		if r < 0x80 {
			b.WriteRune(r)
		} else {
			writeEscape(&b, r)
		}
	}
	return b.String()
}

// BytesRepr returns repr(b) for bytes data: b'...' with CPython's quoting and escapes.
func BytesRepr(s string) string {
	return bytesRepr(s, false)
}

// ByteArrayRepr is the b'...' part of repr(bytearray): like BytesRepr, except that a single
// quote is escaped even inside double quotes, as CPython's bytearray repr does.
func ByteArrayRepr(s string) string {
	return bytesRepr(s, true)
}

func bytesRepr(s string, escapeSingle bool) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteByte('b')
	b.WriteByte(quote)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == quote || c == '\\' || (escapeSingle && c == '\''):
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			writeHex(&b, `\x`, uint32(c), 2)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}
