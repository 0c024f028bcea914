package syntax

// This file holds the parser's state, its token helpers and the error
// machinery that makes reported errors agree with CPython 3.12.
//
// CPython's PEG parser reports a generic "invalid syntax" at the furthest
// token it fetched; its specific messages come from a second pass over
// "invalid_" grammar rules. We parse by recursive descent with one token of
// lookahead, which fetches tokens in nearly the same order, so the furthest
// token we have looked at (furthest) stands in for CPython's last fetched
// token. Specific messages are raised at the point where our parser can
// recognize the invalid construct, with the location CPython's rule uses.
//
// Once a syntax error has been found, CPython tokenizes the rest of the
// file and prefers a lexical error found there, or an unclosed bracket
// opened on an earlier line (see finishError).

import (
	"strings"
	"unicode/utf8"

	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
)

// parser is the state of one parse.
type parser struct {
	filename string
	src      []byte
	lines    []string
	sc       *scanner
	toks     []Lexeme
	i        int // index of the current token
	furthest int // index of the furthest token looked at
	fetched  int // index of the furthest token ever looked at, even speculatively
	warnings []Warning
	err      *Error
	fromScan bool // err is the scanner's error
	finalErr bool // err takes precedence over lexical errors further on

	genericErr     bool // err is the generic "invalid syntax"
	pendingGeneric bool // the error being raised is the generic one
	speculating    bool // inside speculate: no nested speculation
	depth          int  // bracket nesting depth at the current token
	nest           int  // recursion depth of the expression parser
	blockEnd       Pos  // the end of the last line of simple statements, with its ';'

	// parenthesized records the expressions written inside parentheses,
	// with the span of the outermost parentheses. Some checks depend on it
	// (annotated assignment targets, starred expressions), and a node that
	// starts or ends with a parenthesized operand starts or ends at its
	// parentheses.
	parenthesized map[Expr]Span
}

// bailout is the panic value that unwinds the parser after an error.
type bailout struct{}

// newParser scans src and prepares to parse it.
func newParser(filename string, src []byte) *parser {
	src = normalizeSource(src)
	sc := newScanner(filename, src)
	sc.scanAll()
	return &parser{
		filename:      filename,
		src:           src,
		lines:         sc.lines,
		sc:            sc,
		toks:          sc.toks,
		parenthesized: make(map[Expr]Span),
	}
}

// ---------------------------------------------------------------------------
// Tokens

// tok returns the current token. Reaching the token at which the scanner
// stopped reports the scanner's error, as CPython does when its parser
// fetches an error token.
func (p *parser) tok() *Lexeme {
	t := &p.toks[p.i]
	if p.i > p.furthest {
		p.furthest = p.i
	}
	if p.i > p.fetched {
		p.fetched = p.i
	}
	if t.Kind == ILLEGAL {
		p.scanFail()
	}
	return t
}

// kind returns the kind of the current token.
func (p *parser) kind() Token { return p.tok().Kind }

// peek returns the kind of the token n places after the current one, and
// counts it as looked at.
func (p *parser) peek(n int) Token {
	j := p.i + n
	if j >= len(p.toks) {
		j = len(p.toks) - 1
	}
	if j > p.furthest {
		p.furthest = j
	}
	if j > p.fetched {
		p.fetched = j
	}
	if p.toks[j].Kind == ILLEGAL {
		p.i = j
		p.scanFail()
	}
	return p.toks[j].Kind
}

// rawKind returns the kind of the token at index j without counting it as
// looked at; it is for scanning ahead where CPython would not.
func (p *parser) rawKind(j int) Token {
	if j >= len(p.toks) {
		return p.toks[len(p.toks)-1].Kind
	}
	return p.toks[j].Kind
}

// next consumes the current token and returns it.
func (p *parser) next() Lexeme {
	t := *p.tok()
	p.i++
	return t
}

// got consumes the current token if it has kind k.
func (p *parser) got(k Token) bool {
	if p.kind() == k {
		p.i++
		return true
	}
	return false
}

// prev returns the token before the current one.
func (p *parser) prev() *Lexeme { return &p.toks[p.i-1] }

// isName reports whether the current token is the NAME s (a soft keyword).
func (p *parser) isName(s string) bool {
	t := p.tok()
	return t.Kind == NAME && t.Text == s
}

// expect consumes a token of kind k or reports a generic syntax error.
func (p *parser) expect(k Token) Lexeme {
	if p.kind() != k {
		p.invalidSyntax()
	}
	return p.next()
}

// expectForced consumes a token of kind k or reports "expected 'k'" at the
// current token (CPython's forced tokens, &&'k' in its grammar).
func (p *parser) expectForced(k Token) Lexeme {
	if p.kind() != k {
		t := p.tok()
		p.syntaxError(t.Pos, t.End, "expected '%s'", k)
	}
	return p.next()
}

// ---------------------------------------------------------------------------
// Errors

// fail records an error and unwinds the parser.
func (p *parser) fail(kind string, pos, end Pos, format string, args ...any) {
	generic := p.pendingGeneric
	p.pendingGeneric = false
	if p.err == nil {
		p.genericErr = generic
		msg := format
		if len(args) > 0 {
			msg = msgfmt.Sprintf(format, args...)
		}
		p.err = &Error{Kind: kind, Msg: msg, Filename: p.filename, Pos: pos, EndPos: end, Line: lineText(p.lines, pos.Line)}
	}
	panic(bailout{})
}

// syntaxError reports a SyntaxError at an explicit range.
func (p *parser) syntaxError(pos, end Pos, format string, args ...any) {
	p.fail(SyntaxErrorKind, pos, end, format, args...)
}

// errorNode reports a SyntaxError spanning node n, as CPython's
// RAISE_SYNTAX_ERROR_KNOWN_LOCATION does.
func (p *parser) errorNode(n Node, format string, args ...any) {
	p.fail(SyntaxErrorKind, n.Pos(), n.End(), format, args...)
}

// errorRange reports a SyntaxError from the start of a to the end of b.
func (p *parser) errorRange(a, b Node, format string, args ...any) {
	p.fail(SyntaxErrorKind, a.Pos(), b.End(), format, args...)
}

// errorAtLast reports an error at the furthest token looked at, as
// CPython's RAISE_SYNTAX_ERROR does (it uses the last token fetched).
func (p *parser) errorAtLast(kind string, format string, args ...any) {
	pos, end := p.tokErrPos(p.furthest)
	p.fail(kind, pos, end, format, args...)
}

// tokErrPos returns the position CPython reports for an error at token j
// by its RAISE_SYNTAX_ERROR macros. INDENT, DEDENT and the end marker have
// no position of their own in CPython, which then uses the tokenizer's
// cursor: just after the indentation of the line, or the end of the last
// line.
func (p *parser) tokErrPos(j int) (Pos, Pos) {
	t := &p.toks[j]
	if t.Kind == DEDENT && int(t.Pos.Line) > len(p.lines) {
		t = &p.toks[len(p.toks)-1] // a DEDENT at the end of the file
	}
	switch t.Kind {
	case INDENT, DEDENT:
		return Pos{t.Pos.Line, t.Pos.Col - 1}, Pos{}
	case EOF:
		n := int32(len(p.lines))
		if n == 0 {
			return Pos{1, 0}, Pos{}
		}
		return Pos{n, int32(utf8.RuneCountInString(p.lines[n-1])) + 1}, Pos{}
	}
	return t.Pos, t.End
}

// invalidSyntax reports CPython's generic error at the furthest token
// looked at: "invalid syntax", or "unexpected indent" at an INDENT.
func (p *parser) invalidSyntax() {
	t := &p.toks[p.furthest]
	switch t.Kind {
	case INDENT, DEDENT:
		// CPython does not look for lexical errors further on in this case.
		p.finalErr = true
		if t.Kind == INDENT {
			p.errorAtLast(IndentationErrorKind, "unexpected indent")
		}
		p.errorAtLast(IndentationErrorKind, "unexpected unindent")
	}
	p.pendingGeneric = true
	pos, end := t.Pos, t.End
	if t.Kind == EOF {
		// CPython's end marker has no column: it reports offset 0 on
		// the last line.
		pos, end = Pos{max(int32(len(p.lines)), 1), 0}, Pos{max(int32(len(p.lines)), 1), 0}
	}
	p.fail(SyntaxErrorKind, pos, end, "invalid syntax")
}

// scanFail reports the scanner's error.
func (p *parser) scanFail() {
	if p.err == nil {
		p.err = p.sc.err
		p.fromScan = true
	}
	panic(bailout{})
}

// finishError chooses between the parser's error and what the scanner
// found in the rest of the file, as CPython's
// _PyPegen_tokenize_full_source_to_check_for_errors does: a lexical error
// anywhere in the file wins, and so does a bracket left open at the end of
// the file if it was opened on a line before the parser's error.
func (p *parser) finishError() *Error {
	if p.fromScan || p.finalErr {
		return p.err
	}
	sc := p.sc
	if sc.err != nil && !sc.softErr && !sc.errInFStr {
		return sc.err
	}
	if sc.eofParen != nil && p.toks[p.fetched].Pos.Line > sc.eofParen.pos.Line {
		return sc.err
	}
	return p.err
}

// ---------------------------------------------------------------------------
// Nodes

// isParen reports whether x was written in parentheses.
func (p *parser) isParen(x Expr) bool {
	_, ok := p.parenthesized[x]
	return ok
}

// start returns where x starts, including its parentheses if any.
func (p *parser) start(x Expr) Pos {
	if s, ok := p.parenthesized[x]; ok {
		return s.StartPos
	}
	return x.Pos()
}

// end returns where x ends, including its parentheses if any.
func (p *parser) end(x Expr) Pos {
	if s, ok := p.parenthesized[x]; ok {
		return s.EndPos
	}
	return x.End()
}

// span returns the Span from the start of a to the end of b, including
// their parentheses.
func (p *parser) span(a, b Expr) Span { return Span{p.start(a), p.end(b)} }

// spanTok returns the Span from the start of token a to the end of b.
func spanTok(a, b *Lexeme) Span { return Span{a.Pos, b.End} }

// endOfPrev returns the end of the previous token, the end of a node that
// has just been parsed.
func (p *parser) endOfPrev() Pos { return p.toks[p.i-1].End }

// parserState is the part of the parser's state that speculative parsing
// saves and restores.
type parserState struct {
	i, furthest, depth, nest, nwarn   int
	err                               *Error
	fromScan, genericErr, speculating bool
}

func (p *parser) save() parserState {
	return parserState{p.i, p.furthest, p.depth, p.nest, len(p.warnings), p.err, p.fromScan, p.genericErr, p.speculating}
}

func (p *parser) restore(s parserState) {
	p.i, p.furthest, p.depth, p.nest, p.err = s.i, s.furthest, s.depth, s.nest, s.err
	p.warnings = p.warnings[:s.nwarn]
	p.fromScan, p.genericErr, p.speculating = s.fromScan, s.genericErr, s.speculating
}

// attempt runs parse and reports whether it succeeded; if not, it also
// returns the error and whether it was the generic "invalid syntax". The
// parser's position and error state are restored either way, except that
// the furthest token looked at is kept: CPython's first pass fetches the
// tokens of the alternatives it tries, and reports generic errors at the
// furthest.
func (p *parser) attempt(parse func()) (ok bool, err *Error, generic bool) {
	saved := p.save()
	p.err = nil
	defer func() {
		if r := recover(); r != nil {
			if _, isBailout := r.(bailout); !isBailout {
				panic(r)
			}
			if p.fromScan {
				panic(r) // reaching the scanner's error reports it, as in CPython
			}
			ok, err, generic = false, p.err, p.genericErr
		}
		furthest := p.furthest
		p.restore(saved)
		p.furthest = max(p.furthest, furthest)
	}()
	parse()
	return true, nil, false
}

// try runs parse and reports whether it succeeded; if not, it also
// returns the error and whether it was the generic "invalid syntax". On
// success the parser keeps its new state; on failure the state is
// restored, except for the furthest token looked at.
func (p *parser) try(parse func()) (ok bool, err *Error, generic bool) {
	saved := p.save()
	p.err = nil
	defer func() {
		if r := recover(); r != nil {
			if _, isBailout := r.(bailout); !isBailout || p.fromScan {
				panic(r)
			}
			ok, err, generic = false, p.err, p.genericErr
			furthest := p.furthest
			p.restore(saved)
			p.furthest = max(p.furthest, furthest)
		}
	}()
	parse()
	p.err = saved.err
	return true, nil, false
}

// speculate runs parse with nested speculation disabled and returns its
// result, or nil if it failed; the parser's state is restored either way.
// It is used just before reporting a specific error, like CPython's second
// pass, so the tokens it looks at do not count as looked at. Errors in
// f-string replacement fields, which CPython reports even there, are
// reported.
func (p *parser) speculate(parse func() Expr) (result Expr) {
	furthest := p.furthest
	ok, err, generic := p.attempt(func() {
		p.speculating = true
		result = parse()
	})
	p.furthest = furthest
	if !ok && !generic && err != nil && strings.HasPrefix(err.Msg, "f-string: ") {
		p.err = err
		panic(bailout{})
	}
	return result
}

// maxNest bounds the recursion of the expression parser, which operators
// such as unary minus or "not" can nest without brackets.
const maxNest = 3000

// enter counts one level of expression recursion and reports sources
// nested too deeply; leave undoes it.
func (p *parser) enter() {
	p.nest++
	if p.nest > maxNest {
		t := p.tok()
		p.syntaxError(t.Pos, t.End, "Parser stack overflowed - Python source too complex to parse")
	}
}

func (p *parser) leave() { p.nest-- }
