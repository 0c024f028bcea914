package syntax

// This file parses compound statements: if, while, for, try, with, def,
// class and decorators, and the indented blocks they own.

// compoundStmt parses a compound statement. decorators holds the
// decorators already parsed, if any.
func (p *parser) compoundStmt(decorators []Expr) Stmt {
	switch p.kind() {
	case AT:
		for p.kind() == AT {
			p.next()
			dec := p.namedExpression()
			decorators = append(decorators, dec)
			if p.kind() != NEWLINE {
				p.checkNamedAssign(dec)
				p.invalidSyntax()
			}
			p.next()
		}
		switch p.kind() {
		case DEF, CLASS:
		case ASYNC:
			if p.peek(1) != DEF {
				p.invalidSyntax()
			}
		default:
			p.invalidSyntax()
		}
		return p.compoundStmt(decorators)
	case DEF:
		return p.funcDef(decorators, nil)
	case CLASS:
		return p.classDef(decorators)
	case IF:
		return p.ifStmt()
	case WHILE:
		return p.whileStmt()
	case FOR:
		return p.forStmt(nil)
	case TRY:
		return p.tryStmt()
	case WITH:
		return p.withStmt(nil)
	case ASYNC:
		async := p.next()
		switch p.kind() {
		case DEF:
			return p.funcDef(decorators, &async)
		case FOR:
			return p.forStmt(&async)
		case WITH:
			return p.withStmt(&async)
		}
	}
	p.invalidSyntax()
	return nil
}

// block parses the body of a compound statement after its ':': an
// indented block, or simple statements on the same line. kw is the
// statement's keyword and what describes the statement for the error
// "expected an indented block after <what> on line N".
func (p *parser) block(kw *Lexeme, what string) []Stmt {
	if p.kind() != NEWLINE {
		return p.simpleStmts()
	}
	p.next()
	if p.kind() != INDENT {
		p.errorAtLast(IndentationErrorKind, "expected an indented block after %s on line %d", what, kw.Pos.Line)
	}
	p.next()
	var body []Stmt
	for p.kind() != DEDENT {
		body = append(body, p.statement()...)
	}
	p.next()
	return body
}

// headerColon consumes the ':' that ends the header of a compound
// statement whose last part, test, was a named expression (or nil). A
// newline instead is reported as "expected ':'".
func (p *parser) headerColon(test Expr) {
	switch p.kind() {
	case COLON:
		p.next()
		return
	case NEWLINE:
		p.errorAtLast(SyntaxErrorKind, "expected ':'")
	case EQ:
		p.checkNamedAssign(test)
	}
	p.invalidSyntax()
}

// ifStmt parses an if statement with its elif and else clauses; the
// current token is 'if' or 'elif'.
func (p *parser) ifStmt() Stmt {
	kw := p.next()
	test := p.namedExpression()
	p.headerColon(test)
	what := "'if' statement"
	if kw.Kind == ELIF {
		what = "'elif' statement"
	}
	s := &If{Test: test, Body: p.block(&kw, what)}
	switch p.kind() {
	case ELIF:
		elif := p.ifStmt()
		s.Else = []Stmt{elif}
	case ELSE:
		s.Else = p.elseBlock()
	}
	s.Span = Span{kw.Pos, p.blockEnd}
	return s
}

// elseBlock parses 'else' ':' block.
func (p *parser) elseBlock() []Stmt {
	kw := p.next()
	p.expectForced(COLON)
	return p.block(&kw, "'else' statement")
}

// whileStmt parses a while loop.
func (p *parser) whileStmt() Stmt {
	kw := p.next()
	test := p.namedExpression()
	p.headerColon(test)
	s := &While{Test: test, Body: p.block(&kw, "'while' statement")}
	if p.kind() == ELSE {
		s.Else = p.elseBlock()
	}
	s.Span = Span{kw.Pos, p.blockEnd}
	return s
}

// forStmt parses a for loop; async is the 'async' token, if any.
func (p *parser) forStmt(async *Lexeme) Stmt {
	kw := p.next()
	start := kw.Pos
	if async != nil {
		start = async.Pos
	}
	target := p.forTargets()
	p.next() // in
	iter := p.starExpressions()
	p.headerColon(nil)
	s := &For{IsAsync: async != nil, Target: target, Iter: iter, Body: p.block(&kw, "'for' statement")}
	if p.kind() == ELSE {
		s.Else = p.elseBlock()
	}
	s.Span = Span{start, p.blockEnd}
	return s
}

// tryStmt parses a try statement.
func (p *parser) tryStmt() Stmt {
	kw := p.next()
	p.expectForced(COLON)
	s := &Try{Body: p.block(&kw, "'try' statement")}
	sawPlain, sawStar := false, false
	for p.kind() == EXCEPT {
		h, star := p.exceptClause(sawPlain, sawStar)
		if star {
			sawStar = true
		} else {
			sawPlain = true
		}
		s.Handlers = append(s.Handlers, h)
	}
	s.IsStar = sawStar
	if len(s.Handlers) > 0 && p.kind() == ELSE {
		s.Else = p.elseBlock()
	}
	if p.kind() == FINALLY {
		fin := p.next()
		p.expectForced(COLON)
		s.Finally = p.block(&fin, "'finally' statement")
	}
	if len(s.Handlers) == 0 && len(s.Finally) == 0 {
		p.errorAtLast(SyntaxErrorKind, "expected 'except' or 'finally' block")
	}
	s.Span = Span{kw.Pos, p.blockEnd}
	return s
}

// exceptClause parses an except or except* clause. sawPlain and sawStar
// say which kinds of clause the try statement already has.
func (p *parser) exceptClause(sawPlain, sawStar bool) (*ExceptHandler, bool) {
	kw := p.next()
	star := false
	var starTok Lexeme
	if p.kind() == STAR {
		starTok = p.next()
		star = true
		if k := p.kind(); k == NEWLINE || k == COLON {
			p.errorAtLast(SyntaxErrorKind, "expected one or more exception types")
		}
	}
	h := &ExceptHandler{}
	if p.kind() == NEWLINE {
		p.errorAtLast(SyntaxErrorKind, "expected ':'")
	}
	if p.kind() != COLON {
		h.Type = p.expression()
		if p.kind() == COMMA {
			p.next()
			last := p.expression()
			for p.got(COMMA) {
				last = p.expression()
			}
			p.errorRange(h.Type, last, "multiple exception types must be parenthesized")
		}
		if p.got(AS) {
			h.Name = p.expect(NAME).Text
		}
	}
	if p.kind() == NEWLINE {
		p.errorAtLast(SyntaxErrorKind, "expected ':'")
	}
	p.expect(COLON)
	if star && sawPlain {
		p.syntaxError(kw.Pos, starTok.End, "cannot have both 'except' and 'except*' on the same 'try'")
	}
	if !star && sawStar {
		p.syntaxError(kw.Pos, kw.End, "cannot have both 'except' and 'except*' on the same 'try'")
	}
	what := "'except' statement"
	if star {
		what = "'except*' statement"
	}
	h.Body = p.block(&kw, what)
	h.Span = Span{kw.Pos, p.blockEnd}
	return h, star
}

// withStmt parses a with statement; async is the 'async' token, if any.
func (p *parser) withStmt(async *Lexeme) Stmt {
	kw := p.next()
	start := kw.Pos
	if async != nil {
		start = async.Pos
	}
	var items []*WithItem
	if p.kind() == LPAREN && p.parenthesizedWithItems() {
		items = p.withItemsInParens()
	} else {
		for {
			items = append(items, p.withItem())
			if !p.got(COMMA) {
				break
			}
		}
	}
	p.headerColon(nil)
	s := &With{IsAsync: async != nil, Items: items, Body: p.block(&kw, "'with' statement")}
	s.Span = Span{start, p.blockEnd}
	return s
}

// parenthesizedWithItems reports whether the '(' after 'with' starts the
// parenthesized form of the with items, (a as b, c as d): whether the
// items, the ')' and the ':' parse. Otherwise the '(' starts an
// expression. A specific error found while trying is reported, as
// CPython's second pass would.
func (p *parser) parenthesizedWithItems() bool {
	ok, err, generic := p.attempt(func() {
		p.withItemsInParens()
		switch p.kind() {
		case COLON:
		case NEWLINE:
			p.errorAtLast(SyntaxErrorKind, "expected ':'")
		default:
			p.invalidSyntax()
		}
	})
	if !ok && err != nil && !generic {
		p.err = err
		panic(bailout{})
	}
	return ok
}

// withItemsInParens parses '(' with_item (',' with_item)* [','] ')'.
func (p *parser) withItemsInParens() []*WithItem {
	p.next() // (
	p.depth++
	var items []*WithItem
	for {
		items = append(items, p.withItem())
		if !p.got(COMMA) || p.kind() == RPAREN {
			break
		}
	}
	p.expect(RPAREN)
	p.depth--
	return items
}

// withItem parses expression ['as' star_target].
func (p *parser) withItem() *WithItem {
	x := p.expression()
	item := &WithItem{Span: p.span(x, x), ContextExpr: x}
	if p.got(AS) {
		start := p.i
		var t Expr
		ok, _, _ := p.try(func() { t = p.starTarget() })
		switch k := p.kind(); {
		case ok && (k == COMMA || k == RPAREN || k == COLON):
			p.checkTarget(t, starTargets)
		case ok && k == NEWLINE && invalidTarget(t, starTargets) == nil:
			setContext(t, Store) // headerColon reports the missing ':'
		default:
			// CPython's invalid_with_item: an expression that is followed
			// by ',', ')' or ':' but is not a target.
			p.invalidTargetExpr(start, starTargets, func() Expr { return p.expression() }, COMMA, RPAREN, COLON)
		}
		item.OptionalVars = t
		item.EndPos = p.endOfPrev()
	}
	return item
}

// funcDef parses a def statement; async is the 'async' token, if any.
func (p *parser) funcDef(decorators []Expr, async *Lexeme) Stmt {
	kw := p.next()
	start := kw.Pos
	if async != nil {
		start = async.Pos
	}
	name := p.expect(NAME)
	if p.kind() == LBRACK {
		t := p.tok()
		p.syntaxError(t.Pos, t.End, "generic type parameters are not supported in Asobiba")
	}
	p.expectForced(LPAREN)
	p.depth++
	args := p.parameters(true, RPAREN)
	p.next() // )
	p.depth--
	var returns Expr
	if p.kind() == ARROW {
		// If no annotation follows, CPython reports the ':' it expected
		// at the '->'.
		p.try(func() {
			p.next()
			returns = p.expression()
		})
	}
	p.expectForced(COLON)
	body := p.block(&kw, "function definition")
	return &FunctionDef{
		Span:       Span{start, p.blockEnd},
		IsAsync:    async != nil,
		Def:        start,
		Name:       name.Text,
		NamePos:    name.Pos,
		Args:       args,
		Body:       body,
		Decorators: decorators,
		Returns:    returns,
	}
}

// classDef parses a class statement.
func (p *parser) classDef(decorators []Expr) Stmt {
	kw := p.next()
	name := p.expect(NAME)
	s := &ClassDef{Class: kw.Pos, Name: name.Text, NamePos: name.Pos, Decorators: decorators}
	if p.kind() == LBRACK {
		t := p.tok()
		p.syntaxError(t.Pos, t.End, "generic type parameters are not supported in Asobiba")
	}
	if p.kind() == LPAREN {
		call := p.arguments(&Name{}, false).(*Call)
		s.Bases, s.Keywords = call.Args, call.Keywords
	}
	p.headerColon(nil)
	s.Body = p.block(&kw, "class definition")
	s.Span = Span{kw.Pos, p.blockEnd}
	return s
}
