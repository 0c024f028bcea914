package compile

// This file compiles statements, except the function, class and exception-handling ones
// (compile_func.go, compile_try.go).

import (
	"strings"

	"github.com/asobiba/asobiba/runtime/syntax"
)

// stmts compiles a statement list.
func (c *compiler) stmts(list []syntax.Stmt) {
	for _, s := range list {
		c.stmt(s)
	}
}

// stmt compiles one statement.
func (c *compiler) stmt(s syntax.Stmt) {
	// The line is not restored afterwards: the instructions that follow a body (a loop's jump
	// back, an implicit return) carry the line of its last statement, as in CPython.
	c.setLine(s.Pos().Line)
	c.setSpan(s)
	switch s := s.(type) {
	case *syntax.FunctionDef:
		c.setLine(s.Def.Line)
		c.functionDef(s)
	case *syntax.ClassDef:
		c.setLine(s.Class.Line)
		c.classDef(s)
	case *syntax.Return:
		c.returnStmt(s)
	case *syntax.Delete:
		for _, t := range s.Targets {
			c.deleteTarget(t)
		}
	case *syntax.Assign:
		c.expr(s.Value)
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				c.emitOp(DUP_TOP)
			}
			c.assignTarget(t)
		}
	case *syntax.AugAssign:
		c.augAssign(s)
	case *syntax.AnnAssign:
		c.annAssign(s)
	case *syntax.For:
		if s.IsAsync {
			c.asyncFor(s)
		} else {
			c.forStmt(s)
		}
	case *syntax.While:
		c.whileStmt(s)
	case *syntax.If:
		c.ifStmt(s)
	case *syntax.Match:
		c.matchStmt(s)
	case *syntax.With:
		if s.IsAsync {
			if !c.isAsyncFunction() {
				c.fail(s, "'async with' outside async function")
			}
			c.asyncWith(s, 0)
		} else {
			c.with(s, 0)
		}
	case *syntax.Raise:
		n := 0
		if s.Exc != nil {
			c.expr(s.Exc)
			n++
			if s.Cause != nil {
				c.expr(s.Cause)
				n++
			}
		}
		c.setLine(s.Pos().Line)
		c.emit(RAISE_VARARGS, n)
	case *syntax.Try:
		c.try(s)
	case *syntax.Assert:
		c.assert(s)
	case *syntax.Import:
		c.importStmt(s)
	case *syntax.ImportFrom:
		c.importFrom(s)
	case *syntax.Global, *syntax.Nonlocal, *syntax.Pass:
	case *syntax.ExprStmt:
		c.exprStmt(s)
	case *syntax.Break:
		loop := c.unwindFblockStack(s, false, true)
		if loop == nil {
			c.fail(s, "'break' outside loop")
		}
		c.unwindFblock(loop, false)
		c.emitJump(JUMP, loop.exit)
	case *syntax.Continue:
		loop := c.unwindFblockStack(s, false, true)
		if loop == nil {
			c.fail(s, "'continue' not properly in loop")
		}
		c.emitJump(JUMP, loop.start)
	default:
		panic("unexpected statement")
	}
}

// isAsyncFunction reports whether the current unit is an async def.
func (c *compiler) isAsyncFunction() bool { return c.u.kind == unitAsyncFunction }

func (c *compiler) exprStmt(s *syntax.ExprStmt) {
	if c.mode == Single && c.u.kind == unitModule {
		c.expr(s.Value)
		c.emitOp(PRINT_EXPR)
		return
	}
	if _, ok := s.Value.(*syntax.Constant); ok {
		return // a constant statement (such as a docstring elsewhere) does nothing
	}
	c.expr(s.Value)
	c.emitOp(POP_TOP)
}

func (c *compiler) returnStmt(s *syntax.Return) {
	if c.u.scope.Kind != FunctionScope {
		c.fail(s, "'return' outside function")
	}
	if s.Value != nil && c.u.scope.isCoroutine && c.u.scope.isGenerator {
		c.fail(s, "'return' with value in async generator")
	}
	_, isConst := s.Value.(*syntax.Constant)
	preserve := s.Value != nil && !isConst
	if preserve {
		c.expr(s.Value)
	}
	c.unwindFblockStack(s, preserve, false)
	c.setLine(s.Pos().Line)
	if s.Value == nil {
		c.loadConst(nil)
	} else if !preserve {
		c.loadConst(constValue(s.Value.(*syntax.Constant)))
	}
	c.emitOp(RETURN_VALUE)
}

// assignTarget stores the value on top of the stack into an assignment target.
func (c *compiler) assignTarget(t syntax.Expr) {
	old := c.setLine(t.Pos().Line)
	oldSpan := c.setSpan(t)
	defer func() { c.setLine(old); c.u.span = oldSpan }()
	switch t := t.(type) {
	case *syntax.Name:
		c.nameOp(t.Id, syntax.Store, t)
	case *syntax.Attribute:
		c.expr(t.Value)
		c.setLine(t.End().Line)
		c.u.span = attrSpan(c.u.span, t)
		c.emitAttrName(STORE_ATTR, t.Attr)
	case *syntax.Subscript:
		c.expr(t.Value)
		c.sliceExpr(t.Slice)
		c.emitOp(STORE_SUBSCR)
	case *syntax.Tuple:
		c.unpackTargets(t.Elts, t)
	case *syntax.List:
		c.unpackTargets(t.Elts, t)
	case *syntax.Starred:
		c.fail(t, "starred assignment target must be in a list or tuple")
	default:
		c.fail(t, "cannot assign to expression")
	}
}

// unpackTargets unpacks the sequence on top of the stack into targets, with UNPACK_SEQUENCE or,
// when one target is starred, UNPACK_EX.
func (c *compiler) unpackTargets(elts []syntax.Expr, n syntax.Node) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			if star >= 0 {
				c.fail(n, "multiple starred expressions in assignment")
			}
			star = i
		}
	}
	if star >= 0 {
		after := len(elts) - star - 1
		if star >= 1<<8 || after >= 1<<24 {
			c.fail(n, "too many expressions in star-unpacking assignment")
		}
		c.emit(UNPACK_EX, star|after<<8)
	} else {
		c.emit(UNPACK_SEQUENCE, len(elts))
	}
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			c.assignTarget(s.Value)
		} else {
			c.assignTarget(e)
		}
	}
}

// deleteTarget compiles the deletion of one del target.
func (c *compiler) deleteTarget(t syntax.Expr) {
	old := c.setLine(t.Pos().Line)
	oldSpan := c.setSpan(t)
	defer func() { c.setLine(old); c.u.span = oldSpan }()
	switch t := t.(type) {
	case *syntax.Name:
		c.nameOp(t.Id, syntax.Del, t)
	case *syntax.Attribute:
		c.expr(t.Value)
		c.setLine(t.End().Line)
		c.u.span = attrSpan(c.u.span, t)
		c.emitAttrName(DELETE_ATTR, t.Attr)
	case *syntax.Subscript:
		c.expr(t.Value)
		c.sliceExpr(t.Slice)
		c.emitOp(DELETE_SUBSCR)
	case *syntax.Tuple:
		for _, e := range t.Elts {
			c.deleteTarget(e)
		}
	case *syntax.List:
		for _, e := range t.Elts {
			c.deleteTarget(e)
		}
	default:
		c.fail(t, "cannot delete expression")
	}
}

// binaryOps maps the AST operators to BINARY_OP arguments.
var binaryOps = [...]BinaryOp{
	syntax.Add: OpAdd, syntax.Sub: OpSub, syntax.Mult: OpMul, syntax.MatMult: OpMatMul,
	syntax.Div: OpTrueDiv, syntax.Mod: OpMod, syntax.Pow: OpPow, syntax.LShift: OpLShift,
	syntax.RShift: OpRShift, syntax.BitOr: OpOr, syntax.BitXor: OpXor, syntax.BitAnd: OpAnd,
	syntax.FloorDiv: OpFloorDiv,
}

// augAssign compiles target op= value, evaluating the target's parts once. The target's
// loads and stores carry the target's span and the operation the statement's, as in CPython.
func (c *compiler) augAssign(s *syntax.AugAssign) {
	op := binaryOps[s.Op] + InplaceOffset
	target := spanOf(s.Target)
	operation := func() {
		c.setSpan(s)
		c.expr(s.Value)
		c.emit(BINARY_OP, int(op))
		c.u.span = target
	}
	switch t := s.Target.(type) {
	case *syntax.Name:
		c.u.span = target
		c.nameOp(t.Id, syntax.Load, t)
		c.expr(s.Value)
		c.setLine(s.Pos().Line)
		c.setSpan(s)
		c.emit(BINARY_OP, int(op))
		c.u.span = target
		c.nameOp(t.Id, syntax.Store, t)
	case *syntax.Attribute:
		c.expr(t.Value)
		c.emitOp(DUP_TOP)
		old := c.setLine(t.End().Line)
		c.u.span = attrSpan(target, t)
		c.emitAttrName(LOAD_ATTR, t.Attr)
		c.setLine(old)
		operation()
		c.emitOp(ROT_TWO)
		c.setLine(t.End().Line)
		c.u.span = attrSpan(target, t)
		c.emitAttrName(STORE_ATTR, t.Attr)
	case *syntax.Subscript:
		c.expr(t.Value)
		c.sliceExpr(t.Slice)
		c.u.span = target
		c.emitOp(DUP_TOP_TWO)
		c.emitOp(BINARY_SUBSCR)
		operation()
		c.emitOp(ROT_THREE)
		c.emitOp(STORE_SUBSCR)
	default:
		c.fail(s.Target, "'%s' is an illegal expression for augmented assignment", exprKindName(s.Target))
	}
}

// annAssign compiles an annotated assignment.
func (c *compiler) annAssign(s *syntax.AnnAssign) {
	if s.Value != nil {
		c.expr(s.Value)
		c.assignTarget(s.Target)
	}
	moduleOrClass := c.u.kind == unitModule || c.u.kind == unitClass
	switch t := s.Target.(type) {
	case *syntax.Name:
		if t.Id == "__debug__" {
			c.fail(t, "cannot assign to __debug__")
		}
		if s.Simple && moduleOrClass {
			c.annotation(s.Annotation)
			c.emitName(LOAD_NAME, "__annotations__")
			c.loadConst(mangle(c.u.private, t.Id))
			c.emitOp(STORE_SUBSCR)
		}
	case *syntax.Attribute:
		if s.Value == nil {
			c.expr(t.Value)
			c.emitOp(POP_TOP)
		}
	case *syntax.Subscript:
		if s.Value == nil {
			c.expr(t.Value)
			c.emitOp(POP_TOP)
			c.checkAnnSubscr(t.Slice)
		}
	default:
		c.fail(s.Target, "invalid annotation target")
	}
	if !s.Simple && !c.futureAnnotations && moduleOrClass {
		c.expr(s.Annotation)
		c.emitOp(POP_TOP)
	}
}

// checkAnnSubscr evaluates and discards the parts of an annotated subscript target.
func (c *compiler) checkAnnSubscr(e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.Slice:
		for _, x := range []syntax.Expr{e.Lower, e.Upper, e.Step} {
			if x != nil {
				c.expr(x)
				c.emitOp(POP_TOP)
			}
		}
	case *syntax.Tuple:
		for _, x := range e.Elts {
			c.checkAnnSubscr(x)
		}
	default:
		c.expr(e)
		c.emitOp(POP_TOP)
	}
}

// annotation pushes an annotation's value: the expression, or its source text under
// "from __future__ import annotations".
func (c *compiler) annotation(e syntax.Expr) {
	if c.futureAnnotations {
		old := c.setLine(e.Pos().Line)
		c.loadConst(unparse(e))
		c.setLine(old)
		return
	}
	c.expr(e)
}

// findAnnotations reports whether a module or class body has annotated assignments, outside
// nested functions and classes.
func findAnnotations(list []syntax.Stmt) bool {
	for _, s := range list {
		switch s := s.(type) {
		case *syntax.AnnAssign:
			return true
		case *syntax.For:
			if findAnnotations(s.Body) || findAnnotations(s.Else) {
				return true
			}
		case *syntax.While:
			if findAnnotations(s.Body) || findAnnotations(s.Else) {
				return true
			}
		case *syntax.If:
			if findAnnotations(s.Body) || findAnnotations(s.Else) {
				return true
			}
		case *syntax.With:
			if findAnnotations(s.Body) {
				return true
			}
		case *syntax.Try:
			if findAnnotations(s.Body) || findAnnotations(s.Else) || findAnnotations(s.Finally) {
				return true
			}
			for _, h := range s.Handlers {
				if findAnnotations(h.Body) {
					return true
				}
			}
		}
	}
	return false
}

func (c *compiler) forStmt(s *syntax.For) {
	start, cleanup, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(s.Iter)
	c.setLine(s.Pos().Line)
	c.emitOp(GET_ITER)
	c.bind(start)
	c.emitJump(FOR_ITER, cleanup)
	c.pushFblock(fblock{kind: fbForLoop, start: start, exit: end})
	c.assignTarget(s.Target)
	c.stmts(s.Body)
	c.popFblock(fbForLoop)
	c.emitJump(JUMP, start)
	c.bind(cleanup)
	c.stmts(s.Else)
	c.bind(end)
}

func (c *compiler) asyncFor(s *syntax.For) {
	if !c.isAsyncFunction() {
		c.fail(s, "'async for' outside async function")
	}
	start, except, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(s.Iter)
	c.setLine(s.Pos().Line)
	c.emitOp(GET_AITER)
	c.bind(start)
	c.pushFblock(fblock{kind: fbForLoop, start: start, exit: end})
	c.emitJump(SETUP_FINALLY, except)
	c.emitOp(GET_ANEXT)
	c.loadConst(nil)
	c.emitOp(YIELD_FROM)
	c.emitOp(POP_BLOCK)
	c.assignTarget(s.Target)
	c.stmts(s.Body)
	c.emitJump(JUMP, start)
	c.popFblock(fbForLoop)
	c.bind(except)
	c.setLine(s.Iter.Pos().Line)
	c.emitOp(END_ASYNC_FOR)
	c.stmts(s.Else)
	c.bind(end)
}

func (c *compiler) whileStmt(s *syntax.While) {
	start, orelse, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.bind(start)
	c.jumpIf(s.Test, orelse, false)
	c.pushFblock(fblock{kind: fbWhileLoop, start: start, exit: end})
	c.stmts(s.Body)
	c.popFblock(fbWhileLoop)
	c.emitJump(JUMP, start)
	c.bind(orelse)
	c.stmts(s.Else)
	c.bind(end)
}

func (c *compiler) ifStmt(s *syntax.If) {
	next, end := c.newLabel(), c.newLabel()
	c.jumpIf(s.Test, next, false)
	c.stmts(s.Body)
	if len(s.Else) > 0 {
		c.emitJump(JUMP, end)
	}
	c.bind(next)
	c.stmts(s.Else)
	c.bind(end)
}

func (c *compiler) assert(s *syntax.Assert) {
	end := c.newLabel()
	c.jumpIf(s.Test, end, true)
	c.setLine(s.Pos().Line)
	c.emitOp(LOAD_ASSERTION_ERROR)
	if s.Msg != nil {
		c.expr(s.Msg)
		c.emit(CALL, 1)
	}
	c.setLine(s.Pos().Line)
	c.emit(RAISE_VARARGS, 1)
	c.bind(end)
}

func (c *compiler) importStmt(s *syntax.Import) {
	for _, a := range s.Names {
		c.loadConst(int64(0))
		c.loadConst(nil)
		c.emitName(IMPORT_NAME, a.Name)
		if a.AsName != "" {
			c.importAs(a.Name, a.AsName, a)
			continue
		}
		first := a.Name
		if i := strings.IndexByte(first, '.'); i >= 0 {
			first = first[:i]
		}
		c.storeName(first, a)
	}
}

// importAs binds the module on top of the stack, imported as the dotted name, to asname:
// "import a.b.c as d" walks from a to a.b.c with IMPORT_FROM.
func (c *compiler) importAs(name, asname string, n syntax.Node) {
	parts := strings.Split(name, ".")
	if len(parts) == 1 {
		c.storeName(asname, n)
		return
	}
	for i, attr := range parts[1:] {
		c.emitName(IMPORT_FROM, attr)
		if i < len(parts)-2 {
			c.emitOp(ROT_TWO)
			c.emitOp(POP_TOP)
		}
	}
	c.storeName(asname, n)
	c.emitOp(POP_TOP)
}

func (c *compiler) importFrom(s *syntax.ImportFrom) {
	if s.Module == "__future__" && s.Level == 0 && !c.isLeadingFuture(s) {
		c.fail(s, "from __future__ imports must occur at the beginning of the file")
	}
	names := make(Tuple, len(s.Names))
	for i, a := range s.Names {
		names[i] = a.Name
	}
	c.loadConst(int64(s.Level))
	c.loadConst(names)
	c.emitName(IMPORT_NAME, s.Module)
	if len(s.Names) == 1 && s.Names[0].Name == "*" {
		c.emitOp(IMPORT_STAR)
		return
	}
	for _, a := range s.Names {
		c.emitName(IMPORT_FROM, a.Name)
		store := a.Name
		if a.AsName != "" {
			store = a.AsName
		}
		c.storeName(store, a)
	}
	c.emitOp(POP_TOP)
}

// isLeadingFuture reports whether s is one of the __future__ imports at the start of the module.
func (c *compiler) isLeadingFuture(s *syntax.ImportFrom) bool {
	if c.u.kind != unitModule || c.u.parent != nil || c.st == nil {
		return false
	}
	mod, ok := c.st.top.Node.(*syntax.Module)
	if !ok {
		return false
	}
	for i := 0; i < c.futureEnd && i < len(mod.Body); i++ {
		if mod.Body[i] == syntax.Stmt(s) {
			return true
		}
	}
	return false
}

// exprKindName returns the name CPython uses for an expression in some error messages.
func exprKindName(e syntax.Expr) string {
	switch e.(type) {
	case *syntax.Tuple:
		return "tuple"
	case *syntax.List:
		return "list"
	case *syntax.Starred:
		return "starred"
	case *syntax.Constant:
		return "literal"
	}
	return "expression"
}
