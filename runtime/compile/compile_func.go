package compile

// This file compiles the constructs that make new code objects: def, lambda, class and the
// comprehensions, with their defaults, annotations, closures and decorators.

import (
	"github.com/asobiba/asobiba/runtime/syntax"
)

// qualname computes the __qualname__ of a new scope named name inside the current unit.
func (c *compiler) qualname(name string, kind unitKind) string {
	parent := c.u
	if parent == nil || parent.kind == unitModule {
		return name
	}
	if kind == unitFunction || kind == unitAsyncFunction || kind == unitClass {
		if parent.scope.scopeOf(mangle(parent.private, name)) == ScopeGlobalExplicit {
			return name
		}
	}
	switch parent.kind {
	case unitFunction, unitAsyncFunction, unitLambda:
		return parent.code.QualName + ".<locals>." + name
	}
	return parent.code.QualName + "." + name
}

// checkParams rejects __debug__ as a parameter name.
func (c *compiler) checkParams(a *syntax.Arguments) {
	for _, list := range [][]*syntax.Arg{a.PosOnly, a.Args, a.KwOnly, {a.Vararg, a.Kwarg}} {
		for _, p := range list {
			if p != nil && p.Name == "__debug__" {
				c.fail(p, "cannot assign to __debug__")
			}
		}
	}
}

// defaults pushes a def's or lambda's positional defaults (a tuple) and keyword-only defaults
// (a dict), and returns the MAKE_FUNCTION flags for them.
func (c *compiler) defaults(a *syntax.Arguments) int {
	flags := 0
	if len(a.Defaults) > 0 {
		t := make(Tuple, 0, len(a.Defaults))
		for _, d := range a.Defaults {
			k, ok := c.fold(d)
			if !ok {
				break
			}
			t = append(t, k)
		}
		if len(t) == len(a.Defaults) {
			c.loadConst(t)
		} else {
			for _, d := range a.Defaults {
				c.expr(d)
			}
			c.emit(BUILD_TUPLE, len(a.Defaults))
		}
		flags |= 1
	}
	var keys Tuple
	for i, p := range a.KwOnly {
		if i < len(a.KwDefaults) && a.KwDefaults[i] != nil {
			c.expr(a.KwDefaults[i])
			keys = append(keys, mangle(c.u.private, p.Name))
		}
	}
	if len(keys) > 0 {
		c.loadConst(keys)
		c.emit(BUILD_CONST_KEY_MAP, len(keys))
		flags |= 2
	}
	return flags
}

// annotations pushes the dict of a def's annotations, if it has any, and returns the
// MAKE_FUNCTION flag for it. The order is CPython's: ordinary parameters, then positional-only
// ones, *args, keyword-only ones, **kwargs and the return annotation.
func (c *compiler) annotations(a *syntax.Arguments, returns syntax.Expr) int {
	var keys Tuple
	add := func(name string, ann syntax.Expr) {
		if ann == nil {
			return
		}
		if s, ok := ann.(*syntax.Starred); ok && !c.futureAnnotations {
			// *args: *Ts is [value] = [*Ts].
			c.expr(s.Value)
			c.emit(UNPACK_SEQUENCE, 1)
		} else {
			c.annotation(ann)
		}
		keys = append(keys, mangle(c.u.private, name))
	}
	for _, p := range a.Args {
		add(p.Name, p.Annotation)
	}
	for _, p := range a.PosOnly {
		add(p.Name, p.Annotation)
	}
	if a.Vararg != nil {
		add(a.Vararg.Name, a.Vararg.Annotation)
	}
	for _, p := range a.KwOnly {
		add(p.Name, p.Annotation)
	}
	if a.Kwarg != nil {
		add(a.Kwarg.Name, a.Kwarg.Annotation)
	}
	add("return", returns)
	if len(keys) == 0 {
		return 0
	}
	c.loadConst(keys)
	c.emit(BUILD_CONST_KEY_MAP, len(keys))
	return 4
}

// setFunctionFlags fills in the parameter counts and flags of a function-like code object.
func setFunctionFlags(code *Code, s *Scope, a *syntax.Arguments) {
	code.Flags = FlagOptimized | FlagNewLocals
	if a != nil {
		code.ArgCount = len(a.PosOnly) + len(a.Args)
		code.PosOnlyCount = len(a.PosOnly)
		code.KwOnlyCount = len(a.KwOnly)
		if a.Vararg != nil {
			code.Flags |= FlagVarArgs
		}
		if a.Kwarg != nil {
			code.Flags |= FlagVarKeywords
		}
	}
	if s.nested {
		code.Flags |= FlagNested
	}
	switch {
	case s.isGenerator && s.isCoroutine:
		code.Flags |= FlagAsyncGenerator
	case s.isGenerator:
		code.Flags |= FlagGenerator
	case s.isCoroutine:
		code.Flags |= FlagCoroutine
	}
}

// genStart emits GEN_START for generator, coroutine and async generator code.
func (c *compiler) genStart() {
	switch f := c.u.code.Flags; {
	case f&FlagGenerator != 0:
		c.emit(GEN_START, 0)
	case f&FlagCoroutine != 0:
		c.emit(GEN_START, 1)
	case f&FlagAsyncGenerator != 0:
		c.emit(GEN_START, 2)
	}
}

// makeClosure pushes the function object for code: its closure tuple if it has free variables,
// then the code, then MAKE_FUNCTION with the flags of the operands already pushed.
func (c *compiler) makeClosure(code *Code, flags int) {
	if len(code.FreeVars) > 0 {
		for _, name := range code.FreeVars {
			c.emit(LOAD_CLOSURE, c.u.derefIdx(name))
		}
		c.emit(BUILD_TUPLE, len(code.FreeVars))
		flags |= 8
	}
	c.loadConst(code)
	c.emit(MAKE_FUNCTION, flags)
}

// cell2arg computes Code.Cell2Arg: which cells start with the value of a parameter.
func cell2arg(code *Code, nparams int) {
	if len(code.CellVars) == 0 {
		return
	}
	code.Cell2Arg = make([]int, len(code.CellVars))
	for i, name := range code.CellVars {
		code.Cell2Arg[i] = -1
		for j := 0; j < nparams && j < len(code.VarNames); j++ {
			if code.VarNames[j] == name {
				code.Cell2Arg[i] = j
				break
			}
		}
	}
}

func nparams(a *syntax.Arguments) int {
	n := len(a.PosOnly) + len(a.Args) + len(a.KwOnly)
	if a.Vararg != nil {
		n++
	}
	if a.Kwarg != nil {
		n++
	}
	return n
}

// decorate calls the decorators, pushed earlier, on the value on top of the stack, innermost
// (last) first.
func (c *compiler) decorate(decorators []syntax.Expr) {
	for i := len(decorators) - 1; i >= 0; i-- {
		old := c.setLine(decorators[i].Pos().Line)
		c.setSpan(decorators[i])
		c.emit(CALL, 1)
		c.setLine(old)
	}
}

func (c *compiler) functionDef(s *syntax.FunctionDef) {
	c.checkParams(s.Args)
	for _, d := range s.Decorators {
		c.expr(d)
	}
	flags := c.defaults(s.Args)
	flags |= c.annotations(s.Args, s.Returns)

	kind := unitFunction
	if s.IsAsync {
		kind = unitAsyncFunction
	}
	scope := c.st.scopes[s]
	qualname := c.qualname(s.Name, kind)
	c.u = c.newUnit(kind, scope, s.Name, qualname, int(s.Pos().Line))
	code := c.u.code
	setFunctionFlags(code, scope, s.Args)
	c.u.line = s.Def.Line
	c.genStart()
	body := s.Body
	if doc := docstring(body); doc != nil {
		code.Doc = doc.Value.(string)
		body = body[1:]
	}
	c.stmts(body)
	c.loadConst(nil)
	c.emitOp(RETURN_VALUE)
	cell2arg(code, nparams(s.Args))
	c.finish()

	c.makeClosure(code, flags)
	c.decorate(s.Decorators)
	c.storeName(s.Name, s)
}

func (c *compiler) lambda(e *syntax.Lambda) {
	c.checkParams(e.Args)
	flags := c.defaults(e.Args)
	scope := c.st.scopes[e]
	qualname := c.qualname("<lambda>", unitLambda)
	c.u = c.newUnit(unitLambda, scope, "<lambda>", qualname, int(e.Pos().Line))
	code := c.u.code
	setFunctionFlags(code, scope, e.Args)
	c.genStart()
	c.expr(e.Body)
	if code.Flags&(FlagGenerator|FlagAsyncGenerator) != 0 {
		c.emitOp(POP_TOP)
		c.loadConst(nil)
	}
	c.emitOp(RETURN_VALUE)
	cell2arg(code, nparams(e.Args))
	c.finish()
	c.makeClosure(code, flags)
}

func (c *compiler) classDef(s *syntax.ClassDef) {
	for _, d := range s.Decorators {
		c.expr(d)
	}
	scope := c.st.scopes[s]
	qualname := c.qualname(s.Name, unitClass)
	c.u = c.newUnit(unitClass, scope, s.Name, qualname, int(s.Pos().Line))
	c.u.private = s.Name
	code := c.u.code
	c.u.line = s.Class.Line
	c.emitName(LOAD_NAME, "__name__")
	c.emitName(STORE_NAME, "__module__")
	c.loadConst(qualname)
	c.emitName(STORE_NAME, "__qualname__")
	if findAnnotations(s.Body) {
		c.emitOp(SETUP_ANNOTATIONS)
	}
	c.body(s.Body, true)
	c.setLine(s.Class.Line)
	if scope.needsClassClosure {
		c.emit(LOAD_CLOSURE, c.u.derefIdx("__class__"))
		c.emitOp(DUP_TOP)
		c.emitName(STORE_NAME, "__classcell__")
	} else {
		c.loadConst(nil)
	}
	c.emitOp(RETURN_VALUE)
	c.finish()

	c.emitOp(LOAD_BUILD_CLASS)
	c.makeClosure(code, 0)
	c.loadConst(s.Name)
	c.checkKeywords(s.Keywords)
	c.callHelper(2, s.Bases, s.Keywords)
	c.decorate(s.Decorators)
	c.storeName(s.Name, s)
}

// comprehension compiles a list, set or dict comprehension or a generator expression: a
// function of the outermost iterator, called at once.
func (c *compiler) comprehension(e syntax.Expr, name string, kind int, gens []*syntax.Comprehension, elt, val syntax.Expr) {
	scope := c.st.scopes[e]
	outer := c.u.kind
	isAsync := scope.isCoroutine
	qualname := c.qualname(name, unitComprehension)
	c.u = c.newUnit(unitComprehension, scope, name, qualname, int(e.Pos().Line))
	code := c.u.code
	setFunctionFlags(code, scope, nil)
	code.ArgCount = 1
	if isAsync && kind != genExpression && outer != unitAsyncFunction && outer != unitComprehension {
		c.fail(e, "asynchronous comprehension outside of an asynchronous function")
	}
	c.genStart()
	switch kind {
	case listComprehension:
		c.emit(BUILD_LIST, 0)
	case setComprehension:
		c.emit(BUILD_SET, 0)
	case dictComprehension:
		c.emit(BUILD_MAP, 0)
	}
	c.comprehensionGenerator(gens, 0, 0, elt, val, kind)
	if kind == genExpression {
		c.loadConst(nil)
	}
	c.emitOp(RETURN_VALUE)
	cell2arg(code, 1)
	c.finish()

	c.makeClosure(code, 0)
	c.expr(gens[0].Iter)
	if gens[0].IsAsync {
		c.emitOp(GET_AITER)
	} else {
		c.emitOp(GET_ITER)
	}
	c.emit(CALL, 1)
	if isAsync && kind != genExpression {
		c.emitAwait(0)
	}
}

// comprehensionGenerator compiles the for clause gens[i] and, inside it, the following
// clauses or the element. depth counts the iterators on the stack above the result.
func (c *compiler) comprehensionGenerator(gens []*syntax.Comprehension, i, depth int, elt, val syntax.Expr, kind int) {
	gen := gens[i]
	start, ifCleanup, anchor := c.newLabel(), c.newLabel(), c.newLabel()
	old := c.setLine(gen.Pos().Line)
	defer c.setLine(old)
	if i == 0 {
		c.emit(LOAD_FAST, 0) // .0, the outermost iterator
	} else {
		c.expr(gen.Iter)
		if gen.IsAsync {
			c.emitOp(GET_AITER)
		} else {
			c.emitOp(GET_ITER)
		}
	}
	depth++
	c.bind(start)
	if gen.IsAsync {
		c.pushFblock(fblock{kind: fbAsyncComprehension, start: start})
		c.emitJump(SETUP_FINALLY, anchor)
		c.emitOp(GET_ANEXT)
		c.loadConst(nil)
		c.emitOp(YIELD_FROM)
		c.emitOp(POP_BLOCK)
	} else {
		c.emitJump(FOR_ITER, anchor)
	}
	c.assignTarget(gen.Target)
	for _, cond := range gen.Ifs {
		c.jumpIf(cond, ifCleanup, false)
	}
	if i+1 < len(gens) {
		c.comprehensionGenerator(gens, i+1, depth, elt, val, kind)
	} else {
		switch kind {
		case genExpression:
			c.expr(elt)
			c.emitOp(YIELD_VALUE)
			c.emitOp(POP_TOP)
		case listComprehension:
			c.expr(elt)
			c.emit(LIST_APPEND, depth+1)
		case setComprehension:
			c.expr(elt)
			c.emit(SET_ADD, depth+1)
		case dictComprehension:
			c.expr(elt)
			c.expr(val)
			c.emit(MAP_ADD, depth+1)
		}
	}
	c.bind(ifCleanup)
	c.emitJump(JUMP, start)
	if gen.IsAsync {
		c.popFblock(fbAsyncComprehension)
		c.bind(anchor)
		c.emitOp(END_ASYNC_FOR)
	} else {
		c.bind(anchor)
	}
}
