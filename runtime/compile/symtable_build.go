package compile

// This file is the first phase of the symbol table: a walk over the tree that records, for each
// scope, how each name is used (see symtable.go).

import (
	"unicode/utf8"

	"github.com/asobiba/asobiba/runtime/syntax"
)

func (st *symtable) visitStmts(list []syntax.Stmt) error {
	for _, s := range list {
		if err := st.visitStmt(s); err != nil {
			return err
		}
	}
	return nil
}

func (st *symtable) visitExprs(list []syntax.Expr) error {
	for _, e := range list {
		if e == nil {
			continue
		}
		if err := st.visitExpr(e); err != nil {
			return err
		}
	}
	return nil
}

func (st *symtable) visitStmt(s syntax.Stmt) error {
	switch s := s.(type) {
	case *syntax.FunctionDef:
		if err := st.addDef(s.Name, defLocal, s); err != nil {
			return err
		}
		if err := st.visitExprs(s.Args.Defaults); err != nil {
			return err
		}
		if err := st.visitExprs(s.Args.KwDefaults); err != nil {
			return err
		}
		if err := st.visitAnnotations(s, s.Args, s.Returns); err != nil {
			return err
		}
		if err := st.visitExprs(s.Decorators); err != nil {
			return err
		}
		fs := st.enter(s.Name, FunctionScope, s)
		fs.isAsyncDef = s.IsAsync
		if s.IsAsync {
			fs.isCoroutine = true
		}
		if err := st.visitParams(s.Args); err != nil {
			return err
		}
		if err := st.visitStmts(s.Body); err != nil {
			return err
		}
		st.exit()

	case *syntax.ClassDef:
		if err := st.addDef(s.Name, defLocal, s); err != nil {
			return err
		}
		if err := st.visitExprs(s.Bases); err != nil {
			return err
		}
		for _, k := range s.Keywords {
			if err := st.visitExpr(k.Value); err != nil {
				return err
			}
		}
		if err := st.visitExprs(s.Decorators); err != nil {
			return err
		}
		st.enter(s.Name, ClassScope, s)
		saved := st.private
		st.private = s.Name
		err := st.visitStmts(s.Body)
		st.private = saved
		if err != nil {
			return err
		}
		st.exit()

	case *syntax.Return:
		if s.Value != nil {
			if err := st.visitExpr(s.Value); err != nil {
				return err
			}
			st.cur.returnsValue = true
		}

	case *syntax.Delete:
		return st.visitExprs(s.Targets)

	case *syntax.Assign:
		if err := st.visitExprs(s.Targets); err != nil {
			return err
		}
		return st.visitExpr(s.Value)

	case *syntax.AnnAssign:
		if name, ok := s.Target.(*syntax.Name); ok {
			cur := st.lookup(name.Id)
			if cur&(defGlobal|defNonlocal) != 0 && st.cur != st.top && s.Simple {
				if cur&defGlobal != 0 {
					return st.errorf(s, "annotated name '%s' can't be global", name.Id)
				}
				return st.errorf(s, "annotated name '%s' can't be nonlocal", name.Id)
			}
			if s.Simple {
				if err := st.addDef(name.Id, defAnnot|defLocal, name); err != nil {
					return err
				}
			} else if s.Value != nil {
				if err := st.addDef(name.Id, defLocal, name); err != nil {
					return err
				}
			}
		} else if err := st.visitExpr(s.Target); err != nil {
			return err
		}
		if err := st.visitAnnotation(s.Annotation, s); err != nil {
			return err
		}
		if s.Value != nil {
			return st.visitExpr(s.Value)
		}

	case *syntax.AugAssign:
		if err := st.visitExpr(s.Target); err != nil {
			return err
		}
		return st.visitExpr(s.Value)

	case *syntax.For:
		if err := st.visitExpr(s.Target); err != nil {
			return err
		}
		if err := st.visitExpr(s.Iter); err != nil {
			return err
		}
		if err := st.visitStmts(s.Body); err != nil {
			return err
		}
		return st.visitStmts(s.Else)

	case *syntax.While:
		if err := st.visitExpr(s.Test); err != nil {
			return err
		}
		if err := st.visitStmts(s.Body); err != nil {
			return err
		}
		return st.visitStmts(s.Else)

	case *syntax.If:
		if err := st.visitExpr(s.Test); err != nil {
			return err
		}
		if err := st.visitStmts(s.Body); err != nil {
			return err
		}
		return st.visitStmts(s.Else)

	case *syntax.Raise:
		if s.Exc != nil {
			if err := st.visitExpr(s.Exc); err != nil {
				return err
			}
			if s.Cause != nil {
				return st.visitExpr(s.Cause)
			}
		}

	case *syntax.Try:
		if err := st.visitStmts(s.Body); err != nil {
			return err
		}
		if err := st.visitStmts(s.Else); err != nil {
			return err
		}
		for _, h := range s.Handlers {
			if h.Type != nil {
				if err := st.visitExpr(h.Type); err != nil {
					return err
				}
			}
			if h.Name != "" {
				if err := st.addDef(h.Name, defLocal, h); err != nil {
					return err
				}
			}
			if err := st.visitStmts(h.Body); err != nil {
				return err
			}
		}
		return st.visitStmts(s.Finally)

	case *syntax.Assert:
		if err := st.visitExpr(s.Test); err != nil {
			return err
		}
		if s.Msg != nil {
			return st.visitExpr(s.Msg)
		}

	case *syntax.Import:
		for _, a := range s.Names {
			if err := st.visitAlias(a); err != nil {
				return err
			}
		}

	case *syntax.ImportFrom:
		for _, a := range s.Names {
			if err := st.visitAlias(a); err != nil {
				return err
			}
		}

	case *syntax.Global:
		for _, name := range s.Names {
			cur := st.lookup(name)
			if cur&(defParam|defLocal|use|defAnnot) != 0 {
				switch {
				case cur&defParam != 0:
					return st.errorf(s, "name '%s' is parameter and global", name)
				case cur&use != 0:
					return st.errorf(s, "name '%s' is used prior to global declaration", name)
				case cur&defAnnot != 0:
					return st.errorf(s, "annotated name '%s' can't be global", name)
				default:
					return st.errorf(s, "name '%s' is assigned to before global declaration", name)
				}
			}
			if err := st.addDef(name, defGlobal, s); err != nil {
				return err
			}
			st.recordDirective(name, s)
		}

	case *syntax.Nonlocal:
		for _, name := range s.Names {
			cur := st.lookup(name)
			if cur&(defParam|defLocal|use|defAnnot) != 0 {
				switch {
				case cur&defParam != 0:
					return st.errorf(s, "name '%s' is parameter and nonlocal", name)
				case cur&use != 0:
					return st.errorf(s, "name '%s' is used prior to nonlocal declaration", name)
				case cur&defAnnot != 0:
					return st.errorf(s, "annotated name '%s' can't be nonlocal", name)
				default:
					return st.errorf(s, "name '%s' is assigned to before nonlocal declaration", name)
				}
			}
			if err := st.addDef(name, defNonlocal, s); err != nil {
				return err
			}
			st.recordDirective(name, s)
		}

	case *syntax.ExprStmt:
		return st.visitExpr(s.Value)

	case *syntax.With:
		for _, item := range s.Items {
			if err := st.visitExpr(item.ContextExpr); err != nil {
				return err
			}
			if item.OptionalVars != nil {
				if err := st.visitExpr(item.OptionalVars); err != nil {
					return err
				}
			}
		}
		return st.visitStmts(s.Body)

	case *syntax.Match:
		if err := st.visitExpr(s.Subject); err != nil {
			return err
		}
		for _, mc := range s.Cases {
			if err := st.visitPattern(mc.Pattern); err != nil {
				return err
			}
			if mc.Guard != nil {
				if err := st.visitExpr(mc.Guard); err != nil {
					return err
				}
			}
			if err := st.visitStmts(mc.Body); err != nil {
				return err
			}
		}

	case *syntax.Pass, *syntax.Break, *syntax.Continue:
	}
	return nil
}

// visitPattern records the names a pattern of a match statement captures, which bind in the
// enclosing scope, and visits the expressions it evaluates.
func (st *symtable) visitPattern(p syntax.Pattern) error {
	var err error
	bind := func(name string, n syntax.Node) {
		if name != "" && err == nil {
			err = st.addDef(name, defLocal, n)
		}
	}
	syntax.Inspect(p, func(n syntax.Node) bool {
		if err != nil {
			return false
		}
		switch n := n.(type) {
		case syntax.Expr:
			err = st.visitExpr(n)
			return false
		case *syntax.MatchAs:
			bind(n.Name, n)
		case *syntax.MatchStar:
			bind(n.Name, n)
		case *syntax.MatchMapping:
			bind(n.Rest, n)
		}
		return true
	})
	return err
}

func (st *symtable) visitAlias(a *syntax.Alias) error {
	name := a.Name
	if a.AsName != "" {
		name = a.AsName
	}
	if name == "*" {
		if st.cur.Kind != ModuleScope {
			return st.errorf(a, "import * only allowed at module level")
		}
		return nil
	}
	for i := 0; i < len(name); i++ {
		if name[i] == '.' {
			name = name[:i]
			break
		}
	}
	return st.addDef(name, defImport, a)
}

func (st *symtable) visitParams(a *syntax.Arguments) error {
	for _, list := range [][]*syntax.Arg{a.PosOnly, a.Args, a.KwOnly} {
		for _, p := range list {
			if err := st.addDef(p.Name, defParam, p); err != nil {
				return err
			}
		}
	}
	if a.Vararg != nil {
		if err := st.addDef(a.Vararg.Name, defParam, a.Vararg); err != nil {
			return err
		}
	}
	if a.Kwarg != nil {
		if err := st.addDef(a.Kwarg.Name, defParam, a.Kwarg); err != nil {
			return err
		}
	}
	return nil
}

// visitAnnotations visits a def's parameter and return annotations in the enclosing scope
// (or, under future annotations, in annotation scopes whose results are never used).
func (st *symtable) visitAnnotations(owner syntax.Node, a *syntax.Arguments, returns syntax.Expr) error {
	if st.future {
		st.enter("_annotation", AnnotationScope, owner)
	}
	for _, list := range [][]*syntax.Arg{a.PosOnly, a.Args} {
		for _, p := range list {
			if p.Annotation != nil {
				if err := st.visitExpr(p.Annotation); err != nil {
					return err
				}
			}
		}
	}
	if a.Vararg != nil && a.Vararg.Annotation != nil {
		if err := st.visitExpr(a.Vararg.Annotation); err != nil {
			return err
		}
	}
	if a.Kwarg != nil && a.Kwarg.Annotation != nil {
		if err := st.visitExpr(a.Kwarg.Annotation); err != nil {
			return err
		}
	}
	for _, p := range a.KwOnly {
		if p.Annotation != nil {
			if err := st.visitExpr(p.Annotation); err != nil {
				return err
			}
		}
	}
	if st.future {
		st.exit()
	}
	if returns != nil {
		return st.visitAnnotation(returns, returns)
	}
	return nil
}

func (st *symtable) visitAnnotation(e syntax.Expr, owner syntax.Node) error {
	if st.future {
		st.enter("_annotation", AnnotationScope, owner)
	}
	if err := st.visitExpr(e); err != nil {
		return err
	}
	if st.future {
		st.exit()
	}
	return nil
}

func (st *symtable) visitExpr(e syntax.Expr) error {
	switch e := e.(type) {
	case *syntax.NamedExpr:
		return st.visitNamedExpr(e)
	case *syntax.BoolOp:
		return st.visitExprs(e.Values)
	case *syntax.BinOp:
		if err := st.visitExpr(e.Left); err != nil {
			return err
		}
		return st.visitExpr(e.Right)
	case *syntax.UnaryOp:
		return st.visitExpr(e.Operand)
	case *syntax.Lambda:
		if err := st.visitExprs(e.Args.Defaults); err != nil {
			return err
		}
		if err := st.visitExprs(e.Args.KwDefaults); err != nil {
			return err
		}
		ls := st.enter("lambda", FunctionScope, e)
		ls.isLambda = true
		if err := st.visitParams(e.Args); err != nil {
			return err
		}
		if err := st.visitExpr(e.Body); err != nil {
			return err
		}
		st.exit()
	case *syntax.IfExp:
		if err := st.visitExpr(e.Test); err != nil {
			return err
		}
		if err := st.visitExpr(e.Body); err != nil {
			return err
		}
		return st.visitExpr(e.Else)
	case *syntax.Dict:
		if err := st.visitExprs(e.Keys); err != nil {
			return err
		}
		return st.visitExprs(e.Values)
	case *syntax.Set:
		return st.visitExprs(e.Elts)
	case *syntax.GeneratorExp:
		return st.visitComprehension(e, "genexpr", genExpression, e.Generators, e.Elt, nil)
	case *syntax.ListComp:
		return st.visitComprehension(e, "listcomp", listComprehension, e.Generators, e.Elt, nil)
	case *syntax.SetComp:
		return st.visitComprehension(e, "setcomp", setComprehension, e.Generators, e.Elt, nil)
	case *syntax.DictComp:
		return st.visitComprehension(e, "dictcomp", dictComprehension, e.Generators, e.Key, e.Value)
	case *syntax.Yield:
		if e.Value != nil {
			if err := st.visitExpr(e.Value); err != nil {
				return err
			}
		}
		st.cur.isGenerator = true
		if st.cur.comprehension != notComprehension {
			return st.comprehensionYieldError(e)
		}
	case *syntax.YieldFrom:
		if err := st.visitExpr(e.Value); err != nil {
			return err
		}
		st.cur.isGenerator = true
		if st.cur.comprehension != notComprehension {
			return st.comprehensionYieldError(e)
		}
	case *syntax.Await:
		if err := st.visitExpr(e.Value); err != nil {
			return err
		}
		st.cur.isCoroutine = true
	case *syntax.Compare:
		if err := st.visitExpr(e.Left); err != nil {
			return err
		}
		return st.visitExprs(e.Comparators)
	case *syntax.Call:
		if err := st.visitExpr(e.Func); err != nil {
			return err
		}
		if err := st.visitExprs(e.Args); err != nil {
			return err
		}
		for _, k := range e.Keywords {
			if err := st.visitExpr(k.Value); err != nil {
				return err
			}
		}
	case *syntax.FormattedValue:
		if err := st.visitExpr(e.Value); err != nil {
			return err
		}
		if e.FormatSpec != nil {
			return st.visitExpr(e.FormatSpec)
		}
	case *syntax.JoinedStr:
		return st.visitExprs(e.Values)
	case *syntax.Constant:
		// The parser keeps lone surrogates (\ud800) in WTF-8 so that ast.dump shows them; a
		// str value cannot hold them (see vm.ErrLoneSurrogate).
		if s, ok := e.Value.(string); ok && !utf8.ValidString(s) {
			return st.errorf(e, "strings with lone surrogates (U+D800..U+DFFF) are not supported in Asobiba")
		}
	case *syntax.Attribute:
		return st.visitExpr(e.Value)
	case *syntax.Subscript:
		if err := st.visitExpr(e.Value); err != nil {
			return err
		}
		return st.visitExpr(e.Slice)
	case *syntax.Starred:
		return st.visitExpr(e.Value)
	case *syntax.Slice:
		return st.visitExprs([]syntax.Expr{e.Lower, e.Upper, e.Step})
	case *syntax.Name:
		flag := use
		if e.Ctx != syntax.Load {
			flag = defLocal
		}
		if err := st.addDef(e.Id, flag, e); err != nil {
			return err
		}
		// super() counts as a use of __class__.
		if e.Ctx == syntax.Load && st.cur.Kind == FunctionScope && e.Id == "super" {
			return st.addDef("__class__", use, e)
		}
	case *syntax.List:
		return st.visitExprs(e.Elts)
	case *syntax.Tuple:
		return st.visitExprs(e.Elts)
	}
	return nil
}

func (st *symtable) comprehensionYieldError(e syntax.Expr) error {
	switch st.cur.comprehension {
	case listComprehension:
		return st.errorf(e, "'yield' inside list comprehension")
	case setComprehension:
		return st.errorf(e, "'yield' inside set comprehension")
	case dictComprehension:
		return st.errorf(e, "'yield' inside dict comprehension")
	}
	return st.errorf(e, "'yield' inside generator expression")
}

func (st *symtable) visitNamedExpr(e *syntax.NamedExpr) error {
	if st.cur.compIterExpr > 0 {
		return st.errorf(e, "assignment expression cannot be used in a comprehension iterable expression")
	}
	if st.cur.comprehension != notComprehension {
		if err := st.extendNamedExprScope(e.Target); err != nil {
			return err
		}
	}
	if err := st.visitExpr(e.Value); err != nil {
		return err
	}
	return st.visitExpr(e.Target)
}

// extendNamedExprScope binds the target of an assignment expression inside a comprehension in
// the nearest enclosing function (as nonlocal) or module (as global).
func (st *symtable) extendNamedExprScope(target *syntax.Name) error {
	name := target.Id
	for i := len(st.stack) - 1; i >= 0; i-- {
		s := st.stack[i]
		if s.comprehension != notComprehension {
			if sym := s.Symbols[mangle(st.private, name)]; sym != nil && sym.Flags&defCompIter != 0 {
				return st.errorf(target, "assignment expression cannot rebind comprehension iteration variable '%s'", name)
			}
			continue
		}
		switch s.Kind {
		case FunctionScope:
			if sym := s.Symbols[mangle(st.private, name)]; sym != nil && sym.Flags&defGlobal != 0 {
				if err := st.addDef(name, defGlobal, target); err != nil {
					return err
				}
			} else if err := st.addDef(name, defNonlocal, target); err != nil {
				return err
			}
			st.recordDirective(name, target)
			return st.addDefIn(s, name, defLocal, target)
		case ModuleScope:
			if err := st.addDef(name, defGlobal, target); err != nil {
				return err
			}
			st.recordDirective(name, target)
			return st.addDefIn(s, name, defGlobal, target)
		case ClassScope:
			return st.errorf(target, "assignment expression within a comprehension cannot be used in a class body")
		}
	}
	return nil
}

func (st *symtable) visitComprehension(e syntax.Expr, name string, kind int, gens []*syntax.Comprehension, elt, value syntax.Expr) error {
	outer := gens[0]
	// The outermost iterable is evaluated in the enclosing scope.
	st.cur.compIterExpr++
	err := st.visitExpr(outer.Iter)
	st.cur.compIterExpr--
	if err != nil {
		return err
	}
	cs := st.enter(name, FunctionScope, e)
	cs.comprehension = kind
	if outer.IsAsync {
		cs.isCoroutine = true
	}
	if err := st.addDef(".0", defParam, e); err != nil {
		return err
	}
	cs.compIterTgt = true
	err = st.visitExpr(outer.Target)
	cs.compIterTgt = false
	if err != nil {
		return err
	}
	if err := st.visitExprs(outer.Ifs); err != nil {
		return err
	}
	for _, g := range gens[1:] {
		cs.compIterTgt = true
		err := st.visitExpr(g.Target)
		cs.compIterTgt = false
		if err != nil {
			return err
		}
		cs.compIterExpr++
		err = st.visitExpr(g.Iter)
		cs.compIterExpr--
		if err != nil {
			return err
		}
		if err := st.visitExprs(g.Ifs); err != nil {
			return err
		}
		if g.IsAsync {
			cs.isCoroutine = true
		}
	}
	if value != nil {
		if err := st.visitExpr(value); err != nil {
			return err
		}
	}
	if err := st.visitExpr(elt); err != nil {
		return err
	}
	isGen := kind == genExpression
	cs.isGenerator = isGen
	isAsync := cs.isCoroutine && !isGen
	st.exit()
	if isAsync {
		st.cur.isCoroutine = true
	}
	return nil
}
