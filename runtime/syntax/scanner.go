package syntax

// This file is the core of the scanner. It follows the structure of
// CPython 3.12's tokenizer (Parser/tokenizer.c) closely, because the
// positions CPython reports for lexical errors depend on exactly how far
// its tokenizer has read when it gives up: an error's offset is usually the
// number of characters consumed on the line so far. The scanner therefore
// reads with nextc and backup as CPython does, and the error helpers take
// the current cursor as the error position.
//
// The whole file is tokenized before parsing. Tokenization stops at the
// first error; the token slice then ends with an ILLEGAL token, and the
// error is kept in the scanner so that the parser can report it when it
// reaches that token, or in preference to its own error as CPython does
// (see parser.go).
//
// Lines are normalized first: a UTF-8 byte-order mark is dropped, \r\n and
// \r become \n, and a final \n is added when missing, as CPython's
// translate_newlines does for compile().

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
)

const (
	eofRune      = -1  // returned by nextc at the end of input
	tabSize      = 8   // the tab size for indentation
	maxIndent    = 100 // CPython's MAXINDENT
	maxLevel     = 200 // CPython's MAXLEVEL, the bracket nesting limit
	maxFStrLevel = 150 // CPython's MAXFSTRINGLEVEL
	maxExprNest  = 3   // CPython's MAX_EXPR_NESTING for f-string format specs
)

// cursor is a position in the source: a byte offset with its line and
// 1-based rune column.
type cursor struct {
	off  int
	line int32
	col  int32
}

// pos returns the cursor as a Pos.
func (c cursor) pos() Pos { return Pos{c.line, c.col} }

// paren is an open bracket.
type paren struct {
	ch  rune
	pos Pos
}

// fstringMode is an entry of the tokenizer mode stack for one f-string
// being scanned (CPython's tokenizer_mode).
type fstringMode struct {
	inExpr         bool // scanning a replacement field (regular mode) rather than literal text
	quote          rune
	quoteSize      int
	raw            bool
	start          cursor // the first character of the FSTRING_START token
	curlyDepth     int    // bracket depth inside the current replacement field
	exprStartDepth int    // curly depth at which the current field started; -1 outside fields
	exprEnded      bool   // the expression of the current field has ended (!, : or } seen)
}

// scanner holds the state of the tokenizer.
type scanner struct {
	filename string
	src      []byte   // the normalized source
	lines    []string // the normalized source split into lines, without "\n"

	cur      cursor // the next character to read
	tokStart cursor // the first character of the current token

	atBOL     bool // at the beginning of a line
	indstack  []int
	altstack  []int
	pendin    int // pending INDENT (>0) or DEDENT (<0) tokens
	parens    []paren
	modes     []*fstringMode
	toks      []Lexeme
	warnings  []Warning
	err       *Error // the error that stopped tokenization, if any
	softErr   bool   // err is one CPython reports only when the parser reaches it
	errInFStr bool   // err was found inside an f-string
	eofParen  *paren // the innermost bracket left open at end of file
}

// normalizeSource drops a byte-order mark, converts line endings to \n and
// ensures a final newline.
func normalizeSource(src []byte) []byte {
	src = bytesTrimBOM(src)
	out := make([]byte, 0, len(src)+1)
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '\r' {
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			c = '\n'
		}
		out = append(out, c)
	}
	if len(out) > 0 && out[len(out)-1] != '\n' {
		out = append(out, '\n')
	}
	return out
}

func bytesTrimBOM(src []byte) []byte {
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		return src[3:]
	}
	return src
}

// splitLines splits normalized source into lines without terminators.
func splitLines(src []byte) []string {
	s := string(src)
	s = strings.TrimSuffix(s, "\n")
	if s == "" && len(src) == 0 {
		return nil
	}
	return strings.Split(s, "\n")
}

// newScanner prepares to scan src, which must already be normalized.
func newScanner(filename string, src []byte) *scanner {
	return &scanner{
		filename: filename,
		src:      src,
		lines:    splitLines(src),
		cur:      cursor{0, 1, 1},
		atBOL:    true,
		indstack: []int{0},
		altstack: []int{0},
		toks:     make([]Lexeme, 0, len(src)/4+16),
	}
}

// scanAll tokenizes the whole source. It returns when it has appended an
// EOF or ILLEGAL token.
func (s *scanner) scanAll() {
	if bad := checkSource(s.src); bad != nil {
		s.errorAt(bad.kind, bad.msg, bad.pos, bad.pos)
		s.toks = append(s.toks, Lexeme{Kind: ILLEGAL, Pos: bad.pos, End: bad.pos})
		return
	}
	for {
		var t Lexeme
		if n := len(s.modes); n > 0 && !s.modes[n-1].inExpr {
			t = s.fstringToken(s.modes[n-1])
		} else {
			t = s.normalToken()
		}
		if s.err != nil {
			t.Kind = ILLEGAL
		}
		s.toks = append(s.toks, t)
		if t.Kind == EOF || t.Kind == ILLEGAL {
			return
		}
	}
}

type badSource struct {
	kind, msg string
	pos       Pos
}

// checkSource rejects source that CPython refuses before tokenizing: null
// bytes and invalid UTF-8.
func checkSource(src []byte) *badSource {
	line, col := int32(1), int32(1)
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == 0 {
			return &badSource{SyntaxErrorKind, "source code string cannot contain null bytes", Pos{line, 0}}
		}
		if r == utf8.RuneError && size <= 1 {
			return &badSource{SyntaxErrorKind, msgfmt.Sprintf("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte", src[i], i), Pos{line, col}}
		}
		i += size
		if r == '\n' {
			line++
			col = 1
		} else {
			col++
		}
	}
	return nil
}

// nextc reads the next character, or returns eofRune at the end of input.
func (s *scanner) nextc() rune {
	if s.cur.off >= len(s.src) {
		return eofRune
	}
	r, size := utf8.DecodeRune(s.src[s.cur.off:])
	s.cur.off += size
	if r == '\n' {
		s.cur.line++
		s.cur.col = 1
	} else {
		s.cur.col++
	}
	return r
}

// backup undoes the nextc that returned c.
func (s *scanner) backup(c rune) {
	if c == eofRune {
		return
	}
	_, size := utf8.DecodeLastRune(s.src[:s.cur.off])
	s.cur.off -= size
	if c == '\n' {
		s.cur.line--
		s.cur.col = int32(utf8.RuneCountInString(s.lines[s.cur.line-1])) + 1
	} else {
		s.cur.col--
	}
}

// peek returns the next character without consuming it.
func (s *scanner) peek() rune {
	c := s.nextc()
	s.backup(c)
	return c
}

// errorAt records an error at an explicit position.
func (s *scanner) errorAt(kind, msg string, pos, end Pos) {
	if s.err != nil {
		return
	}
	s.err = &Error{Kind: kind, Msg: msg, Filename: s.filename, Pos: pos, EndPos: end, Line: lineText(s.lines, pos.Line)}
	s.errInFStr = len(s.modes) > 0
}

// syntaxError records an error at the cursor the way CPython's
// syntaxerror() does: the offset is the number of characters consumed on
// the current line.
func (s *scanner) syntaxError(format string, args ...any) Lexeme {
	p := Pos{s.cur.line, s.cur.col - 1}
	s.errorAt(SyntaxErrorKind, msgfmt.Sprintf(format, args...), p, p)
	return s.illegal()
}

// softError records an error that CPython's tokenizer signals without
// raising it; the parser reports it only if it reaches it.
func (s *scanner) softError(kind, msg string, pos, end Pos) Lexeme {
	s.errorAt(kind, msg, pos, end)
	s.softErr = true
	return s.illegal()
}

// illegal returns an ILLEGAL token at the cursor.
func (s *scanner) illegal() Lexeme {
	return Lexeme{Kind: ILLEGAL, Pos: s.cur.pos(), End: s.cur.pos(), Off: s.cur.off, EndOff: s.cur.off}
}

// token returns a token of kind k from tokStart to the cursor.
func (s *scanner) token(k Token) Lexeme {
	return s.tokenRange(k, s.tokStart, s.cur)
}

// tokenRange returns a token of kind k spanning from..to.
func (s *scanner) tokenRange(k Token, from, to cursor) Lexeme {
	return Lexeme{Kind: k, Pos: from.pos(), End: to.pos(), Off: from.off, EndOff: to.off, Text: string(s.src[from.off:to.off])}
}

// continuationLine handles a backslash: it must be followed by a newline,
// and not by the end of the file. It returns the character after the
// newline, or eofRune after recording an error.
func (s *scanner) continuationLine() (rune, bool) {
	c := s.nextc()
	if c != '\n' {
		// CPython reports the column of the character after the backslash.
		p := Pos{s.cur.line, s.cur.col - 1}
		s.softError(SyntaxErrorKind, "unexpected character after line continuation character", p, Pos{})
		return eofRune, false
	}
	line := s.cur.line - 1
	c = s.nextc()
	if c == eofRune {
		// CPython reports the end of the line with the backslash.
		p := Pos{line, int32(utf8.RuneCountInString(lineText(s.lines, line))) + 1}
		s.softError(SyntaxErrorKind, "unexpected EOF while parsing", p, Pos{})
		return eofRune, false
	}
	s.backup(c)
	return c, true
}

// indentation processes the indentation at the beginning of a line. It
// returns false after recording an error. blank reports whether the line
// holds only whitespace and a comment.
func (s *scanner) indentation() (blank bool, ok bool) {
	col, altcol, contLineCol := 0, 0, 0
	var c rune
	for {
		c = s.nextc()
		switch c {
		case ' ':
			col++
			altcol++
			continue
		case '\t':
			col = (col/tabSize + 1) * tabSize
			altcol++
			continue
		case '\f':
			col, altcol = 0, 0
			continue
		case '\\':
			if contLineCol == 0 {
				contLineCol = col
			}
			if _, ok := s.continuationLine(); !ok {
				return false, false
			}
			continue
		}
		break
	}
	s.backup(c)
	if c == '#' || c == '\n' {
		return true, true
	}
	if len(s.parens) > 0 {
		return false, true
	}
	if contLineCol != 0 {
		col, altcol = contLineCol, contLineCol
	}
	top := len(s.indstack) - 1
	// CPython reports indentation errors at the end of the line.
	lineEnd := Pos{s.cur.line, int32(utf8.RuneCountInString(lineText(s.lines, s.cur.line))) + 1}
	tabError := func() (bool, bool) {
		s.softError(TabErrorKind, "inconsistent use of tabs and spaces in indentation", Pos{s.cur.line, 1}, Pos{s.cur.line, 0})
		return false, false
	}
	switch {
	case col == s.indstack[top]:
		if altcol != s.altstack[top] {
			return tabError()
		}
	case col > s.indstack[top]:
		if len(s.indstack) >= maxIndent {
			s.softError(IndentationErrorKind, "too many levels of indentation", Pos{s.cur.line, 1}, Pos{s.cur.line, 0})
			return false, false
		}
		if altcol <= s.altstack[top] {
			return tabError()
		}
		s.pendin++
		s.indstack = append(s.indstack, col)
		s.altstack = append(s.altstack, altcol)
	default:
		for top > 0 && col < s.indstack[top] {
			s.pendin--
			top--
		}
		s.indstack = s.indstack[:top+1]
		s.altstack = s.altstack[:top+1]
		if col != s.indstack[top] {
			s.softError(IndentationErrorKind, "unindent does not match any outer indentation level", lineEnd, Pos{s.cur.line, 0})
			return false, false
		}
		if altcol != s.altstack[top] {
			return tabError()
		}
	}
	return false, true
}

// normalToken scans one token in regular mode (CPython's
// tok_get_normal_mode).
func (s *scanner) normalToken() Lexeme {
	var fm *fstringMode
	if n := len(s.modes); n > 0 {
		fm = s.modes[n-1]
	}
	blankline := false
	var c rune
nextline:
	for {
		if s.atBOL {
			s.atBOL = false
			var ok bool
			if blankline, ok = s.indentation(); !ok {
				return s.illegal()
			}
		}
		s.tokStart = s.cur
		if s.pendin != 0 {
			if s.pendin < 0 {
				s.pendin++
				return s.tokenRange(DEDENT, s.cur, s.cur)
			}
			s.pendin--
			return s.tokenRange(INDENT, s.cur, s.cur)
		}
		for {
			c = s.nextc()
			for c == ' ' || c == '\t' || c == '\f' {
				c = s.nextc()
			}
			s.backup(c)
			s.tokStart = s.cur
			c = s.nextc()
			if c == '#' {
				for c != eofRune && c != '\n' {
					c = s.nextc()
				}
			}
			if c == '\\' {
				if _, ok := s.continuationLine(); !ok {
					return s.illegal()
				}
				continue
			}
			if c == '\n' {
				s.atBOL = true
				if blankline || len(s.parens) > 0 {
					blankline = false
					continue nextline
				}
				t := s.tokenRange(NEWLINE, s.tokStart, s.tokStart)
				t.End = Pos{t.Pos.Line, t.Pos.Col + 1}
				t.EndOff = t.Off + 1
				t.Text = "\n"
				return t
			}
			break nextline
		}
	}

	if c == eofRune {
		s.tokStart = s.cur
		if n := len(s.parens); n > 0 {
			p := s.parens[n-1]
			if len(s.modes) == 0 {
				// CPython prefers the parser's error when the end of the
				// file is reached inside an f-string.
				s.eofParen = &p
			}
			return s.softError(SyntaxErrorKind, msgfmt.Sprintf("'%c' was never closed", p.ch), p.pos, Pos{})
		}
		return s.token(EOF)
	}

	if isPotentialIdentifierStart(c) {
		return s.nameOrString(c)
	}

	if c == '.' {
		c = s.nextc()
		if isDigit(c) {
			return s.number('.', c)
		} else if c == '.' {
			c = s.nextc()
			if c == '.' {
				return s.token(ELLIPSIS)
			}
			s.backup(c)
			s.backup('.')
		} else {
			s.backup(c)
		}
		return s.token(DOT)
	}

	if isDigit(c) {
		return s.number(c, 0)
	}

	if c == '\'' || c == '"' {
		return s.stringLiteral(c)
	}

	// Punctuation that matters to f-string replacement fields.
	if fm != nil && fm.exprStartDepth >= 0 && (c == ':' || c == '}' || c == '!' || c == '{') {
		cursorDepth := fm.curlyDepth
		if c != '{' {
			cursorDepth--
		}
		if cursorDepth == 0 {
			if c == '{' {
				fm.exprEnded = false
			} else {
				fm.exprEnded = true
			}
		}
		if c == ':' && cursorDepth == fm.exprStartDepth {
			fm.inExpr = false
			return s.token(COLON)
		}
	}

	// Two- and three-character operators.
	if c < utf8.RuneSelf {
		c2 := s.nextc()
		if c2 >= 0 && c2 < utf8.RuneSelf {
			if k, ok := twoCharOps[string([]byte{byte(c), byte(c2)})]; ok {
				c3 := s.nextc()
				if c3 >= 0 && c3 < utf8.RuneSelf {
					if k3, ok := threeCharOps[string([]byte{byte(c), byte(c2), byte(c3)})]; ok {
						return s.token(k3)
					}
				}
				s.backup(c3)
				return s.token(k)
			}
		}
		s.backup(c2)
	}

	switch c {
	case '(', '[', '{':
		if len(s.parens) >= maxLevel {
			return s.syntaxError("too many nested parentheses")
		}
		s.parens = append(s.parens, paren{c, s.tokStart.pos()})
		if fm != nil {
			fm.curlyDepth++
		}
	case ')', ']', '}':
		if fm != nil && fm.curlyDepth == 0 && c == '}' {
			return s.syntaxError("f-string: single '}' is not allowed")
		}
		if len(s.parens) == 0 {
			return s.syntaxError("unmatched '%c'", c)
		}
		open := s.parens[len(s.parens)-1]
		s.parens = s.parens[:len(s.parens)-1]
		if !(open.ch == '(' && c == ')' || open.ch == '[' && c == ']' || open.ch == '{' && c == '}') {
			if fm != nil && open.ch == '{' && fm.curlyDepth-1 == fm.exprStartDepth {
				return s.syntaxError("f-string: unmatched '%c'", c)
			}
			if open.pos.Line != s.cur.line {
				return s.syntaxError("closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open.ch, open.pos.Line)
			}
			return s.syntaxError("closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.ch)
		}
		if fm != nil {
			fm.curlyDepth--
			if c == '}' && fm.curlyDepth == fm.exprStartDepth {
				fm.exprStartDepth--
				fm.inExpr = false
			}
		}
	}

	if !isPrintable(c) {
		return s.syntaxError("invalid non-printable character U+%04X", c)
	}
	if c < utf8.RuneSelf && oneCharOps[c] != ILLEGAL {
		return s.token(oneCharOps[c])
	}
	return s.token(OP)
}

// nameOrString scans an identifier, keyword, or a prefixed string.
func (s *scanner) nameOrString(c rune) Lexeme {
	sawB, sawR, sawU, sawF := false, false, false, false
	for {
		switch {
		case !(sawB || sawU || sawF) && (c == 'b' || c == 'B'):
			sawB = true
		case !(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U'):
			sawU = true
		case !(sawR || sawU) && (c == 'r' || c == 'R'):
			sawR = true
		case !(sawF || sawB || sawU) && (c == 'f' || c == 'F'):
			sawF = true
		default:
			goto ident
		}
		c = s.nextc()
		if c == '"' || c == '\'' {
			if sawF {
				return s.fstringStart(c)
			}
			return s.stringLiteral(c)
		}
	}
ident:
	nonASCII := false
	for isPotentialIdentifierChar(c) {
		if c >= utf8.RuneSelf {
			nonASCII = true
		}
		c = s.nextc()
	}
	s.backup(c)
	text := string(s.src[s.tokStart.off:s.cur.off])
	if nonASCII {
		if bad, col := invalidIdentifierRune(text); bad >= 0 {
			// CPython reports the position just after the bad character.
			p := Pos{s.tokStart.line, s.tokStart.col + col - 1}
			if isPrintable(bad) {
				s.errorAt(SyntaxErrorKind, msgfmt.Sprintf("invalid character '%c' (U+%04X)", bad, bad), p, p)
			} else {
				s.errorAt(SyntaxErrorKind, msgfmt.Sprintf("invalid non-printable character U+%04X", bad), p, p)
			}
			return s.illegal()
		}
	}
	if k, ok := keywords[text]; ok {
		return s.token(k)
	}
	t := s.token(NAME)
	if nonASCII {
		t.Text = normalizeIdentifier(text)
	}
	return t
}

// invalidIdentifierRune returns the first rune of an identifier that is not
// allowed there, and its 1-based rune index, or -1.
func invalidIdentifierRune(id string) (rune, int32) {
	i := int32(0)
	for _, r := range id {
		i++
		if i == 1 && !isIDStart(r) || i > 1 && !isIDContinue(r) {
			return r, i
		}
	}
	return -1, 0
}

// isIDStart approximates Unicode's XID_Start property plus '_'.
func isIDStart(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

// isIDContinue approximates Unicode's XID_Continue property.
func isIDContinue(r rune) bool {
	return isIDStart(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc) ||
		unicode.Is(unicode.Other_ID_Continue, r)
}

// IsIdentifier reports whether s is a valid Python identifier (it does not
// check for keywords). NFKC normalization is not applied.
func IsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	r, _ := invalidIdentifierRune(s)
	return r < 0
}

func isPotentialIdentifierStart(c rune) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= utf8.RuneSelf
}

func isPotentialIdentifierChar(c rune) bool {
	return isPotentialIdentifierStart(c) || isDigit(c)
}

func isDigit(c rune) bool { return c >= '0' && c <= '9' }

func isHexDigit(c rune) bool {
	return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// isPrintable reports whether Python considers c printable
// (Py_UNICODE_ISPRINTABLE).
func isPrintable(c rune) bool {
	if c < 0 {
		return true
	}
	return unicode.IsPrint(c)
}
