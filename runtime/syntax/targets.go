package syntax

// This file handles assignment targets. The parser reads targets as
// ordinary expressions and then checks them and sets their context to
// Store or Del, reporting invalid targets with CPython's messages.

// targetKind says which statement a target belongs to, as CPython's
// TARGETS_TYPE does.
type targetKind int

const (
	starTargets targetKind = iota // assignment, with
	forTargets                    // for loops and comprehensions
	delTargets                    // del
)

// exprName describes an expression in error messages, as CPython's
// _PyPegen_get_expr_name does.
func exprName(e Expr) string {
	switch e := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch v := e.Value.(type) {
		case nil:
			return "None"
		case bool:
			if v {
				return "True"
			}
			return "False"
		case Ellipsis:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	}
	return "expression"
}

// invalidTarget returns the part of e that can not be a target, or nil, as
// CPython's _PyPegen_get_invalid_target does.
func invalidTarget(e Expr, kind targetKind) Expr {
	switch e := e.(type) {
	case *List:
		for _, x := range e.Elts {
			if bad := invalidTarget(x, kind); bad != nil {
				return bad
			}
		}
		return nil
	case *Tuple:
		for _, x := range e.Elts {
			if bad := invalidTarget(x, kind); bad != nil {
				return bad
			}
		}
		return nil
	case *Starred:
		if kind == delTargets {
			return e
		}
		return invalidTarget(e.Value, kind)
	case *Compare:
		if kind == forTargets {
			if e.Ops[0] == In {
				return invalidTarget(e.Left, kind)
			}
			return nil
		}
		return e
	case *Name, *Subscript, *Attribute:
		return nil
	}
	return e
}

// checkTarget reports an invalid target, and otherwise sets the context
// of e (and its elements) to ctx.
func (p *parser) checkTarget(e Expr, kind targetKind) {
	if bad := invalidTarget(e, kind); bad != nil {
		if kind == delTargets {
			p.errorNode(bad, "cannot delete %s", exprName(bad))
		}
		p.errorNode(bad, "cannot assign to %s", exprName(bad))
	}
	ctx := Store
	if kind == delTargets {
		ctx = Del
	}
	setContext(e, ctx)
}

// setContext sets the context of a target expression and its elements.
func setContext(e Expr, ctx ExprContext) {
	switch e := e.(type) {
	case *Name:
		e.Ctx = ctx
	case *Attribute:
		e.Ctx = ctx
	case *Subscript:
		e.Ctx = ctx
	case *Starred:
		e.Ctx = ctx
		setContext(e.Value, ctx)
	case *List:
		e.Ctx = ctx
		for _, x := range e.Elts {
			setContext(x, ctx)
		}
	case *Tuple:
		e.Ctx = ctx
		for _, x := range e.Elts {
			setContext(x, ctx)
		}
	}
}

// forTargets parses the target list of a for loop or comprehension, up to
// 'in', and sets its context to Store.
func (p *parser) forTargets() Expr {
	start := p.i
	var x Expr
	if ok, _, _ := p.try(func() { x = p.starTargets() }); ok && p.kind() == IN {
		p.checkTarget(x, forTargets)
		return x
	}
	// CPython's invalid_for_target reads star_expressions.
	p.invalidTargetExpr(start, forTargets, p.starExpressions)
	return nil
}

// starTargets parses star_target (',' star_target)* [','], a target list
// without parentheses.
func (p *parser) starTargets() Expr {
	first := p.starTarget()
	if p.kind() != COMMA {
		return first
	}
	elts := []Expr{first}
	for p.got(COMMA) {
		if k := p.kind(); k != STAR && !p.startsExpression() {
			break
		}
		elts = append(elts, p.starTarget())
	}
	return &Tuple{Span: Span{p.start(first), p.endOfPrev()}, Elts: elts}
}

// starTarget parses one target: an optionally starred primary expression.
// Targets that are not assignable, such as calls, are accepted here and
// reported by checkTarget.
func (p *parser) starTarget() Expr {
	if p.kind() == STAR {
		star := p.next()
		x := p.starTarget()
		return &Starred{Span: Span{star.Pos, p.endOfPrev()}, Value: x}
	}
	return p.primary()
}

// invalidTargetExpr reports the error for a target list that could not be
// parsed from token index start: if parse reads an expression there
// (followed by one of the tokens follow, if any are given) that contains a
// part that is not a target, it reports "cannot assign to" that part;
// otherwise it reports a generic error where the target list failed.
func (p *parser) invalidTargetExpr(start int, kind targetKind, parse func() Expr, follow ...Token) {
	furthest := p.furthest
	var bad Expr
	ok, err, generic := p.attempt(func() {
		p.i = start
		x := parse()
		ok := len(follow) == 0
		for _, k := range follow {
			ok = ok || p.kind() == k
		}
		if ok {
			bad = invalidTarget(x, kind)
		}
	})
	p.furthest = furthest
	if !ok && !generic {
		// A specific error found reading the expression, such as a
		// missing comma, wins, as in CPython's second pass.
		p.err = err
		panic(bailout{})
	}
	if bad != nil {
		if kind == delTargets {
			p.errorNode(bad, "cannot delete %s", exprName(bad))
		}
		p.errorNode(bad, "cannot assign to %s", exprName(bad))
	}
	p.invalidSyntax()
}

// leftmostAtom returns the atom at the start of e: the innermost of its
// leftmost operands.
func leftmostAtom(e Expr) Expr {
	for {
		switch x := e.(type) {
		case *BinOp:
			e = x.Left
		case *Attribute:
			e = x.Value
		case *Subscript:
			e = x.Value
		case *Call:
			e = x.Func
		case *Compare:
			e = x.Left
		case *BoolOp:
			e = x.Values[0]
		case *IfExp:
			e = x.Body
		default:
			return e
		}
	}
}

// isBitwiseOrLevel reports whether e can be the result of CPython's
// bitwise_or rule, which excludes comparisons and the lower levels.
func (p *parser) isBitwiseOrLevel(e Expr) bool {
	if p.isParen(e) {
		return true
	}
	switch e := e.(type) {
	case *Compare, *BoolOp, *IfExp, *Lambda, *NamedExpr, *Starred, *Yield, *YieldFrom:
		return false
	case *UnaryOp:
		return e.Op != Not
	case *Tuple:
		return false
	}
	return true
}

// checkNamedAssign reports e followed by '=' where a named expression was
// expected, as CPython's invalid_named_expression rule does:
// "if x = 1:" and friends. It returns if the rule does not apply.
func (p *parser) checkNamedAssign(e Expr) {
	if p.kind() != EQ || e == nil || !p.isBitwiseOrLevel(e) {
		return
	}
	eqIndex := p.i
	var b Expr
	var after Token
	p.speculate(func() Expr {
		p.i = eqIndex + 1
		b = p.bitwiseOr()
		after = p.kind()
		return b
	})
	if b == nil || after == EQ || after == COLONEQ {
		return
	}
	if name, ok := e.(*Name); ok && !p.isParen(e) {
		p.errorRange(name, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	}
	if a := leftmostAtom(e); a.Pos() == e.Pos() {
		switch a := a.(type) {
		case *List, *GeneratorExp:
			return
		case *Tuple:
			if p.isParen(a) {
				return
			}
		case *Constant:
			switch a.Value.(type) {
			case nil, bool:
				return
			}
		}
	}
	p.errorNode(e, "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(e))
}
