package syntax

// This file parses call arguments and the parameter lists of def and
// lambda, with CPython's messages for their many invalid forms.

// call parses the argument list of a call of fn; the current token is '('.
func (p *parser) call(fn Expr) Expr { return p.arguments(fn, true) }

// arguments parses the argument list of a call or of a class header
// (which may not be a bare generator expression); the current token is
// '('.
func (p *parser) arguments(fn Expr, allowGenexp bool) Expr {
	lparen := p.next()
	p.depth++
	defer func() { p.depth-- }()
	c := &Call{Func: fn, Lparen: lparen.Pos}
	sawKeyword, sawDoubleStar := false, false
	positionalAfterKeyword := false
	nargs := 0
	for p.kind() != RPAREN {
		nargs++
		t := p.tok()
		switch {
		case t.Kind == STAR:
			star := p.next()
			x := p.expression()
			if sawDoubleStar {
				p.syntaxError(star.Pos, star.End, "iterable argument unpacking follows keyword argument unpacking")
			}
			if k := p.kind(); k == FOR || k == ASYNC {
				p.syntaxError(star.Pos, x.End(), "iterable unpacking cannot be used in comprehension")
			}
			c.Args = append(c.Args, &Starred{Span: Span{star.Pos, p.endOfPrev()}, Value: x})
		case t.Kind == STARSTAR:
			starstar := p.next()
			x := p.expression()
			if p.kind() == EQ {
				eq := p.next()
				v := p.speculate(p.expression)
				if v != nil {
					p.syntaxError(starstar.Pos, v.End(), "cannot assign to keyword argument unpacking")
				}
				_ = eq
				p.invalidSyntax()
			}
			c.Keywords = append(c.Keywords, &Keyword{Span: Span{starstar.Pos, p.endOfPrev()}, Value: x})
			sawKeyword, sawDoubleStar = true, true
		case (t.Kind == TRUE || t.Kind == FALSE || t.Kind == NONE) && p.peek(1) == EQ:
			eq := &p.toks[p.i+1]
			p.syntaxError(t.Pos, eq.End, "cannot assign to %s", t.Kind)
		case t.Kind == NAME && p.peek(1) == EQ:
			name := p.next()
			eq := p.next()
			if k := p.kind(); k == COMMA || k == RPAREN {
				p.syntaxError(name.Pos, eq.End, "expected argument value expression")
			}
			x := p.expression()
			if k := p.kind(); k == FOR || k == ASYNC {
				p.syntaxError(name.Pos, eq.End, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
			}
			c.Keywords = append(c.Keywords, &Keyword{Span: Span{name.Pos, p.endOfPrev()}, Arg: name.Text, Value: x})
			sawKeyword = true
		default:
			var x Expr
			if t.Kind == NAME && p.peek(1) == COLONEQ {
				x = p.namedExpression()
			} else {
				x = p.expression()
				if p.kind() == COLONEQ {
					p.invalidSyntax()
				}
			}
			if p.kind() == EQ {
				eq := p.tok()
				p.syntaxError(x.Pos(), eq.End, "expression cannot contain assignment, perhaps you meant \"==\"?")
			}
			if k := p.kind(); (k == FOR || k == ASYNC) && allowGenexp {
				gens := p.forIfClauses()
				if nargs == 1 && p.kind() == RPAREN {
					rparen := p.next()
					g := &GeneratorExp{Span: spanTok(&lparen, &rparen), Elt: x, Generators: gens}
					c.Args = append(c.Args, g)
					c.Span = Span{p.start(fn), rparen.End}
					c.Rparen = rparen.Pos
					return c
				}
				if nargs > 1 || p.kind() == COMMA {
					p.syntaxError(x.Pos(), lastComprehensionItem(gens).End(), "Generator expression must be parenthesized")
				}
				p.closeBracket(RPAREN, nil)
			}
			if sawKeyword {
				positionalAfterKeyword = true
			}
			c.Args = append(c.Args, x)
		}
		if !p.got(COMMA) {
			break
		}
	}
	if p.kind() != RPAREN {
		if p.kind() == EQ && len(c.Args) > 0 {
			p.checkNamedAssign(c.Args[len(c.Args)-1])
		}
		p.invalidSyntax()
	}
	if positionalAfterKeyword {
		if sawDoubleStar {
			p.errorAtLast(SyntaxErrorKind, "positional argument follows keyword argument unpacking")
		}
		p.errorAtLast(SyntaxErrorKind, "positional argument follows keyword argument")
	}
	rparen := p.next()
	c.Span = Span{p.start(fn), rparen.End}
	c.Rparen = rparen.Pos
	return c
}

// lastComprehensionItem returns the last expression of a comprehension's
// clauses: its last if condition, or else its iterable.
func lastComprehensionItem(gens []*Comprehension) Expr {
	g := gens[len(gens)-1]
	if len(g.Ifs) > 0 {
		return g.Ifs[len(g.Ifs)-1]
	}
	return g.Iter
}

// parameters parses the parameter list of a def (isDef) or lambda, up to
// the closer token, which it does not consume.
func (p *parser) parameters(isDef bool, closer Token) *Arguments {
	a := &Arguments{}
	start := p.tok().Pos
	seenSlash, seenStar := false, false
	// CPython reports a parameter without a default after parameters with
	// defaults only right after the first run of them (which may end with
	// '/'): defaults is 0 before that run, 1 during it, and 2 after it.
	defaults, slashAfterDefaults := 0, false
	var kwarg *Arg
	count := 0
	for p.kind() != closer {
		t := p.tok()
		if kwarg != nil {
			if t.Kind == NAME {
				arg := p.param(isDef, false)
				p.errorNode(arg, "arguments cannot follow var-keyword argument")
			}
			if t.Kind == STAR || t.Kind == STARSTAR || t.Kind == SLASH {
				p.syntaxError(t.Pos, t.End, "arguments cannot follow var-keyword argument")
			}
		}
		switch t.Kind {
		case SLASH:
			if count == 0 {
				furthest := p.furthest
				if p.peek(1) != COMMA {
					p.furthest = furthest
					p.invalidSyntax()
				}
			}
			slash := p.next()
			switch {
			case seenSlash:
				p.syntaxError(slash.Pos, slash.End, "/ may appear only once")
			case seenStar:
				p.syntaxError(slash.Pos, slash.End, "/ must be ahead of *")
			case count == 0:
				p.syntaxError(slash.Pos, slash.End, "at least one argument must precede /")
			}
			if p.kind() == STAR && !seenStar {
				star := p.tok()
				p.syntaxError(star.Pos, star.End, "expected comma between / and *")
			}
			seenSlash = true
			slashAfterDefaults = defaults == 1
			a.PosOnly, a.Args = a.Args, nil
		case STAR:
			star := p.next()
			if seenStar {
				p.syntaxError(star.Pos, star.End, "* argument may appear only once")
			}
			seenStar = true
			if k := p.kind(); k == COMMA || k == closer {
				if k == closer || p.peek(1) == closer || p.peek(1) == STARSTAR {
					if !isDef {
						p.errorAtLast(SyntaxErrorKind, "named arguments must follow bare *")
					}
					p.syntaxError(star.Pos, star.End, "named arguments must follow bare *")
				}
				break
			}
			a.Vararg = p.param(isDef, true)
			if p.kind() == EQ {
				eq := p.tok()
				p.syntaxError(eq.Pos, eq.End, "var-positional argument cannot have default value")
			}
		case STARSTAR:
			p.next()
			kwarg = p.param(isDef, false)
			a.Kwarg = kwarg
			if p.kind() == EQ {
				eq := p.tok()
				p.syntaxError(eq.Pos, eq.End, "var-keyword argument cannot have default value")
			}
		case NAME:
			arg := p.param(isDef, false)
			var def Expr
			if p.kind() == EQ {
				eq := p.next()
				if k := p.kind(); k == COMMA || k == RPAREN {
					p.syntaxError(eq.Pos, eq.End, "expected default value expression")
				}
				def = p.expression()
			}
			if seenStar {
				a.KwOnly = append(a.KwOnly, arg)
				a.KwDefaults = append(a.KwDefaults, def)
				break
			}
			switch {
			case def != nil:
				if defaults == 0 {
					defaults = 1
				} else if defaults == 1 && slashAfterDefaults {
					defaults = 2
				}
				a.Defaults = append(a.Defaults, def)
			case defaults == 1:
				if k := p.kind(); k != COMMA && k != closer {
					p.invalidSyntax()
				}
				p.errorNode(arg, "parameter without a default follows parameter with a default")
			case defaults == 2:
				p.invalidSyntax()
			}
			a.Args = append(a.Args, arg)
		case LPAREN:
			if len(a.PosOnly) == 0 && len(a.Defaults) == 0 && !seenSlash && !seenStar && kwarg == nil {
				p.parenthesizedParams(isDef)
			}
			p.invalidSyntax()
		default:
			p.invalidSyntax()
		}
		count++
		if !p.got(COMMA) {
			break
		}
	}
	if p.kind() != closer {
		p.invalidSyntax()
	}
	if count > 0 {
		a.Span = Span{start, p.endOfPrev()}
	}
	return a
}

// param parses a parameter name with, in a def, an optional annotation.
// The annotation of *args may be a starred expression.
func (p *parser) param(isDef, star bool) *Arg {
	name := p.expect(NAME)
	arg := &Arg{Span: spanTok(&name, &name), Name: name.Text}
	if isDef && p.got(COLON) {
		if star && p.kind() == STAR {
			arg.Annotation = p.starExpression()
		} else {
			arg.Annotation = p.expression()
		}
		arg.EndPos = p.endOfPrev()
	}
	return arg
}

// parenthesizedParams reports parameters written in parentheses, as in
// def f((a, b)): ..., which Python 2 allowed.
func (p *parser) parenthesizedParams(isDef bool) {
	lparen := p.tok()
	j := p.i + 1
	n := 0
	for p.rawKind(j) == NAME {
		n++
		j++
		if p.rawKind(j) != COMMA {
			break
		}
		j++
	}
	if n > 0 && p.rawKind(j) == RPAREN {
		rparen := &p.toks[j]
		if isDef {
			p.syntaxError(lparen.Pos, rparen.End, "Function parameters cannot be parenthesized")
		}
		p.syntaxError(lparen.Pos, rparen.End, "Lambda expression parameters cannot be parenthesized")
	}
	p.invalidSyntax()
}
