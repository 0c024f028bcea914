package syntax

// This file parses statements: the statement list of a file or block, and
// the simple statements. Compound statements are in compound.go.

// fileInput parses a whole file (CPython's file rule).
func (p *parser) fileInput() []Stmt {
	var body []Stmt
	for p.kind() != EOF {
		body = append(body, p.statement()...)
	}
	return body
}

// statement parses one statement line: a compound statement, or simple
// statements separated by semicolons.
func (p *parser) statement() []Stmt {
	switch p.kind() {
	case DEF, CLASS, IF, WHILE, FOR, TRY, WITH, AT:
		return []Stmt{p.compoundStmt(nil)}
	case ASYNC:
		switch p.peek(1) {
		case DEF, FOR, WITH:
			return []Stmt{p.compoundStmt(nil)}
		}
	case NAME:
		if p.isName("match") {
			if p.isMatchStmt() {
				return []Stmt{p.matchStmt()}
			}
			return p.matchSimpleStmts()
		}
		p.checkSoftKeywordStmt()
	}
	return p.simpleStmts()
}

// checkSoftKeywordStmt reports the type statement, which Asobiba does not
// support. It starts with a soft keyword that is otherwise an ordinary
// name.
func (p *parser) checkSoftKeywordStmt() {
	t := p.tok()
	switch t.Text {
	case "type":
		if p.rawKind(p.i+1) == NAME {
			if k := p.rawKind(p.i + 2); k == EQ || k == LBRACK {
				p.syntaxError(t.Pos, t.End, "'type' statement is not supported in Asobiba")
			}
		}
	}
}

// simpleStmts parses simple statements separated by semicolons and ended
// by a newline.
func (p *parser) simpleStmts() []Stmt {
	var stmts []Stmt
	for {
		stmts = append(stmts, p.simpleStmt())
		if p.kind() != SEMI {
			break
		}
		p.next()
		if p.kind() == NEWLINE {
			break
		}
	}
	if p.kind() != NEWLINE {
		p.invalidSyntax()
	}
	p.blockEnd = p.endOfPrev()
	p.next()
	return stmts
}

// simpleStmt parses one simple statement.
func (p *parser) simpleStmt() Stmt {
	t := p.tok()
	switch t.Kind {
	case PASS:
		p.next()
		return &Pass{Span: spanTok(t, t)}
	case BREAK:
		p.next()
		return &Break{Span: spanTok(t, t)}
	case CONTINUE:
		p.next()
		return &Continue{Span: spanTok(t, t)}
	case RETURN:
		p.next()
		s := &Return{Span: spanTok(t, t)}
		if p.startsExpression() || p.kind() == STAR {
			s.Value = p.starExpressions()
			s.EndPos = p.endOfPrev()
		}
		return s
	case RAISE:
		p.next()
		s := &Raise{Span: spanTok(t, t)}
		if p.startsExpression() {
			s.Exc = p.expression()
			s.EndPos = p.endOfPrev()
			if p.got(FROM) {
				s.Cause = p.expression()
				s.EndPos = p.endOfPrev()
			}
		}
		return s
	case GLOBAL, NONLOCAL:
		p.next()
		var names []string
		for {
			name := p.expect(NAME)
			names = append(names, name.Text)
			if !p.got(COMMA) {
				break
			}
		}
		sp := Span{t.Pos, p.endOfPrev()}
		if t.Kind == GLOBAL {
			return &Global{Span: sp, Names: names}
		}
		return &Nonlocal{Span: sp, Names: names}
	case ASSERT:
		p.next()
		s := &Assert{Test: p.expression()}
		if p.got(COMMA) {
			s.Msg = p.expression()
		}
		s.Span = Span{t.Pos, p.endOfPrev()}
		return s
	case DEL:
		return p.delStmt()
	case IMPORT:
		return p.importStmt()
	case FROM:
		return p.fromImportStmt()
	}
	return p.exprOrAssignStmt()
}

// delStmt parses 'del' del_targets.
func (p *parser) delStmt() Stmt {
	t := p.next()
	start := p.i
	var targets []Expr
	ok, _, _ := p.try(func() {
		for {
			targets = append(targets, p.starTarget())
			if !p.got(COMMA) {
				break
			}
			if k := p.kind(); k == NEWLINE || k == SEMI {
				break
			}
		}
	})
	if k := p.kind(); !ok || k != NEWLINE && k != SEMI {
		// CPython's invalid_del_stmt reads star_expressions.
		p.invalidTargetExpr(start, delTargets, p.starExpressions)
	}
	for _, x := range targets {
		p.checkTarget(x, delTargets)
	}
	return &Delete{Span: Span{t.Pos, p.endOfPrev()}, Targets: targets}
}

// dottedName parses NAME ('.' NAME)*.
func (p *parser) dottedName() (string, Lexeme, Lexeme) {
	first := p.expect(NAME)
	name, last := first.Text, first
	for p.kind() == DOT {
		p.next()
		last = p.expect(NAME)
		name += "." + last.Text
	}
	return name, first, last
}

// importStmt parses 'import' dotted_as_names.
func (p *parser) importStmt() Stmt {
	t := p.next()
	var names []*Alias
	for {
		name, first, last := p.dottedName()
		a := &Alias{Span: spanTok(&first, &last), Name: name}
		if p.got(AS) {
			as := p.expect(NAME)
			a.AsName = as.Text
			a.EndPos = as.End
		}
		names = append(names, a)
		if !p.got(COMMA) {
			break
		}
	}
	if p.kind() == FROM && len(names) == 1 && names[0].AsName == "" {
		p.next()
		if p.kind() == NAME {
			_, _, last := p.dottedName()
			p.syntaxError(t.Pos, last.End, "Did you mean to use 'from ... import ...' instead?")
		}
		p.invalidSyntax()
	}
	return &Import{Span: Span{t.Pos, p.endOfPrev()}, Names: names}
}

// fromImportStmt parses 'from' ('.' | '...')* [dotted_name] 'import' targets.
func (p *parser) fromImportStmt() Stmt {
	t := p.next()
	s := &ImportFrom{}
	for {
		switch p.kind() {
		case DOT:
			s.Level++
		case ELLIPSIS:
			s.Level += 3
		default:
			goto name
		}
		p.next()
	}
name:
	if s.Level == 0 || p.kind() != IMPORT {
		s.Module, _, _ = p.dottedName()
	}
	p.expect(IMPORT)
	switch p.kind() {
	case STAR:
		star := p.next()
		s.Names = []*Alias{{Span: spanTok(&star, &star), Name: "*"}}
	case LPAREN:
		p.next()
		p.depth++
		s.Names = p.importAsNames()
		if p.kind() == COMMA {
			p.next()
		}
		p.expect(RPAREN)
		p.depth--
	default:
		s.Names = p.importAsNames()
		if p.kind() == COMMA {
			p.next()
			if p.kind() == NEWLINE {
				p.errorAtLast(SyntaxErrorKind, "trailing comma not allowed without surrounding parentheses")
			}
			p.invalidSyntax()
		}
	}
	s.Span = Span{t.Pos, p.endOfPrev()}
	return s
}

// importAsNames parses NAME ['as' NAME] (',' NAME ['as' NAME])*, stopping
// before a trailing comma.
func (p *parser) importAsNames() []*Alias {
	var names []*Alias
	for {
		name := p.expect(NAME)
		a := &Alias{Span: spanTok(&name, &name), Name: name.Text}
		if p.got(AS) {
			as := p.expect(NAME)
			a.AsName = as.Text
			a.EndPos = as.End
		}
		names = append(names, a)
		if p.kind() != COMMA || p.peek(1) != NAME {
			return names
		}
		p.next()
	}
}

// augOps maps augmented assignment tokens to their operators.
var augOps = map[Token]Operator{
	PLUS_EQ: Add, MINUS_EQ: Sub, STAR_EQ: Mult, AT_EQ: MatMult, SLASH_EQ: Div,
	PERCENT_EQ: Mod, STARSTAR_EQ: Pow, LTLT_EQ: LShift, GTGT_EQ: RShift,
	PIPE_EQ: BitOr, CIRCUMFLEX_EQ: BitXor, AMP_EQ: BitAnd, SLASHSLASH_EQ: FloorDiv,
}

// annotatedRHS parses yield_expr | star_expressions.
func (p *parser) annotatedRHS() Expr {
	if p.kind() == YIELD {
		return p.yieldExpr()
	}
	return p.starExpressions()
}

// exprOrAssignStmt parses an expression statement or an assignment of any
// kind: plain (possibly chained), augmented or annotated.
func (p *parser) exprOrAssignStmt() Stmt {
	first := p.annotatedRHS()
	start := p.start(first)
	k := p.kind()
	if op, ok := augOps[k]; ok {
		opTok := p.next()
		value := p.annotatedRHS()
		switch first.(type) {
		case *Name, *Attribute, *Subscript:
		case *Yield, *YieldFrom:
			if !p.isParen(first) {
				p.invalidSyntax()
			}
			p.errorNode(first, "'%s' is an illegal expression for augmented assignment", exprName(first))
		default:
			p.errorNode(first, "'%s' is an illegal expression for augmented assignment", exprName(first))
		}
		setContext(first, Store)
		return &AugAssign{Span: Span{start, p.endOfPrev()}, Target: first, Op: op, OpPos: opTok.Pos, Value: value}
	}
	switch k {
	case COLON:
		return p.annAssign(first)
	case EQ:
		firstEq := p.i
		items := []Expr{first}
		for p.kind() == EQ {
			// An invalid target is reported as soon as its '=' is seen,
			// whatever follows, as CPython's invalid_assignment does.
			if t := items[len(items)-1]; isInvalidAssignTarget(t) {
				p.invalidAssignment(items, firstEq)
			}
			p.next()
			items = append(items, p.annotatedRHS())
		}
		targets, value := items[:len(items)-1], items[len(items)-1]
		for _, t := range targets {
			setContext(t, Store)
		}
		return &Assign{Span: Span{start, p.endOfPrev()}, Targets: targets, Value: value}
	case COLONEQ:
		if _, ok := first.(*Name); ok && !p.isParen(first) {
			p.invalidSyntax()
		}
		p.invalidWalrus(first)
	}
	return &ExprStmt{Span: p.span(first, first), Value: first}
}

// isInvalidAssignTarget reports whether t can not be assigned to.
func isInvalidAssignTarget(t Expr) bool {
	switch t.(type) {
	case *Yield, *YieldFrom:
		return true
	}
	return invalidTarget(t, starTargets) != nil
}

// invalidAssignment reports an assignment with an invalid target, as
// CPython's invalid_assignment rule does. firstEq is the index of the
// first '=' token.
func (p *parser) invalidAssignment(targets []Expr, firstEq int) {
	// The last element of the first target, followed by '=' and a value,
	// is examined as a named expression first.
	last := targets[0]
	if t, ok := last.(*Tuple); ok && !p.isParen(t) {
		last = t.Elts[len(t.Elts)-1]
		if last.End() != t.End() {
			last = nil // a trailing comma
		}
	}
	if last != nil {
		if _, ok := last.(*Starred); !ok {
			save := p.i
			p.i = firstEq
			p.checkNamedAssign(last)
			p.i = save
		}
	}
	for _, t := range targets {
		switch t.(type) {
		case *Yield, *YieldFrom:
			if !p.isParen(t) {
				p.errorNode(t, "assignment to yield expression not possible")
			}
		}
		if bad := invalidTarget(t, starTargets); bad != nil {
			p.errorNode(bad, "cannot assign to %s", exprName(bad))
		}
	}
}

// annAssign parses the rest of an annotated assignment whose target has
// been parsed; the current token is ':'.
func (p *parser) annAssign(target Expr) Stmt {
	colon := p.i
	p.next() // :
	simple := false
	switch t := target.(type) {
	case *Name:
		simple = !p.isParen(t)
	case *Attribute, *Subscript:
	default:
		// CPython's first pass fails at the ':'; its second pass finds a
		// specific error only if an annotation follows.
		ann := p.speculate(p.expression)
		p.furthest = colon
		if ann == nil {
			p.invalidSyntax()
		}
	}
	ann := p.expression()
	switch t := target.(type) {
	case *Name, *Attribute, *Subscript:
	case *Yield, *YieldFrom, *Starred:
		if !p.isParen(t) {
			p.furthest = colon
			p.invalidSyntax()
		}
		p.errorNode(t, "illegal target for annotation")
	case *Tuple:
		if !p.isParen(t) && len(t.Elts) > 0 {
			p.errorNode(t.Elts[0], "only single target (not tuple) can be annotated")
		}
		p.errorNode(t, "only single target (not tuple) can be annotated")
	case *List:
		p.errorNode(t, "only single target (not list) can be annotated")
	default:
		p.errorNode(t, "illegal target for annotation")
	}
	setContext(target, Store)
	s := &AnnAssign{Target: target, Annotation: ann, Simple: simple}
	if p.got(EQ) {
		s.Value = p.annotatedRHS()
	}
	s.Span = Span{p.start(target), p.endOfPrev()}
	return s
}
