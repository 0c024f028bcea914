package syntax

// This file parses the match statement and its patterns (PEP 634),
// following the rules of CPython 3.12's grammar: match_stmt, case_block,
// patterns and the pattern rules below them, with their invalid_ rules.
//
// match and case are soft keywords. A statement starting with the name
// match is a match statement when "match" subject_expr ':' NEWLINE parses,
// as in CPython, whose grammar tries the match statement before simple
// statements; otherwise it is parsed as an ordinary statement, and only if
// that fails too is "match x" followed by a newline reported as a missing
// ':'.
//
// Errors that CPython's compiler raises (unreachable patterns, repeated
// names, alternatives binding different names, duplicate mapping keys)
// are the compiler's business here too.

// isMatchStmt reports whether the statement at the current token, a NAME
// "match", is a match statement: "match" subject_expr ':' NEWLINE.
func (p *parser) isMatchStmt() bool {
	if p.rawKind(p.i+1) == EQ || p.rawKind(p.i+1) == NEWLINE {
		return false
	}
	ok, _, _ := p.attempt(func() {
		p.next()
		p.subjectExpr()
		p.expect(COLON)
		p.expect(NEWLINE)
	})
	return ok
}

// matchSimpleStmts parses simple statements that start with the name
// match, reporting CPython's invalid_match_stmt error ("expected ':'")
// when they fail and "match" subject_expr NEWLINE parses.
func (p *parser) matchSimpleStmts() []Stmt {
	var stmts []Stmt
	ok, err, generic := p.try(func() { stmts = p.simpleStmts() })
	if ok {
		return stmts
	}
	if generic && !p.speculating {
		ok, specific, _ := p.attempt(func() {
			p.next()
			x := p.subjectExpr()
			switch p.kind() {
			case NEWLINE:
				p.furthest = p.i
				p.errorAtLast(SyntaxErrorKind, "expected ':'")
			case EQ:
				p.checkNamedAssign(x)
			}
			p.invalidSyntax()
		})
		if !ok && specific != nil && specific.Msg != "invalid syntax" {
			err, generic = specific, false
		}
	}
	p.err = err
	p.genericErr = generic
	panic(bailout{})
}

// subjectExpr parses the subject of a match statement:
// star_named_expression ',' star_named_expressions? | named_expression.
func (p *parser) subjectExpr() Expr {
	first := p.starNamedExpression()
	if p.kind() != COMMA {
		if _, ok := first.(*Starred); ok {
			p.invalidSyntax()
		}
		return first
	}
	elts := []Expr{first}
	for p.got(COMMA) {
		if !p.startsExpression() && p.kind() != STAR {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	return &Tuple{Span: Span{p.start(first), p.endOfPrev()}, Elts: elts, Ctx: Load}
}

// matchStmt parses a match statement; isMatchStmt has checked its header.
func (p *parser) matchStmt() Stmt {
	kw := p.next()
	subject := p.subjectExpr()
	p.expect(COLON)
	p.expect(NEWLINE)
	if p.kind() != INDENT {
		p.errorAtLast(IndentationErrorKind, "expected an indented block after 'match' statement on line %d", kw.Pos.Line)
	}
	p.next()
	s := &Match{Subject: subject}
	for p.kind() != DEDENT {
		if !p.isName("case") {
			p.invalidSyntax()
		}
		s.Cases = append(s.Cases, p.caseBlock())
	}
	p.next()
	s.Span = Span{kw.Pos, p.blockEnd}
	return s
}

// caseBlock parses "case" patterns guard? ':' block.
func (p *parser) caseBlock() *MatchCase {
	kw := p.next()
	c := &MatchCase{Pattern: p.patterns()}
	if p.got(IF) {
		c.Guard = p.namedExpression()
	}
	if p.kind() == NEWLINE {
		p.errorAtLast(SyntaxErrorKind, "expected ':'")
	}
	p.expect(COLON)
	c.Body = p.block(&kw, "'case' statement")
	c.Span = Span{kw.Pos, p.blockEnd}
	return c
}

// startsPattern reports whether the current token can begin a pattern or
// a star pattern.
func (p *parser) startsPattern() bool {
	switch p.kind() {
	case NAME, INT, FLOAT, IMAG, STRING, FSTRING_START, MINUS, LPAREN, LBRACK, LBRACE,
		NONE, TRUE, FALSE, STAR:
		return true
	}
	return false
}

// patterns parses open_sequence_pattern | pattern, the pattern of a case.
func (p *parser) patterns() Pattern {
	start := p.tok().Pos
	first := p.maybeStarPattern()
	if p.kind() != COMMA {
		if _, ok := first.(*MatchStar); ok {
			p.invalidSyntax()
		}
		return first
	}
	pats := []Pattern{first}
	for p.got(COMMA) {
		if !p.startsPattern() {
			break
		}
		pats = append(pats, p.maybeStarPattern())
	}
	return &MatchSequence{Span: Span{start, p.endOfPrev()}, Patterns: pats}
}

// maybeStarPattern parses star_pattern | pattern.
func (p *parser) maybeStarPattern() Pattern {
	if p.kind() != STAR {
		return p.pattern()
	}
	star := p.next()
	if p.isName("_") {
		p.next()
		return &MatchStar{Span: Span{star.Pos, p.endOfPrev()}}
	}
	name := p.captureTarget()
	return &MatchStar{Span: Span{star.Pos, p.endOfPrev()}, Name: name}
}

// captureTarget parses pattern_capture_target: !"_" NAME !('.' | '(' | '=').
func (p *parser) captureTarget() string {
	t := p.tok()
	if t.Kind != NAME || t.Text == "_" {
		p.invalidSyntax()
	}
	switch p.peek(1) {
	case DOT, LPAREN, EQ:
		p.next()
		p.invalidSyntax()
	}
	p.next()
	return t.Text
}

// pattern parses as_pattern | or_pattern.
func (p *parser) pattern() Pattern {
	p.enter()
	defer p.leave()
	start := p.tok().Pos
	or := p.orPattern()
	if p.kind() != AS {
		return or
	}
	p.next()
	t := p.tok()
	if t.Kind == NAME && t.Text == "_" {
		p.syntaxError(t.Pos, t.End, "cannot use '_' as a target")
	}
	if t.Kind != NAME {
		if x := p.speculate(p.expression); x != nil {
			p.errorNode(x, "invalid pattern target")
		}
		p.invalidSyntax()
	}
	name := p.captureTarget()
	return &MatchAs{Span: Span{start, p.endOfPrev()}, Pattern: or, Name: name}
}

// orPattern parses '|'.closed_pattern+.
func (p *parser) orPattern() Pattern {
	start := p.tok().Pos
	first := p.closedPattern()
	if p.kind() != PIPE {
		return first
	}
	pats := []Pattern{first}
	for p.got(PIPE) {
		pats = append(pats, p.closedPattern())
	}
	return &MatchOr{Span: Span{start, p.endOfPrev()}, Patterns: pats}
}

// closedPattern parses the closed patterns: literal, capture, wildcard,
// value, group, sequence, mapping and class patterns.
func (p *parser) closedPattern() Pattern {
	t := p.tok()
	switch t.Kind {
	case NONE, TRUE, FALSE:
		p.next()
		var v any
		if t.Kind != NONE {
			v = t.Kind == TRUE
		}
		return &MatchSingleton{Span: spanTok(t, t), Value: v}
	case INT, FLOAT, IMAG, MINUS, STRING, FSTRING_START:
		x := p.literalExpr()
		return &MatchValue{Span: Span{t.Pos, p.endOfPrev()}, Value: x}
	case LPAREN:
		return p.parenPattern()
	case LBRACK:
		lbrack := p.next()
		p.depth++
		pats := p.maybeSequencePattern(RBRACK)
		p.depth--
		rbrack := p.expect(RBRACK)
		return &MatchSequence{Span: spanTok(&lbrack, &rbrack), Patterns: pats}
	case LBRACE:
		return p.mappingPattern()
	case NAME:
		k := p.peek(1)
		if k != DOT && k != LPAREN {
			if t.Text == "_" {
				p.next()
				return &MatchAs{Span: spanTok(t, t)}
			}
			name := p.captureTarget()
			return &MatchAs{Span: spanTok(t, t), Name: name}
		}
		cls := p.nameOrAttr()
		if p.kind() == LPAREN {
			return p.classPattern(cls)
		}
		return &MatchValue{Span: Span{t.Pos, p.endOfPrev()}, Value: cls}
	}
	p.invalidSyntax()
	return nil
}

// literalExpr parses a literal of a literal pattern or of a mapping key:
// a signed number, a complex number written real+imag or real-imag, or
// strings. None, True and False are handled by the callers.
func (p *parser) literalExpr() Expr {
	t := p.tok()
	if t.Kind == STRING || t.Kind == FSTRING_START {
		return p.strings()
	}
	real := p.signedNumber()
	if p.kind() != PLUS && p.kind() != MINUS {
		return real
	}
	if num := realNumber(real); isImaginary(num) {
		p.syntaxError(num.Pos(), num.End(), "real number required in complex literal")
	}
	opTok := p.next()
	it := p.tok()
	if it.Kind != INT && it.Kind != FLOAT && it.Kind != IMAG {
		p.invalidSyntax()
	}
	p.next()
	imag := &Constant{Span: spanTok(it, it), Value: p.numberValue(it)}
	if !isImaginary(imag) {
		p.syntaxError(it.Pos, it.End, "imaginary number required in complex literal")
	}
	op := Add
	if opTok.Kind == MINUS {
		op = Sub
	}
	return &BinOp{Span: Span{t.Pos, p.endOfPrev()}, Left: real, Op: op, OpPos: opTok.Pos, Right: imag}
}

// realNumber returns the number constant of a signed number.
func realNumber(x Expr) *Constant {
	if u, ok := x.(*UnaryOp); ok {
		return u.Operand.(*Constant)
	}
	return x.(*Constant)
}

// isImaginary reports whether a number constant is imaginary.
func isImaginary(c *Constant) bool {
	_, ok := c.Value.(complex128)
	return ok
}

// signedNumber parses NUMBER | '-' NUMBER.
func (p *parser) signedNumber() Expr {
	var minus *Lexeme
	if p.kind() == MINUS {
		m := p.next()
		minus = &m
	}
	t := p.tok()
	if t.Kind != INT && t.Kind != FLOAT && t.Kind != IMAG {
		p.invalidSyntax()
	}
	p.next()
	num := &Constant{Span: spanTok(t, t), Value: p.numberValue(t)}
	if minus == nil {
		return num
	}
	return &UnaryOp{Span: Span{minus.Pos, t.End}, Op: USub, Operand: num}
}

// nameOrAttr parses NAME ('.' NAME)*, as a Name or Attribute in the Load
// context.
func (p *parser) nameOrAttr() Expr {
	t := p.expect(NAME)
	var x Expr = &Name{Span: spanTok(&t, &t), Id: t.Text, Ctx: Load}
	for p.got(DOT) {
		attr := p.expect(NAME)
		x = &Attribute{Span: Span{t.Pos, attr.End}, Value: x, Attr: attr.Text, AttrPos: attr.Pos, Ctx: Load}
	}
	return x
}

// parenPattern parses a group pattern '(' pattern ')' or a parenthesized
// sequence pattern '(' open_sequence_pattern? ')'.
func (p *parser) parenPattern() Pattern {
	lparen := p.next()
	p.depth++
	if p.kind() == RPAREN {
		p.depth--
		rparen := p.next()
		return &MatchSequence{Span: spanTok(&lparen, &rparen)}
	}
	first := p.maybeStarPattern()
	if p.kind() == RPAREN {
		if _, ok := first.(*MatchStar); ok {
			p.invalidSyntax()
		}
		p.depth--
		p.next()
		return first
	}
	if p.kind() != COMMA {
		p.invalidSyntax()
	}
	pats := []Pattern{first}
	for p.got(COMMA) {
		if p.kind() == RPAREN {
			break
		}
		pats = append(pats, p.maybeStarPattern())
	}
	p.depth--
	rparen := p.expect(RPAREN)
	return &MatchSequence{Span: spanTok(&lparen, &rparen), Patterns: pats}
}

// maybeSequencePattern parses ','.maybe_star_pattern+ ','? up to closer,
// which it does not consume; it may be empty.
func (p *parser) maybeSequencePattern(closer Token) []Pattern {
	var pats []Pattern
	for p.kind() != closer {
		pats = append(pats, p.maybeStarPattern())
		if !p.got(COMMA) {
			break
		}
	}
	return pats
}

// mappingPattern parses '{' items_pattern? double_star_pattern? '}'.
func (p *parser) mappingPattern() Pattern {
	lbrace := p.next()
	p.depth++
	m := &MatchMapping{}
	for p.kind() != RBRACE {
		if p.kind() == STARSTAR {
			p.next()
			m.Rest = p.captureTarget()
			p.got(COMMA)
			break
		}
		m.Keys = append(m.Keys, p.mappingKey())
		p.expect(COLON)
		m.Patterns = append(m.Patterns, p.pattern())
		if !p.got(COMMA) {
			break
		}
	}
	p.depth--
	rbrace := p.expect(RBRACE)
	m.Span = spanTok(&lbrace, &rbrace)
	return m
}

// mappingKey parses a key of a mapping pattern: literal_expr | attr.
func (p *parser) mappingKey() Expr {
	t := p.tok()
	switch t.Kind {
	case NONE, TRUE, FALSE:
		p.next()
		var v any
		if t.Kind != NONE {
			v = t.Kind == TRUE
		}
		return &Constant{Span: spanTok(t, t), Value: v}
	case INT, FLOAT, IMAG, MINUS, STRING, FSTRING_START:
		return p.literalExpr()
	case NAME:
		if p.peek(1) != DOT {
			p.next()
			p.invalidSyntax()
		}
		return p.nameOrAttr()
	}
	p.invalidSyntax()
	return nil
}

// classPattern parses the arguments of a class pattern after its class:
// '(' positional_patterns? keyword_patterns? ')', reporting positional
// patterns that follow keyword patterns as CPython's invalid_class_pattern
// rule does.
func (p *parser) classPattern(cls Expr) Pattern {
	p.next() // (
	p.depth++
	c := &MatchClass{Cls: cls}
	for p.kind() != RPAREN {
		if p.kind() == NAME && p.peek(1) == EQ {
			name := p.next()
			p.next()
			c.KwdAttrs = append(c.KwdAttrs, name.Text)
			c.KwdPatterns = append(c.KwdPatterns, p.pattern())
		} else {
			pat := p.pattern()
			if len(c.KwdAttrs) > 0 {
				p.positionalAfterKeyword(pat)
			}
			c.Patterns = append(c.Patterns, pat)
		}
		if !p.got(COMMA) {
			break
		}
	}
	p.depth--
	rparen := p.expect(RPAREN)
	c.Span = Span{cls.Pos(), rparen.End}
	return c
}

// positionalAfterKeyword reports the positional patterns that start with
// first and follow keyword patterns in a class pattern.
func (p *parser) positionalAfterKeyword(first Pattern) {
	last := first
	for p.kind() == COMMA {
		saved := p.i
		p.next()
		if !p.startsPattern() || p.kind() == STAR || (p.kind() == NAME && p.peek(1) == EQ) {
			p.i = saved
			break
		}
		var x Pattern
		if ok, _, _ := p.try(func() { x = p.pattern() }); !ok {
			p.i = saved
			break
		}
		last = x
	}
	p.errorRange(first, last, "positional patterns follow keyword patterns")
}
