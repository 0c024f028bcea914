package syntax

import "unsafe"

// isNilNode reports whether n is nil or holds a nil pointer. Every node is a pointer, so its
// interface's data word is the node's address; reading that word, the second of an
// interface value's two, spares the engine package reflect.
func isNilNode(n Node) bool {
	return (*[2]unsafe.Pointer)(unsafe.Pointer(&n))[1] == nil
}

// Inspect traverses the tree rooted at n in depth-first order, children in
// the order of CPython's _fields. It calls f(node) for each node; if f
// returns true, Inspect visits the node's children, then calls f(nil).
// Nil children (absent optional nodes) are skipped.
func Inspect(n Node, f func(Node) bool) {
	if isNilNode(n) || !f(n) {
		return
	}
	Children(n, func(c Node) { Inspect(c, f) })
	f(nil)
}

// Children calls visit for each direct child of n, in the order of
// CPython's _fields, skipping absent ones.
func Children(n Node, visit func(Node)) {
	expr := func(x Expr) {
		if x != nil {
			visit(x)
		}
	}
	exprs := func(xs []Expr) {
		for _, x := range xs {
			expr(x)
		}
	}
	stmts := func(ss []Stmt) {
		for _, s := range ss {
			visit(s)
		}
	}
	switch n := n.(type) {
	case *Module:
		stmts(n.Body)
	case *Expression:
		expr(n.Body)
	case *FunctionDef:
		visit(n.Args)
		stmts(n.Body)
		exprs(n.Decorators)
		expr(n.Returns)
	case *ClassDef:
		exprs(n.Bases)
		for _, k := range n.Keywords {
			visit(k)
		}
		stmts(n.Body)
		exprs(n.Decorators)
	case *Return:
		expr(n.Value)
	case *Delete:
		exprs(n.Targets)
	case *Assign:
		exprs(n.Targets)
		expr(n.Value)
	case *AugAssign:
		expr(n.Target)
		expr(n.Value)
	case *AnnAssign:
		expr(n.Target)
		expr(n.Annotation)
		expr(n.Value)
	case *For:
		expr(n.Target)
		expr(n.Iter)
		stmts(n.Body)
		stmts(n.Else)
	case *While:
		expr(n.Test)
		stmts(n.Body)
		stmts(n.Else)
	case *If:
		expr(n.Test)
		stmts(n.Body)
		stmts(n.Else)
	case *With:
		for _, item := range n.Items {
			visit(item)
		}
		stmts(n.Body)
	case *Raise:
		expr(n.Exc)
		expr(n.Cause)
	case *Try:
		stmts(n.Body)
		for _, h := range n.Handlers {
			visit(h)
		}
		stmts(n.Else)
		stmts(n.Finally)
	case *Assert:
		expr(n.Test)
		expr(n.Msg)
	case *Import:
		for _, a := range n.Names {
			visit(a)
		}
	case *ImportFrom:
		for _, a := range n.Names {
			visit(a)
		}
	case *ExprStmt:
		expr(n.Value)
	case *Global, *Nonlocal, *Pass, *Break, *Continue:
	case *Match:
		expr(n.Subject)
		for _, c := range n.Cases {
			visit(c)
		}
	case *MatchCase:
		visit(n.Pattern)
		expr(n.Guard)
		stmts(n.Body)
	case *MatchValue:
		expr(n.Value)
	case *MatchSingleton, *MatchStar:
	case *MatchSequence:
		patterns(n.Patterns, visit)
	case *MatchMapping:
		exprs(n.Keys)
		patterns(n.Patterns, visit)
	case *MatchClass:
		expr(n.Cls)
		patterns(n.Patterns, visit)
		patterns(n.KwdPatterns, visit)
	case *MatchAs:
		if n.Pattern != nil {
			visit(n.Pattern)
		}
	case *MatchOr:
		patterns(n.Patterns, visit)

	case *BoolOp:
		exprs(n.Values)
	case *NamedExpr:
		visit(n.Target)
		expr(n.Value)
	case *BinOp:
		expr(n.Left)
		expr(n.Right)
	case *UnaryOp:
		expr(n.Operand)
	case *Lambda:
		visit(n.Args)
		expr(n.Body)
	case *IfExp:
		expr(n.Test)
		expr(n.Body)
		expr(n.Else)
	case *Dict:
		for i := range n.Keys {
			expr(n.Keys[i])
			expr(n.Values[i])
		}
	case *Set:
		exprs(n.Elts)
	case *ListComp:
		expr(n.Elt)
		comprehensions(n.Generators, visit)
	case *SetComp:
		expr(n.Elt)
		comprehensions(n.Generators, visit)
	case *DictComp:
		expr(n.Key)
		expr(n.Value)
		comprehensions(n.Generators, visit)
	case *GeneratorExp:
		expr(n.Elt)
		comprehensions(n.Generators, visit)
	case *Await:
		expr(n.Value)
	case *Yield:
		expr(n.Value)
	case *YieldFrom:
		expr(n.Value)
	case *Compare:
		expr(n.Left)
		exprs(n.Comparators)
	case *Call:
		expr(n.Func)
		exprs(n.Args)
		for _, k := range n.Keywords {
			visit(k)
		}
	case *FormattedValue:
		expr(n.Value)
		expr(n.FormatSpec)
	case *JoinedStr:
		exprs(n.Values)
	case *Constant, *Name:
	case *Attribute:
		expr(n.Value)
	case *Subscript:
		expr(n.Value)
		expr(n.Slice)
	case *Starred:
		expr(n.Value)
	case *List:
		exprs(n.Elts)
	case *Tuple:
		exprs(n.Elts)
	case *Slice:
		expr(n.Lower)
		expr(n.Upper)
		expr(n.Step)

	case *Arguments:
		for _, a := range n.PosOnly {
			visit(a)
		}
		for _, a := range n.Args {
			visit(a)
		}
		if n.Vararg != nil {
			visit(n.Vararg)
		}
		for _, a := range n.KwOnly {
			visit(a)
		}
		exprs(n.KwDefaults)
		if n.Kwarg != nil {
			visit(n.Kwarg)
		}
		exprs(n.Defaults)
	case *Arg:
		expr(n.Annotation)
	case *Keyword:
		expr(n.Value)
	case *Alias:
	case *WithItem:
		expr(n.ContextExpr)
		expr(n.OptionalVars)
	case *Comprehension:
		expr(n.Target)
		expr(n.Iter)
		exprs(n.Ifs)
	case *ExceptHandler:
		expr(n.Type)
		stmts(n.Body)
	}
}

func comprehensions(gens []*Comprehension, visit func(Node)) {
	for _, g := range gens {
		visit(g)
	}
}

func patterns(ps []Pattern, visit func(Node)) {
	for _, p := range ps {
		visit(p)
	}
}
