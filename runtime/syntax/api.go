package syntax

import (
	"runtime/debug"
	"sort"

	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
)

// ParseFile parses the source of a Python module. The source is UTF-8; a
// leading byte-order mark is skipped and \r\n and \r line endings are read
// as \n. On success it returns the module and the warnings found (such as
// invalid escape sequences), in source order. On failure the error is a
// *Error describing the first syntax error, as CPython reports it; the
// warnings found before it are returned too.
//
// ParseFile never panics: a failure of the parser itself is reported as
// an *Error whose message starts with "internal error".
func ParseFile(filename string, src []byte) (*Module, []Warning, error) {
	var mod *Module
	p, err := parse(filename, src, func(p *parser) {
		body := p.fileInput()
		mod = &Module{Body: body, Filename: filename, Lines: p.lines}
		if len(body) > 0 {
			mod.Span = Span{body[0].Pos(), body[len(body)-1].End()}
		}
	})
	if err != nil {
		return nil, warningsOf(p), err
	}
	return mod, warningsOf(p), nil
}

// ParseExpr parses the source of a single expression, as eval does (the
// "eval" mode of compile): an expression, or several separated by commas
// (a tuple), optionally followed by newlines. The eval builtin strips
// leading spaces and tabs before calling it, as CPython's does.
func ParseExpr(filename string, src []byte) (*Expression, []Warning, error) {
	var expr *Expression
	p, err := parse(filename, src, func(p *parser) {
		x := p.expressions()
		for p.kind() == NEWLINE {
			p.next()
		}
		if p.kind() != EOF {
			p.invalidSyntax()
		}
		expr = &Expression{Span: p.span(x, x), Body: x, Filename: filename, Lines: p.lines}
	})
	if err != nil {
		return nil, warningsOf(p), err
	}
	return expr, warningsOf(p), nil
}

// Tokenize scans src and returns its tokens, ending with EOF, and the
// warnings found. On a lexical error it returns the tokens before the
// error and the error. It is meant for tools and tests; the parser does
// its own scanning.
func Tokenize(filename string, src []byte) (toks []Lexeme, warnings []Warning, err error) {
	defer func() {
		if r := recover(); r != nil {
			toks, err = nil, internalError(filename, r)
		}
	}()
	sc := newScanner(filename, normalizeSource(src))
	sc.scanAll()
	toks = sc.toks
	if sc.err != nil {
		return toks[:len(toks)-1], sc.warnings, sc.err
	}
	return toks, sc.warnings, nil
}

// parse runs the parsing function f on a new parser for src, turning
// syntax errors and internal failures into an error.
func parse(filename string, src []byte, f func(*parser)) (p *parser, err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if _, ok := r.(bailout); ok && p != nil && p.err != nil {
			err = p.finishError()
			return
		}
		err = internalError(filename, r)
	}()
	p = newParser(filename, src)
	f(p)
	return p, nil
}

// internalError describes a panic of the parser as an Error.
func internalError(filename string, r any) *Error {
	return &Error{
		Kind:     SyntaxErrorKind,
		Msg:      msgfmt.Sprintf("internal error: %v\n%s", r, debug.Stack()),
		Filename: filename,
		Pos:      Pos{1, 0},
	}
}

// warningsOf returns the warnings of the scanner and the parser in source
// order.
func warningsOf(p *parser) []Warning {
	if p == nil {
		return nil
	}
	w := append(append([]Warning(nil), p.sc.warnings...), p.warnings...)
	if len(w) > 1 { // most sources have no warnings: the browser need not compile the sort for them
		sort.SliceStable(w, func(i, j int) bool { return w[i].Pos.Before(w[j].Pos) })
	}
	return w
}

// expressions parses expression (',' expression)* [','], the body of eval
// input.
func (p *parser) expressions() Expr {
	first := p.expression()
	if p.kind() != COMMA {
		return first
	}
	elts := []Expr{first}
	for p.got(COMMA) {
		if !p.startsExpression() {
			break
		}
		elts = append(elts, p.expression())
	}
	return &Tuple{Span: Span{p.start(first), p.endOfPrev()}, Elts: elts}
}
