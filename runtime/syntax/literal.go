package syntax

// This file decodes literals: numbers, strings and bytes with their escape
// sequences, the implicit concatenation of adjacent string literals, and
// f-strings, following CPython 3.12 (Parser/string_parser.c and
// Parser/action_helpers.c).

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
	"github.com/asobiba/asobiba/runtime/internal/pyfmt"
)

// numberValue returns the value of an INT, FLOAT or IMAG token.
func (p *parser) numberValue(t *Lexeme) any {
	s := strings.ReplaceAll(t.Text, "_", "")
	switch t.Kind {
	case INT:
		base := 10
		if len(s) > 1 && s[0] == '0' {
			switch s[1] {
			case 'x', 'X':
				base, s = 16, s[2:]
			case 'o', 'O':
				base, s = 8, s[2:]
			case 'b', 'B':
				base, s = 2, s[2:]
			}
		}
		if v, err := strconv.ParseInt(s, base, 64); err == nil {
			return v
		}
		v, ok := pyfmt.ParseDigits(s, base)
		if !ok {
			p.syntaxError(t.Pos, t.End, "invalid integer literal")
		}
		return v
	case FLOAT:
		f, _ := strconv.ParseFloat(s, 64)
		return f
	}
	f, _ := strconv.ParseFloat(s[:len(s)-1], 64)
	return complex(0, f)
}

// stringPrefix splits a string token into its lowercased prefix and the
// text between its quotes.
func stringPrefix(text string) (prefix, body string) {
	i := strings.IndexAny(text, `'"`)
	prefix = strings.ToLower(text[:i])
	rest := text[i:]
	q := 1
	if len(rest) >= 6 && (strings.HasPrefix(rest, `"""`) || strings.HasPrefix(rest, `'''`)) {
		q = 3
	}
	return prefix, rest[q : len(rest)-q]
}

// stringPart is one literal of an implicit concatenation.
type stringPart struct {
	isBytes bool
	isF     bool
	kind    string // "u" for a u-prefixed string
	values  []Expr // the Constant, or the values of an f-string
}

// strings parses one or more adjacent string literals and f-strings and
// concatenates them into a Constant or a JoinedStr.
func (p *parser) strings() Expr {
	start := p.tok().Pos
	var parts []stringPart
	bytesFound, strFound, fFound := false, false, false
	for {
		t := p.tok()
		if t.Kind == STRING {
			p.next()
			prefix, body := stringPrefix(t.Text)
			isBytes := strings.Contains(prefix, "b")
			raw := strings.Contains(prefix, "r")
			v := p.decodeString(body, raw, isBytes, t)
			c := &Constant{Span: spanTok(t, t), Value: v}
			if t.Text[0] == 'u' {
				c.Kind = "u"
			}
			parts = append(parts, stringPart{isBytes: isBytes, kind: c.Kind, values: []Expr{c}})
			if isBytes {
				bytesFound = true
			} else {
				strFound = true
			}
		} else if t.Kind == FSTRING_START {
			parts = append(parts, stringPart{isF: true, values: p.fstring()})
			fFound = true
		} else {
			break
		}
	}
	end := p.endOfPrev()
	if bytesFound && (strFound || fFound) {
		p.errorAtLast(SyntaxErrorKind, "cannot mix bytes and nonbytes literals")
	}
	if bytesFound {
		var b []byte
		for _, part := range parts {
			b = append(b, part.values[0].(*Constant).Value.([]byte)...)
		}
		if b == nil {
			b = []byte{}
		}
		return &Constant{Span: Span{start, end}, Value: b}
	}
	// Flatten, then fold runs of adjacent constants.
	var flat []Expr
	for _, part := range parts {
		flat = append(flat, part.values...)
	}
	var values []Expr
	for i := 0; i < len(flat); i++ {
		c, ok := flat[i].(*Constant)
		if !ok {
			values = append(values, flat[i])
			continue
		}
		j := i
		var sb strings.Builder
		for ; j < len(flat); j++ {
			cj, ok := flat[j].(*Constant)
			if !ok {
				break
			}
			sb.WriteString(cj.Value.(string))
		}
		merged := &Constant{Span: Span{c.Pos(), flat[j-1].End()}, Value: sb.String(), Kind: c.Kind}
		i = j - 1
		if fFound && sb.Len() == 0 {
			continue
		}
		values = append(values, merged)
	}
	if !fFound {
		return values[0]
	}
	return &JoinedStr{Span: Span{start, end}, Values: values}
}

// fstring parses an f-string from FSTRING_START to FSTRING_END and returns
// its parts: string Constants and FormattedValues.
func (p *parser) fstring() []Expr {
	startTok := p.next()
	raw := strings.ContainsAny(startTok.Text, "rR")
	var values []Expr
	for {
		t := p.tok()
		switch t.Kind {
		case FSTRING_MIDDLE:
			p.next()
			if c := p.fstringConstant(t, raw); c.Value.(string) != "" {
				values = append(values, c)
			}
		case LBRACE:
			values = append(values, p.replacementField(raw)...)
		case FSTRING_END:
			p.next()
			return values
		default:
			p.invalidSyntax()
		}
	}
}

// fstringConstant decodes the literal text of an FSTRING_MIDDLE token.
func (p *parser) fstringConstant(t *Lexeme, raw bool) *Constant {
	s := t.Text
	if !raw && strings.Contains(s, `\`) {
		s = p.decodeString(s, false, false, t).(string)
	}
	return &Constant{Span: spanTok(t, t), Value: s}
}

// replacementField parses a replacement field {expr=!c:spec} of an
// f-string; the current token is '{'. It returns the FormattedValue,
// preceded by the text of the expression for a self-documenting field.
func (p *parser) replacementField(raw bool) []Expr {
	lbrace := p.next()
	p.depth++
	defer func() { p.depth-- }()
	switch t := p.tok(); t.Kind {
	case EQ, BANG, COLON, RBRACE:
		p.syntaxError(t.Pos, t.End, "f-string: valid expression required before '%s'", t.Kind)
	}
	first := p.tok()
	var x Expr
	if ok, err, generic := p.try(func() { x = p.annotatedRHS() }); !ok {
		if !generic {
			p.err = err
			panic(bailout{})
		}
		p.syntaxError(first.Pos, first.End, "f-string: expecting a valid expression after '{'")
	}
	var debug *Constant
	if p.kind() == EQ {
		p.next()
		next := p.tok()
		text := stripDebugComments(string(p.src[lbrace.EndOff:next.Off]))
		if strings.Contains(text, `\`) {
			text = p.decodeString(text, false, false, &lbrace).(string)
		}
		debug = &Constant{Span: Span{lbrace.End, next.Pos}, Value: text}
		switch p.kind() {
		case BANG, COLON, RBRACE:
		default:
			p.syntaxError(next.Pos, next.End, "f-string: expecting '!', or ':', or '}'")
		}
	}
	conversion := ConvNone
	if p.kind() == BANG {
		bang := p.next()
		t := p.tok()
		if t.Kind == COLON || t.Kind == RBRACE {
			p.syntaxError(t.Pos, t.End, "f-string: missing conversion character")
		}
		if t.Kind != NAME {
			p.syntaxError(t.Pos, t.End, "f-string: invalid conversion character")
		}
		p.next()
		if t.Pos != bang.End {
			p.syntaxError(bang.Pos, bang.End, "f-string: conversion type must come right after the exclamanation mark")
		}
		switch t.Text {
		case "s", "r", "a":
			conversion = int(t.Text[0])
		default:
			p.syntaxError(t.Pos, t.End, "f-string: invalid conversion character %s: expected 's', 'r', or 'a'", pyRepr(t.Text))
		}
	}
	var spec Expr
	if p.kind() == COLON {
		colon := p.next()
		var parts []Expr
		for {
			t := p.tok()
			if t.Kind == FSTRING_MIDDLE {
				p.next()
				parts = append(parts, p.fstringConstant(t, raw))
			} else if t.Kind == LBRACE {
				parts = append(parts, p.replacementField(raw)...)
			} else {
				break
			}
		}
		if len(parts) == 1 {
			if c, ok := parts[0].(*Constant); ok && c.Value.(string) == "" {
				parts = nil
			}
		}
		spec = &JoinedStr{Span: Span{colon.Pos, p.tok().Pos}, Values: parts}
	}
	if p.kind() != RBRACE {
		t := p.tok()
		switch {
		case spec != nil:
			p.syntaxError(t.Pos, t.End, "f-string: expecting '}', or format specs")
		case conversion != ConvNone:
			p.syntaxError(t.Pos, t.End, "f-string: expecting ':' or '}'")
		case debug != nil:
			p.syntaxError(t.Pos, t.End, "f-string: expecting '!', or ':', or '}'")
		}
		p.syntaxError(t.Pos, t.End, "f-string: expecting '=', or '!', or ':', or '}'")
	}
	rbrace := p.next()
	if debug != nil && conversion == ConvNone && spec == nil {
		conversion = ConvRepr
	}
	fv := &FormattedValue{Span: spanTok(&lbrace, &rbrace), Value: x, Conversion: conversion, FormatSpec: spec}
	if debug != nil {
		return []Expr{debug, fv}
	}
	return []Expr{fv}
}

// decodeString decodes the body of a string or bytes literal (or the text
// of an f-string part): escape sequences unless raw, with CPython's errors
// and warnings. t is the token, for positions. It returns a string or a
// []byte.
func (p *parser) decodeString(body string, raw, isBytes bool, t *Lexeme) any {
	if isBytes {
		for i := 0; i < len(body); i++ {
			if body[i] >= utf8.RuneSelf {
				p.syntaxError(t.Pos, t.End, "bytes can only contain ASCII literal characters")
			}
		}
	}
	if raw || !strings.Contains(body, `\`) {
		if isBytes {
			return []byte(body)
		}
		return body
	}
	var out []byte
	var firstInvalid string
	unicodeError := func(from, to int, msg string) {
		p.syntaxError(t.Pos, t.End, "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", from, to, msg)
	}
	if isBytes {
		unicodeError = func(from, to int, msg string) {
			p.syntaxError(t.Pos, t.End, "(value error) %s at position %d", msg, from)
		}
	}
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		start := i
		i++
		if i >= len(body) {
			if t.Kind == FSTRING_MIDDLE {
				out = append(out, '\\') // before a replacement field: f"\{x}"
				break
			}
			if isBytes {
				p.syntaxError(t.Pos, t.End, "(value error) Trailing \\ in string")
			}
			unicodeError(start, start, "\\ at end of string")
		}
		c = body[i]
		i++
		switch c {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, c)
		case 'a':
			out = append(out, 7)
		case 'b':
			out = append(out, 8)
		case 'f':
			out = append(out, 12)
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'v':
			out = append(out, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			n := 1
			for n < 3 && i < len(body) && body[i] >= '0' && body[i] <= '7' {
				v = v*8 + int(body[i]-'0')
				i++
				n++
			}
			if v > 0o377 && firstInvalid == "" {
				p.warnAt(t, msgfmt.Sprintf("invalid octal escape sequence '\\%o'", v))
				firstInvalid = "octal"
			}
			if isBytes {
				out = append(out, byte(v))
			} else {
				out = utf8.AppendRune(out, rune(v))
			}
		case 'x':
			v, ok := hexValue(body, i, 2)
			if !ok {
				if isBytes {
					p.syntaxError(t.Pos, t.End, "(value error) invalid \\x escape at position %d", start)
				}
				unicodeError(start, min(start+1+hexRun(body, i, 2), len(body)-1), "truncated \\xXX escape")
			}
			i += 2
			if isBytes {
				out = append(out, byte(v))
			} else {
				out = utf8.AppendRune(out, rune(v))
			}
		case 'u', 'U', 'N':
			if isBytes {
				out = append(out, '\\', c)
				if firstInvalid == "" {
					p.warnAt(t, msgfmt.Sprintf("invalid escape sequence '\\%c'", c))
					firstInvalid = "escape"
				}
				break
			}
			var r rune
			switch c {
			case 'u', 'U':
				n := 4
				if c == 'U' {
					n = 8
				}
				v, ok := hexValue(body, i, n)
				if !ok {
					unicodeError(start, min(start+1+hexRun(body, i, n), len(body)-1), msgfmt.Sprintf("truncated \\%cXXXX%s escape", c, strings.Repeat("XX", (n-4)/2)))
				}
				i += n
				if v > 0x10FFFF {
					unicodeError(start, i-1, "illegal Unicode character")
				}
				r = rune(v)
			case 'N':
				end := -1
				if i < len(body) && body[i] == '{' {
					end = strings.IndexByte(body[i:], '}')
				}
				if end < 0 {
					to := min(i, len(body)-1)
					if i < len(body) && body[i] == '{' {
						to = len(body) - 1
					}
					unicodeError(start, to, "malformed \\N character escape")
				}
				name := body[i+1 : i+end]
				i += end + 1
				var ok bool
				var err error
				if r, ok, err = lookupUnicodeName(name); err != nil {
					unicodeError(start, i-1, "unknown Unicode character name (the table of names could not be loaded: "+err.Error()+")")
				} else if !ok {
					unicodeError(start, i-1, "unknown Unicode character name")
				}
			}
			out = appendWTF8(out, r)
		default:
			out = append(out, '\\')
			i--
			if firstInvalid == "" {
				r, _ := utf8.DecodeRuneInString(body[i:])
				p.warnAt(t, msgfmt.Sprintf("invalid escape sequence '\\%c'", r))
				firstInvalid = "escape"
			}
		}
	}
	if isBytes {
		if out == nil {
			out = []byte{}
		}
		return out
	}
	return string(out)
}

// warnAt records a SyntaxWarning at token t.
func (p *parser) warnAt(t *Lexeme, msg string) {
	if p.speculating {
		return
	}
	p.warnings = append(p.warnings, Warning{Category: "SyntaxWarning", Msg: msg, Filename: p.filename, Pos: t.Pos})
}

// hexValue parses n hexadecimal digits of s at i.
func hexValue(s string, i, n int) (uint64, bool) {
	if i+n > len(s) {
		return 0, false
	}
	v, err := strconv.ParseUint(s[i:i+n], 16, 64)
	if err != nil || strings.ContainsAny(s[i:i+n], "+-_") {
		return 0, false
	}
	return v, true
}

// hexRun counts the hexadecimal digits of s at i, up to n.
func hexRun(s string, i, n int) int {
	k := 0
	for k < n && i+k < len(s) && isHexDigit(rune(s[i+k])) {
		k++
	}
	return k
}

// appendWTF8 appends r to b in UTF-8, encoding surrogates as the 3-byte
// sequences that UTF-8 forbids (WTF-8), so that they survive.
func appendWTF8(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, byte(0xE0|r>>12), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

// stripDebugComments removes the comments from the text of a
// self-documenting f-string field ({x=}), as CPython 3.12 does: each '#'
// starts a comment that runs to the end of its line, even inside a string.
func stripDebugComments(text string) string {
	if !strings.Contains(text, "#") {
		return text
	}
	var b strings.Builder
	for i := 0; i < len(text); i++ {
		if text[i] != '#' {
			b.WriteByte(text[i])
			continue
		}
		for i < len(text) && text[i] != '\n' {
			i++
		}
		if i < len(text) {
			b.WriteByte('\n')
		}
	}
	return b.String()
}
