package syntax

// This file parses expressions, from the comma-separated lists of
// star_expressions down to atoms. The functions are named after the rules
// of CPython's grammar (Grammar/python.gram) they implement.

// starExpressions parses star_expressions: one or more star_expression
// separated by commas; with a comma the result is a Tuple.
func (p *parser) starExpressions() Expr {
	first := p.starExpression()
	if p.kind() != COMMA {
		return first
	}
	elts := []Expr{first}
	for p.got(COMMA) {
		if !p.startsExpression() && p.kind() != STAR {
			break
		}
		elts = append(elts, p.starExpression())
	}
	return &Tuple{Span: Span{p.start(first), p.endOfPrev()}, Elts: elts}
}

// starExpression parses '*' bitwise_or | expression.
func (p *parser) starExpression() Expr {
	if p.kind() == STAR {
		star := p.next()
		x := p.bitwiseOr()
		return &Starred{Span: Span{star.Pos, p.endOfPrev()}, Value: x}
	}
	return p.expression()
}

// starNamedExpression parses '*' bitwise_or | named_expression, an element
// of a list, tuple or set display.
func (p *parser) starNamedExpression() Expr {
	if p.kind() == STAR {
		star := p.next()
		start := p.i
		x := p.bitwiseOr()
		// CPython's invalid_comprehension reads '*' expression here.
		p.checkJuxtaposed(start, x)
		return &Starred{Span: Span{star.Pos, p.endOfPrev()}, Value: x}
	}
	return p.namedExpression()
}

// namedExpression parses NAME ':=' expression | expression.
func (p *parser) namedExpression() Expr {
	if p.kind() == NAME && p.peek(1) == COLONEQ {
		name := p.next()
		p.next() // :=
		value := p.expression()
		target := &Name{Span: spanTok(&name, &name), Id: name.Text, Ctx: Store}
		return &NamedExpr{Span: Span{name.Pos, p.endOfPrev()}, Target: target, Value: value}
	}
	x := p.expression()
	if p.kind() == COLONEQ {
		p.invalidWalrus(x)
	}
	return x
}

// invalidWalrus reports x := ... where x is not a name. CPython reports it
// only if an expression follows the ':='; otherwise it reports a generic
// error at the ':='.
func (p *parser) invalidWalrus(x Expr) {
	colonEq := p.i
	value := p.speculate(func() Expr {
		p.next()
		return p.expression()
	})
	p.furthest = colonEq
	if value == nil {
		p.invalidSyntax()
	}
	p.errorNode(x, "cannot use assignment expressions with %s", exprName(x))
}

// expression parses a conditional expression, a lambda, or a disjunction.
// Inside brackets it also recognizes two expressions with no comma between
// them, as CPython's invalid_expression rule does.
func (p *parser) expression() Expr {
	p.enter()
	defer p.leave()
	if p.kind() == LAMBDA {
		return p.lambdef()
	}
	start := p.i
	x := p.disjunction()
	if p.kind() == IF {
		p.next()
		test := p.disjunction()
		if p.kind() != ELSE {
			if p.kind() != COLON {
				p.errorRange(x, test, "expected 'else' after 'if' expression")
			}
			p.invalidSyntax()
		}
		p.next()
		orelse := p.expression()
		return &IfExp{Span: p.span(x, orelse), Test: test, Body: x, Else: orelse}
	}
	p.checkJuxtaposed(start, x)
	return x
}

// startsExpression reports whether the current token can begin an
// expression (not counting '*').
func (p *parser) startsExpression() bool {
	switch p.kind() {
	case NAME, INT, FLOAT, IMAG, STRING, FSTRING_START, LPAREN, LBRACK, LBRACE,
		ELLIPSIS, TRUE, FALSE, NONE, MINUS, PLUS, TILDE, NOT, LAMBDA, AWAIT:
		return true
	}
	return false
}

// checkJuxtaposed reports an expression followed directly by another
// expression: print "x" (a Python 2 print statement) anywhere, and inside
// brackets a missing comma, as CPython's invalid_legacy_expression and
// invalid_expression rules do. start is the index of x's first token.
func (p *parser) checkJuxtaposed(start int, x Expr) {
	if p.speculating || !p.startsExpression() {
		return
	}
	name, isName := x.(*Name)
	legacy := isName && (name.Id == "print" || name.Id == "exec") && p.kind() != LPAREN
	if legacy {
		if b := p.speculate(p.starExpressions); b != nil {
			p.errorRange(x, b, "Missing parentheses in call to '%s'. Did you mean %s(...)?", name.Id, name.Id)
		}
		return
	}
	// CPython does not suggest a comma after a soft keyword, or between a
	// name and a string (which may be a misspelled string prefix).
	first := &p.toks[start]
	excluded := first.Kind == NAME && (p.rawKind(start+1) == STRING || isSoftKeyword(first.Text))
	// CPython reads the second expression even when it makes no
	// suggestion, and then reports a lexical error that reading it reaches.
	if b := p.speculate(p.disjunctionOrLambda); b != nil && p.depth > 0 && !excluded {
		p.errorRange(x, b, "invalid syntax. Perhaps you forgot a comma?")
	}
	// A Python 2 print statement after a name: CPython reads the name and
	// what follows as a print statement, and then the print statement
	// itself.
	t := p.tok()
	if _, ok := x.(*Name); ok && !p.isParen(x) && t.Kind == NAME && (t.Text == "print" || t.Text == "exec") && p.rawKind(p.i+1) != LPAREN {
		printTok := *t
		b := p.speculate(func() Expr {
			p.next()
			if !p.startsExpression() && p.kind() != STAR {
				p.invalidSyntax()
			}
			return p.starExpressions()
		})
		if b != nil {
			p.syntaxError(printTok.Pos, b.End(), "Missing parentheses in call to '%s'. Did you mean %s(...)?", printTok.Text, printTok.Text)
		}
	}
}

// disjunctionOrLambda parses an expression without the checks of
// expression (CPython's expression_without_invalid).
func (p *parser) disjunctionOrLambda() Expr {
	if p.kind() == LAMBDA {
		return p.lambdef()
	}
	x := p.disjunction()
	if p.kind() == IF {
		var ifExp Expr
		p.try(func() {
			p.next()
			test := p.disjunction()
			p.expect(ELSE)
			orelse := p.disjunctionOrLambda()
			ifExp = &IfExp{Span: p.span(x, orelse), Test: test, Body: x, Else: orelse}
		})
		if ifExp != nil {
			return ifExp
		}
	}
	return x
}

// isSoftKeyword reports whether s is one of Python 3.12's soft keywords.
func isSoftKeyword(s string) bool {
	return s == "_" || s == "case" || s == "match" || s == "type"
}

// operand parses the right operand of a binary operator, with the
// operator, and appends it to operands. If that fails with a generic
// error, it restores the position before the operator and returns false,
// as CPython's PEG parser falls back to the shorter expression; its
// caller then fails at the operator, while the generic error, if any,
// stays at the furthest token. Specific errors are reported.
func (p *parser) operand(parse func() Expr, operands *[]Expr) bool {
	var y Expr
	ok, err, generic := p.try(func() { y = parse() })
	if !ok {
		if !generic {
			p.err = err
			panic(bailout{})
		}
		return false
	}
	*operands = append(*operands, y)
	return true
}

// disjunction parses conjunction ('or' conjunction)*.
func (p *parser) disjunction() Expr {
	x := p.conjunction()
	if p.kind() != OR {
		return x
	}
	values := []Expr{x}
	for p.kind() == OR && p.operand(func() Expr { p.next(); return p.conjunction() }, &values) {
	}
	if len(values) == 1 {
		return x
	}
	return &BoolOp{Span: p.span(x, values[len(values)-1]), Op: Or, Values: values}
}

// conjunction parses inversion ('and' inversion)*.
func (p *parser) conjunction() Expr {
	x := p.inversion()
	if p.kind() != AND {
		return x
	}
	values := []Expr{x}
	for p.kind() == AND && p.operand(func() Expr { p.next(); return p.inversion() }, &values) {
	}
	if len(values) == 1 {
		return x
	}
	return &BoolOp{Span: p.span(x, values[len(values)-1]), Op: And, Values: values}
}

// inversion parses 'not' inversion | comparison.
func (p *parser) inversion() Expr {
	p.enter()
	defer p.leave()
	if p.kind() == NOT {
		not := p.next()
		x := p.inversion()
		return &UnaryOp{Span: Span{not.Pos, p.endOfPrev()}, Op: Not, Operand: x}
	}
	return p.comparison()
}

// comparison parses bitwise_or (compare_op bitwise_or)*.
func (p *parser) comparison() Expr {
	x := p.bitwiseOr()
	var ops []CmpOp
	var comparators []Expr
	for {
		var op CmpOp
		switch p.kind() {
		case EQL:
			op = Eq
		case NEQ:
			op = NotEq
		case LT:
			op = Lt
		case LE:
			op = LtE
		case GT:
			op = Gt
		case GE:
			op = GtE
		case IN:
			op = In
		case NOT:
			if p.peek(1) != IN {
				goto done
			}
			op = NotIn
		case IS:
			op = Is
			if p.peek(1) == NOT {
				op = IsNot
			}
		default:
			goto done
		}
		if !p.operand(func() Expr {
			if op == NotIn || op == IsNot {
				p.next()
			}
			p.next()
			return p.bitwiseOr()
		}, &comparators) {
			break
		}
		ops = append(ops, op)
	}
done:
	if len(ops) == 0 {
		return x
	}
	return &Compare{Span: p.span(x, comparators[len(comparators)-1]), Left: x, Ops: ops, Comparators: comparators}
}

// binaryLevels lists the binary operators by increasing precedence, from
// bitwise_or to term.
var binaryLevels = [...][]struct {
	tok Token
	op  Operator
}{
	{{PIPE, BitOr}},
	{{CIRCUMFLEX, BitXor}},
	{{AMP, BitAnd}},
	{{LTLT, LShift}, {GTGT, RShift}},
	{{PLUS, Add}, {MINUS, Sub}},
	{{STAR, Mult}, {SLASH, Div}, {SLASHSLASH, FloorDiv}, {PERCENT, Mod}, {AT, MatMult}},
}

// bitwiseOr parses bitwise_or and, below it, all the left-associative
// binary operators.
func (p *parser) bitwiseOr() Expr { return p.binary(0) }

// binary parses the binary operators of binaryLevels[level] and above.
func (p *parser) binary(level int) Expr {
	if level == len(binaryLevels) {
		return p.factor()
	}
	x := p.binary(level + 1)
	for {
		k := p.kind()
		found := false
		for _, o := range binaryLevels[level] {
			if o.tok == k {
				opTok := *p.tok()
				var right []Expr
				if !p.operand(func() Expr { p.next(); return p.binary(level + 1) }, &right) {
					return x
				}
				y := right[0]
				x = &BinOp{Span: p.span(x, y), Left: x, Op: o.op, OpPos: opTok.Pos, Right: y}
				found = true
				break
			}
		}
		if !found {
			return x
		}
	}
}

// factor parses ('+' | '-' | '~') factor | power.
func (p *parser) factor() Expr {
	p.enter()
	defer p.leave()
	var op UnaryOpKind
	switch p.kind() {
	case PLUS:
		op = UAdd
	case MINUS:
		op = USub
	case TILDE:
		op = Invert
	default:
		return p.power()
	}
	t := p.next()
	x := p.factor()
	return &UnaryOp{Span: Span{t.Pos, p.endOfPrev()}, Op: op, Operand: x}
}

// power parses await_primary ['**' factor].
func (p *parser) power() Expr {
	x := p.awaitPrimary()
	if p.kind() == STARSTAR {
		opTok := p.next()
		y := p.factor()
		return &BinOp{Span: p.span(x, y), Left: x, Op: Pow, OpPos: opTok.Pos, Right: y}
	}
	return x
}

// awaitPrimary parses 'await' primary | primary.
func (p *parser) awaitPrimary() Expr {
	if p.kind() == AWAIT {
		t := p.next()
		x := p.primary()
		return &Await{Span: Span{t.Pos, p.endOfPrev()}, Value: x}
	}
	return p.primary()
}

// primary parses an atom followed by attribute references, calls and
// subscriptions.
func (p *parser) primary() Expr {
	x := p.atom()
	for {
		var trailer func() Expr
		switch p.kind() {
		case DOT:
			trailer = func() Expr {
				p.next()
				name := p.expect(NAME)
				return &Attribute{Span: Span{p.start(x), name.End}, Value: x, Attr: name.Text, AttrPos: name.Pos, Ctx: Load}
			}
		case LPAREN:
			trailer = func() Expr { return p.call(x) }
		case LBRACK:
			trailer = func() Expr {
				lbrack := p.next()
				p.depth++
				index := p.slices()
				p.closeBracket(RBRACK, index)
				p.depth--
				return &Subscript{Span: Span{p.start(x), p.endOfPrev()}, Value: x, Slice: index, Lbrack: lbrack.Pos, Ctx: Load}
			}
		default:
			return x
		}
		// A trailer that fails with a generic error leaves the shorter
		// primary, as in CPython's PEG parser; its caller then fails at
		// the trailer.
		var next []Expr
		if !p.operand(trailer, &next) {
			return x
		}
		x = next[0]
	}
}

// closeBracket consumes the closing bracket k that must follow the last
// element last of a bracketed list, or reports an error.
func (p *parser) closeBracket(k Token, last Expr) Lexeme {
	if p.kind() != k {
		if last != nil && p.kind() == EQ {
			p.checkNamedAssign(last)
		}
		p.invalidSyntax()
	}
	return p.next()
}

// slices parses the contents of a subscription: a slice, an expression, or
// several of them (or starred expressions) separated by commas, which form
// a Tuple.
func (p *parser) slices() Expr {
	first := p.slice()
	if _, ok := first.(*Starred); !ok && p.kind() != COMMA {
		return first
	}
	elts := []Expr{first}
	for p.got(COMMA) {
		if p.kind() == RBRACK {
			break
		}
		elts = append(elts, p.slice())
	}
	return &Tuple{Span: Span{p.start(first), p.endOfPrev()}, Elts: elts}
}

// slice parses [expression] ':' [expression] [':' [expression]], a
// named_expression, or a starred expression.
func (p *parser) slice() Expr {
	if p.kind() == STAR {
		star := p.next()
		x := p.expression()
		return &Starred{Span: Span{star.Pos, p.endOfPrev()}, Value: x}
	}
	start := p.tok().Pos
	var lower Expr
	if p.kind() != COLON {
		lower = p.namedExpression()
		if p.kind() != COLON {
			return lower
		}
		if _, ok := lower.(*NamedExpr); ok && !p.isParen(lower) {
			p.invalidSyntax()
		}
	}
	p.next() // :
	s := &Slice{Lower: lower}
	if p.startsExpression() {
		s.Upper = p.expression()
	}
	if p.got(COLON) {
		if p.startsExpression() {
			s.Step = p.expression()
		}
	}
	s.Span = Span{start, p.endOfPrev()}
	return s
}

// atom parses a name, a literal, or a bracketed display.
func (p *parser) atom() Expr {
	t := p.tok()
	switch t.Kind {
	case NAME:
		p.next()
		return &Name{Span: spanTok(t, t), Id: t.Text, Ctx: Load}
	case TRUE, FALSE, NONE:
		p.next()
		var v any
		switch t.Kind {
		case TRUE:
			v = true
		case FALSE:
			v = false
		}
		return &Constant{Span: spanTok(t, t), Value: v}
	case ELLIPSIS:
		p.next()
		return &Constant{Span: spanTok(t, t), Value: Ellipsis{}}
	case INT, FLOAT, IMAG:
		p.next()
		return &Constant{Span: spanTok(t, t), Value: p.numberValue(t)}
	case STRING, FSTRING_START:
		return p.strings()
	case LPAREN:
		return p.parenAtom()
	case LBRACK:
		return p.listAtom()
	case LBRACE:
		return p.braceAtom()
	}
	p.invalidSyntax()
	return nil
}

// yieldExpr parses 'yield' 'from' expression | 'yield' [star_expressions].
func (p *parser) yieldExpr() Expr {
	t := p.next() // yield
	if p.got(FROM) {
		x := p.expression()
		return &YieldFrom{Span: Span{t.Pos, p.endOfPrev()}, Value: x}
	}
	if p.startsExpression() || p.kind() == STAR {
		x := p.starExpressions()
		return &Yield{Span: Span{t.Pos, p.endOfPrev()}, Value: x}
	}
	return &Yield{Span: spanTok(&t, &t)}
}

// lambdef parses 'lambda' [lambda_params] ':' expression.
func (p *parser) lambdef() Expr {
	t := p.next() // lambda
	args := p.parameters(false, COLON)
	colon := p.tok()
	if colon.Kind != COLON {
		p.invalidSyntax()
	}
	p.next()
	if p.kind() == FSTRING_MIDDLE {
		p.syntaxError(t.Pos, colon.End, "f-string: lambda expressions are not allowed without parentheses")
	}
	body := p.expression()
	return &Lambda{Span: Span{t.Pos, p.endOfPrev()}, Args: args, Body: body}
}
