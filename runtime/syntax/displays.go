package syntax

// This file parses the bracketed atoms: parenthesized expressions, tuples
// and generator expressions; list displays and comprehensions; dict and
// set displays and comprehensions.

// parenAtom parses '(' ... ')': an empty tuple, a parenthesized yield or
// named expression, a tuple, or a generator expression.
func (p *parser) parenAtom() Expr {
	lparen := p.next()
	p.depth++
	defer func() { p.depth-- }()
	if p.kind() == RPAREN {
		rparen := p.next()
		t := &Tuple{Span: spanTok(&lparen, &rparen)}
		p.parenthesized[t] = spanTok(&lparen, &rparen)
		return t
	}
	if p.kind() == YIELD {
		x := p.yieldExpr()
		rparen := p.closeBracket(RPAREN, nil)
		p.parenthesized[x] = spanTok(&lparen, &rparen)
		return x
	}
	first := p.starNamedExpression()
	switch p.kind() {
	case RPAREN:
		rparen := p.next()
		if _, ok := first.(*Starred); ok {
			p.errorNode(first, "cannot use starred expression here")
		}
		p.parenthesized[first] = spanTok(&lparen, &rparen)
		return first
	case FOR, ASYNC:
		if _, ok := first.(*Starred); ok {
			p.errorNode(first, "iterable unpacking cannot be used in comprehension")
		}
		gens := p.forIfClauses()
		rparen := p.closeBracket(RPAREN, nil)
		return &GeneratorExp{Span: spanTok(&lparen, &rparen), Elt: first, Generators: gens}
	case COMMA:
		elts := []Expr{first}
		for p.got(COMMA) {
			if p.kind() == RPAREN {
				break
			}
			elts = append(elts, p.starNamedExpression())
		}
		rparen := p.closeBracket(RPAREN, elts[len(elts)-1])
		t := &Tuple{Span: spanTok(&lparen, &rparen), Elts: elts}
		p.parenthesized[t] = spanTok(&lparen, &rparen)
		return t
	}
	p.closeBracket(RPAREN, first)
	return nil
}

// listAtom parses '[' ... ']': a list display or a list comprehension.
func (p *parser) listAtom() Expr {
	lbrack := p.next()
	p.depth++
	defer func() { p.depth-- }()
	if p.kind() == RBRACK {
		rbrack := p.next()
		return &List{Span: spanTok(&lbrack, &rbrack)}
	}
	elts := p.displayElements(RBRACK)
	if k := p.kind(); k == FOR || k == ASYNC {
		elt := p.comprehensionElement(elts)
		gens := p.forIfClauses()
		rbrack := p.closeBracket(RBRACK, nil)
		return &ListComp{Span: spanTok(&lbrack, &rbrack), Elt: elt, Generators: gens}
	}
	rbrack := p.closeBracket(RBRACK, elts[len(elts)-1])
	return &List{Span: spanTok(&lbrack, &rbrack), Elts: elts}
}

// displayElements parses the comma-separated star_named_expressions of a
// list or set display, stopping before the closing bracket or a 'for'.
func (p *parser) displayElements(closer Token) []Expr {
	elts := []Expr{p.starNamedExpression()}
	for p.kind() == COMMA {
		p.next()
		if k := p.kind(); k == closer || k == FOR || k == ASYNC {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	return elts
}

// comprehensionElement checks the elements parsed before the 'for' of a
// list or set comprehension: there must be exactly one, not starred.
func (p *parser) comprehensionElement(elts []Expr) Expr {
	first := elts[0]
	if len(elts) > 1 {
		p.errorRange(first, elts[len(elts)-1], "did you forget parentheses around the comprehension target?")
	}
	if p.prev().Kind == COMMA {
		comma := p.prev()
		p.syntaxError(first.Pos(), comma.End, "did you forget parentheses around the comprehension target?")
	}
	if _, ok := first.(*Starred); ok {
		p.errorNode(first, "iterable unpacking cannot be used in comprehension")
	}
	return first
}

// braceAtom parses '{' ... '}': a dict or set display or comprehension.
func (p *parser) braceAtom() Expr {
	lbrace := p.next()
	p.depth++
	defer func() { p.depth-- }()
	if p.kind() == RBRACE {
		rbrace := p.next()
		return &Dict{Span: spanTok(&lbrace, &rbrace)}
	}
	if p.kind() == STARSTAR {
		return p.dictDisplay(&lbrace, nil)
	}
	first := p.starNamedExpression()
	if p.kind() == COLON {
		if _, ok := first.(*Starred); ok {
			p.invalidSyntax()
		}
		if ne, ok := first.(*NamedExpr); ok && !p.isParen(ne) {
			p.invalidSyntax()
		}
		return p.dictDisplay(&lbrace, first)
	}
	elts := []Expr{first}
	for p.kind() == COMMA {
		p.next()
		if k := p.kind(); k == RBRACE || k == FOR || k == ASYNC {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	if k := p.kind(); k == FOR || k == ASYNC {
		elt := p.comprehensionElement(elts)
		gens := p.forIfClauses()
		rbrace := p.closeBracket(RBRACE, nil)
		return &SetComp{Span: spanTok(&lbrace, &rbrace), Elt: elt, Generators: gens}
	}
	rbrace := p.closeBracket(RBRACE, elts[len(elts)-1])
	return &Set{Span: spanTok(&lbrace, &rbrace), Elts: elts}
}

// dictDisplay parses the items of a dict display or comprehension after
// its '{'. If firstKey is not nil, it is the first key, already parsed.
func (p *parser) dictDisplay(lbrace *Lexeme, firstKey Expr) Expr {
	var keys, values []Expr
	for {
		if firstKey == nil && p.kind() == STARSTAR {
			starstar := p.next()
			v := p.bitwiseOr()
			if k := p.kind(); k == FOR || k == ASYNC {
				p.syntaxError(starstar.Pos, starstar.End, "dict unpacking cannot be used in dict comprehension")
			}
			keys = append(keys, nil)
			values = append(values, v)
		} else {
			k := firstKey
			if k == nil {
				k = p.expression()
			}
			firstKey = nil
			if p.kind() != COLON {
				if len(keys) > 0 && (p.kind() == COMMA || p.kind() == RBRACE) {
					end := k.End()
					p.syntaxError(Pos{end.Line, end.Col - 1}, Pos{end.Line, 0}, "':' expected after dictionary key")
				}
				p.invalidSyntax()
			}
			colon := p.next()
			if p.kind() == STAR {
				star := p.tok()
				p.speculate(func() Expr { p.next(); return p.bitwiseOr() })
				p.syntaxError(star.Pos, star.End, "cannot use a starred expression in a dictionary value")
			}
			if p.kind() == RBRACE || p.kind() == COMMA {
				p.syntaxError(colon.Pos, colon.End, "expression expected after dictionary key and ':'")
			}
			v := p.expression()
			if kk := p.kind(); (kk == FOR || kk == ASYNC) && len(keys) == 0 {
				gens := p.forIfClauses()
				rbrace := p.closeBracket(RBRACE, nil)
				return &DictComp{Span: spanTok(lbrace, &rbrace), Key: k, Value: v, Generators: gens}
			}
			keys = append(keys, k)
			values = append(values, v)
		}
		if !p.got(COMMA) {
			break
		}
		if p.kind() == RBRACE {
			break
		}
	}
	rbrace := p.closeBracket(RBRACE, values[len(values)-1])
	return &Dict{Span: spanTok(lbrace, &rbrace), Keys: keys, Values: values}
}

// forIfClauses parses the for and if clauses of a comprehension.
func (p *parser) forIfClauses() []*Comprehension {
	var gens []*Comprehension
	for {
		start := p.tok().Pos
		isAsync := false
		switch p.kind() {
		case ASYNC:
			if p.peek(1) != FOR {
				return gens
			}
			p.next()
			isAsync = true
		case FOR:
		default:
			return gens
		}
		p.next() // for
		target := p.forTargets()
		if p.kind() != IN {
			p.invalidSyntax()
		}
		p.next()
		iter := p.disjunction()
		c := &Comprehension{IsAsync: isAsync, Target: target, Iter: iter}
		for p.kind() == IF {
			p.next()
			c.Ifs = append(c.Ifs, p.disjunction())
		}
		c.Span = Span{start, p.endOfPrev()}
		gens = append(gens, c)
	}
}
