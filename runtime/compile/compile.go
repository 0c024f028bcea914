// Package compile translates the abstract syntax tree of a Python module (runtime/syntax) into
// code objects for the virtual machine (runtime/vm).
//
// # Design
//
// The output is plain data. A Code holds one scope's instructions, constants, names and the
// facts the VM needs to build a frame (parameters, cells, flags, the maximum depths of the value
// stack and the block stack). Nested functions, lambdas, class bodies and comprehensions are
// Codes stored among their parent's constants. Nothing here depends on the VM, so code objects
// can be printed (Disassemble), compared in tests and cached.
//
// The instruction set is CPython 3.10's in spirit (opcode.go documents every instruction and
// the sequences the compiler emits): a value stack, and a block stack that SETUP_FINALLY,
// SETUP_WITH and the exception machinery push and pop. Following CPython 3.10 keeps the
// translation of try/finally, with and the loops a matter of porting a well-understood design:
// a finally body is copied onto every path that leaves its try statement (normal completion,
// return, break, continue, and the exceptional path, which ends in RERAISE), and a stack of
// "frame blocks" (fblock) remembers, while compiling, what must be undone when a return, break
// or continue jumps out of a loop, a with statement or a handler.
//
// Compilation has three steps:
//
//  1. The symbol table (symtable.go) resolves every name of every scope to local, global,
//     free or cell, and reports the scope errors CPython's symtable reports.
//  2. The code generator (compile_stmt.go, compile_expr.go, compile_func.go, compile_try.go)
//     walks the tree once per scope, appending instructions to a unit. Jumps refer to labels,
//     which are bound to instruction indices as the code is laid out.
//  3. The assembler (assemble.go) resolves labels, walks the control-flow graph from the
//     entry to compute the maximum value- and block-stack depths (checking that every path
//     reaches each instruction with the same depths, which catches compiler bugs early), and
//     drops instructions that no path reaches.
//
// Errors are *syntax.Error values, positioned like the parser's, so a host prints both kinds
// the same way. The code generator reports them by panicking with a bailout value that Compile
// recovers; any other panic is a bug and comes back as an error whose message starts with
// "internal error", so that no input can crash the host.
//
// Line numbers follow CPython 3.12: each instruction carries the line of the statement or
// expression that produced it, the instructions of a method call carry the line of the method
// name, and a decorator's call carries the decorator's line.
package compile

import (
	"runtime/debug"
	"strings"

	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
	"github.com/asobiba/asobiba/runtime/syntax"
)

// Mode selects what Compile accepts, as the mode argument of Python's compile builtin.
type Mode int

// The compilation modes.
const (
	Exec   Mode = iota // a module: statements; the code returns None
	Eval               // a single expression statement; the code returns its value
	Single             // interactive input: expression statements are printed with PRINT_EXPR
)

// Compile compiles a parsed module into the code object of its top level. In Eval mode the
// module's body must be a single expression statement (see also CompileExpression). The error,
// if any, is a *syntax.Error.
func Compile(mod *syntax.Module, filename string, mode Mode) (code *Code, err error) {
	c := &compiler{filename: filename, lines: mod.Lines, mode: mode}
	defer c.recoverError(&code, &err)
	if mode == Eval {
		if len(mod.Body) != 1 {
			return nil, c.errorAt(mod, "eval mode needs a single expression")
		}
		es, ok := mod.Body[0].(*syntax.ExprStmt)
		if !ok {
			return nil, c.errorAt(mod.Body[0], "invalid syntax")
		}
		return c.compileEval(es.Value, mod)
	}
	return c.compileModule(mod)
}

// CompileExpression compiles an expression parsed by syntax.ParseExpr, for eval: the code
// returns the expression's value.
func CompileExpression(expr *syntax.Expression, filename string) (code *Code, err error) {
	c := &compiler{filename: filename, lines: expr.Lines, mode: Eval}
	defer c.recoverError(&code, &err)
	return c.compileEval(expr.Body, expr)
}

// bailout carries a syntax error from deep inside the code generator to the API boundary.
type bailout struct{ err error }

func (c *compiler) recoverError(code **Code, err *error) {
	r := recover()
	if r == nil {
		return
	}
	*code = nil
	if b, ok := r.(bailout); ok {
		*err = b.err
		return
	}
	*err = &syntax.Error{
		Kind:     syntax.SyntaxErrorKind,
		Msg:      msgfmt.Sprintf("internal error: %v\n%s", r, debug.Stack()),
		Filename: c.filename,
	}
}

// compiler holds the state of one compilation.
type compiler struct {
	filename          string
	lines             []string
	mode              Mode
	futureAnnotations bool
	futureEnd         int // index in the module body after the last __future__ import
	st                *symtable
	u                 *unit // the unit being compiled
}

// errorAt returns a SyntaxError positioned at n.
func (c *compiler) errorAt(n syntax.Node, format string, args ...any) error {
	e := &syntax.Error{
		Kind:     syntax.SyntaxErrorKind,
		Msg:      msgfmt.Sprintf(format, args...),
		Filename: c.filename,
	}
	if n != nil {
		e.Pos = n.Pos()
		e.EndPos = n.End()
		if e.Pos.Line >= 1 && int(e.Pos.Line) <= len(c.lines) {
			e.Line = strings.TrimRight(c.lines[e.Pos.Line-1], "\r\n")
		}
	}
	return e
}

// fail aborts the compilation with a SyntaxError positioned at n.
func (c *compiler) fail(n syntax.Node, format string, args ...any) {
	panic(bailout{c.errorAt(n, format, args...)})
}

// unitKind tells what kind of scope a unit compiles; it decides name operations and which
// statements are allowed.
type unitKind uint8

const (
	unitModule unitKind = iota
	unitClass
	unitFunction
	unitAsyncFunction
	unitLambda
	unitComprehension
)

// label is a jump target. It is bound to an instruction index by bind.
type label int32

// unit is the code generator's state for one code object.
type unit struct {
	parent  *unit
	kind    unitKind
	scope   *Scope
	code    *Code
	private string // the enclosing class name, for mangling

	instrs []Instr
	lines  []int32
	spans  []syntax.Span // spans[i] is the source span of instrs[i] (Code.Positions)
	labels []int32       // labels[l] is the instruction index of label l, or -1 while unbound

	consts     []Const
	constIndex map[string]int
	names      map[string]int
	varnames   map[string]int
	cells      map[string]int // cell and free variables: index in CellVars ++ FreeVars

	fblocks []fblock
	line    int32
	// span is the expression or statement being compiled: the position of the next
	// instruction, as CPython's compiler keeps it (SET_LOC).
	span syntax.Span
}

// newUnit opens a unit for scope s.
func (c *compiler) newUnit(kind unitKind, s *Scope, name, qualname string, firstLine int) *unit {
	u := &unit{
		parent:     c.u,
		kind:       kind,
		scope:      s,
		constIndex: make(map[string]int),
		names:      make(map[string]int),
		varnames:   make(map[string]int),
		cells:      make(map[string]int),
		line:       int32(firstLine),
	}
	if c.u != nil {
		u.private = c.u.private
	}
	u.code = &Code{
		Name:      name,
		QualName:  qualname,
		Filename:  c.filename,
		FirstLine: firstLine,
	}
	// Parameters come first among the fast locals.
	for _, p := range s.Params {
		u.varIndex(p)
	}
	// Cells (sorted), then the implicit __class__ cell, then free variables (sorted).
	var cells, frees []string
	for _, name := range s.Order {
		sym := s.Symbols[name]
		switch {
		case sym.Scope == ScopeCell:
			cells = append(cells, name)
		case sym.Scope == ScopeFree || sym.Flags&defFreeClass != 0:
			frees = append(frees, name)
		}
	}
	sortStrings(cells)
	if s.needsClassClosure {
		cells = append(cells, "__class__")
	}
	sortStrings(frees)
	u.code.CellVars = cells
	u.code.FreeVars = frees
	for i, name := range cells {
		u.cells[name] = i
	}
	for i, name := range frees {
		if _, ok := u.cells[name]; !ok {
			u.cells[name] = len(cells) + i
		}
	}
	return u
}

// ---------------------------------------------------------------------------
// Emission

// emit appends an instruction with the current line.
func (c *compiler) emit(op Opcode, arg int) {
	u := c.u
	if arg < 0 {
		panic(msgfmt.Sprintf("negative argument %d for %v", arg, op))
	}
	u.instrs = append(u.instrs, Instr{Op: op, Arg: uint32(arg)})
	u.lines = append(u.lines, u.line)
	u.spans = append(u.spans, u.span)
}

// attrSpan is span moved, when the attribute a ends on a later line than span starts, to
// start at a's name on that line (CPython's update_start_location_to_match_attr): a traceback
// through `(obj\n .meth())` then underlines `meth()`.
func attrSpan(span syntax.Span, a *syntax.Attribute) syntax.Span {
	end := a.End()
	if span.StartPos.Line == end.Line {
		return span
	}
	span.StartPos = syntax.Pos{Line: end.Line, Col: end.Col - int32(len([]rune(a.Attr)))}
	if span.EndPos.Line < end.Line {
		span.EndPos = end
	}
	return span
}

// spanOf returns the source span of n.
func spanOf(n syntax.Node) syntax.Span { return syntax.Span{StartPos: n.Pos(), EndPos: n.End()} }

// setSpan makes n the source span of the instructions emitted next and returns the previous
// one.
func (c *compiler) setSpan(n syntax.Node) syntax.Span {
	old := c.u.span
	c.u.span = spanOf(n)
	return old
}

// emitOp appends an instruction without argument.
func (c *compiler) emitOp(op Opcode) { c.emit(op, 0) }

// emitJump appends a jump (or block setup) to label l.
func (c *compiler) emitJump(op Opcode, l label) { c.emit(op, int(l)) }

// newLabel returns an unbound label.
func (c *compiler) newLabel() label {
	c.u.labels = append(c.u.labels, -1)
	return label(len(c.u.labels) - 1)
}

// bind binds label l to the next instruction.
func (c *compiler) bind(l label) {
	if c.u.labels[l] >= 0 {
		panic("label bound twice")
	}
	c.u.labels[l] = int32(len(c.u.instrs))
}

// setLine sets the line of the instructions that follow and returns the previous one.
func (c *compiler) setLine(line int32) int32 {
	old := c.u.line
	if line > 0 {
		c.u.line = line
	}
	return old
}

// loadConst emits LOAD_CONST v.
func (c *compiler) loadConst(v Const) { c.emit(LOAD_CONST, c.u.constIdx(v)) }

// constIdx returns the index of v in the constants, adding it if needed. Equal constants of
// the same type share an index; code objects never do.
func (u *unit) constIdx(v Const) int {
	key, ok := constKey(v)
	if ok {
		if i, ok := u.constIndex[key]; ok {
			return i
		}
	}
	u.consts = append(u.consts, v)
	i := len(u.consts) - 1
	if ok {
		u.constIndex[key] = i
	}
	return i
}

// nameIdx returns the index of name in Names.
func (u *unit) nameIdx(name string) int {
	if i, ok := u.names[name]; ok {
		return i
	}
	i := len(u.code.Names)
	u.code.Names = append(u.code.Names, name)
	u.names[name] = i
	return i
}

// varIndex returns the index of name among the fast locals.
func (u *unit) varIndex(name string) int {
	if i, ok := u.varnames[name]; ok {
		return i
	}
	i := len(u.code.VarNames)
	u.code.VarNames = append(u.code.VarNames, name)
	u.varnames[name] = i
	return i
}

// derefIdx returns the cell-or-free slot of name.
func (u *unit) derefIdx(name string) int {
	i, ok := u.cells[name]
	if !ok {
		panic(msgfmt.Sprintf("no cell or free variable %q in %s", name, u.code.QualName))
	}
	return i
}

// emitName emits a name-based instruction with the (already mangled) name.
func (c *compiler) emitName(op Opcode, name string) { c.emit(op, c.u.nameIdx(name)) }

// emitAttrName emits an attribute instruction, mangling the attribute name.
func (c *compiler) emitAttrName(op Opcode, attr string) {
	c.emitName(op, mangle(c.u.private, attr))
}

// ---------------------------------------------------------------------------
// Names

// nameOp emits the load, store or delete of a variable, choosing the instruction from the
// variable's scope and the kind of unit, as CPython's compiler_nameop does.
func (c *compiler) nameOp(name string, ctx syntax.ExprContext, n syntax.Node) {
	u := c.u
	if name == "__debug__" {
		switch ctx {
		case syntax.Load:
			c.loadConst(true)
			return
		case syntax.Store:
			c.fail(n, "cannot assign to __debug__")
		default:
			c.fail(n, "cannot delete __debug__")
		}
	}
	mangled := mangle(u.private, name)
	scope := u.scope.scopeOf(mangled)
	isFunc := u.scope.Kind == FunctionScope
	type opKind int
	const (
		opName opKind = iota
		opFast
		opGlobal
		opDeref
	)
	kind := opName
	switch scope {
	case ScopeFree, ScopeCell:
		kind = opDeref
	case ScopeLocal:
		if isFunc {
			kind = opFast
		}
	case ScopeGlobalImplicit:
		if isFunc {
			kind = opGlobal
		}
	case ScopeGlobalExplicit:
		kind = opGlobal
	}
	switch kind {
	case opFast:
		i := u.varIndex(mangled)
		c.emit([...]Opcode{LOAD_FAST, STORE_FAST, DELETE_FAST}[ctx], i)
	case opGlobal:
		c.emit([...]Opcode{LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL}[ctx], u.nameIdx(mangled))
	case opDeref:
		i := u.derefIdx(mangled)
		op := [...]Opcode{LOAD_DEREF, STORE_DEREF, DELETE_DEREF}[ctx]
		if ctx == syntax.Load && u.scope.Kind == ClassScope {
			op = LOAD_CLASSDEREF
		}
		c.emit(op, i)
	default:
		c.emit([...]Opcode{LOAD_NAME, STORE_NAME, DELETE_NAME}[ctx], u.nameIdx(mangled))
	}
}

// storeName stores the top of the stack into a variable.
func (c *compiler) storeName(name string, n syntax.Node) { c.nameOp(name, syntax.Store, n) }

// ---------------------------------------------------------------------------
// Frame blocks

// fblockKind is the kind of a frame block: a construct that a return, break or continue
// leaving it must undo.
type fblockKind uint8

const (
	fbWhileLoop fblockKind = iota
	fbForLoop
	fbTryExcept
	fbFinallyTry
	fbFinallyEnd
	fbWith
	fbAsyncWith
	fbHandlerCleanup
	fbPopValue
	fbExceptionHandler
	fbExceptionGroupHandler
	fbAsyncComprehension
)

type fblock struct {
	kind    fblockKind
	start   label // loops: where continue jumps
	exit    label // loops: where break jumps
	finally []syntax.Stmt
	name    string      // fbHandlerCleanup: the "as" name to clear, or ""
	node    syntax.Node // fbWith: the statement (for the line of the exit call)
}

func (c *compiler) pushFblock(b fblock) { c.u.fblocks = append(c.u.fblocks, b) }

func (c *compiler) popFblock(kind fblockKind) {
	fb := c.u.fblocks
	if len(fb) == 0 || fb[len(fb)-1].kind != kind {
		panic("unbalanced frame blocks")
	}
	c.u.fblocks = fb[:len(fb)-1]
}

// unwindFblock emits the code that leaves frame block b. If preserveTOS, the value on top of
// the stack (a return value) must survive.
func (c *compiler) unwindFblock(b *fblock, preserveTOS bool) {
	switch b.kind {
	case fbWhileLoop, fbExceptionHandler, fbExceptionGroupHandler, fbAsyncComprehension:
	case fbForLoop:
		if preserveTOS {
			c.emitOp(ROT_TWO)
		}
		c.emitOp(POP_TOP) // the iterator
	case fbTryExcept:
		c.emitOp(POP_BLOCK)
	case fbFinallyTry:
		c.emitOp(POP_BLOCK)
		if preserveTOS {
			c.pushFblock(fblock{kind: fbPopValue})
		}
		c.stmts(b.finally)
		if preserveTOS {
			c.popFblock(fbPopValue)
		}
	case fbFinallyEnd:
		if preserveTOS {
			c.emitOp(ROT_TWO)
		}
		c.emitOp(POP_TOP) // the exception
		c.emitOp(POP_EXCEPT)
	case fbWith, fbAsyncWith:
		old := c.setLine(b.node.Pos().Line)
		c.emitOp(POP_BLOCK)
		if preserveTOS {
			c.emitOp(ROT_TWO)
		}
		c.callExitWithNones()
		if b.kind == fbAsyncWith {
			c.emitAwait(2)
		}
		c.emitOp(POP_TOP)
		c.setLine(old)
	case fbHandlerCleanup:
		if b.name != "" {
			c.emitOp(POP_BLOCK)
		}
		c.emitOp(POP_EXCEPT)
		if b.name != "" {
			c.clearName(b.name, nil)
		}
	case fbPopValue:
		if preserveTOS {
			c.emitOp(ROT_TWO)
		}
		c.emitOp(POP_TOP)
	}
}

// unwindFblockStack unwinds the frame blocks from the innermost out. With loop != nil it stops
// at the innermost loop and returns it (without unwinding it); otherwise it unwinds all.
func (c *compiler) unwindFblockStack(n syntax.Node, preserveTOS, toLoop bool) *fblock {
	fb := c.u.fblocks
	if len(fb) == 0 {
		return nil
	}
	top := fb[len(fb)-1]
	if top.kind == fbExceptionGroupHandler {
		c.fail(n, "'break', 'continue' and 'return' cannot appear in an except* block")
	}
	if toLoop && (top.kind == fbWhileLoop || top.kind == fbForLoop) {
		return &fb[len(fb)-1]
	}
	c.u.fblocks = fb[:len(fb)-1]
	c.unwindFblock(&top, preserveTOS)
	loop := c.unwindFblockStack(n, preserveTOS, toLoop)
	c.u.fblocks = append(c.u.fblocks, top)
	return loop
}

// callExitWithNones calls the __exit__ below the top of the stack with (None, None, None).
func (c *compiler) callExitWithNones() {
	c.loadConst(nil)
	c.emitOp(DUP_TOP)
	c.emitOp(DUP_TOP)
	c.emit(CALL, 3)
}

// emitAwait emits the await of the value on top of the stack.
func (c *compiler) emitAwait(where int) {
	c.emit(GET_AWAITABLE, where)
	c.loadConst(nil)
	c.emitOp(YIELD_FROM)
}

// clearName emits name = None; del name (the end of an "except ... as name" clause).
func (c *compiler) clearName(name string, n syntax.Node) {
	c.loadConst(nil)
	c.nameOp(name, syntax.Store, n)
	c.nameOp(name, syntax.Del, n)
}

// ---------------------------------------------------------------------------
// Top levels

// checkFuture finds the __future__ imports at the start of the module, as CPython's future.c.
func (c *compiler) checkFuture(body []syntax.Stmt) {
	i := 0
	if docstring(body) != nil {
		i++
	}
	c.futureEnd = i
	for ; i < len(body); i++ {
		imp, ok := body[i].(*syntax.ImportFrom)
		if !ok || imp.Module != "__future__" || imp.Level != 0 {
			return
		}
		for _, a := range imp.Names {
			switch a.Name {
			case "nested_scopes", "generators", "division", "absolute_import", "with_statement",
				"print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop":
			case "annotations":
				c.futureAnnotations = true
			case "braces":
				c.fail(imp, "not a chance")
			default:
				c.fail(imp, "future feature %s is not defined", a.Name)
			}
		}
		c.futureEnd = i + 1
	}
}

func (c *compiler) compileModule(mod *syntax.Module) (*Code, error) {
	c.checkFuture(mod.Body)
	st, err := buildSymtable(c, mod.Body, mod)
	if err != nil {
		return nil, err
	}
	c.st = st
	c.u = c.newUnit(unitModule, st.top, "<module>", "<module>", 1)
	c.u.code.FirstLine = 1
	c.u.line = 1
	if len(mod.Body) > 0 {
		c.u.line = mod.Body[0].Pos().Line
	}
	if findAnnotations(mod.Body) {
		c.emitOp(SETUP_ANNOTATIONS)
	}
	c.body(mod.Body, c.mode != Single)
	c.loadConst(nil)
	c.emitOp(RETURN_VALUE)
	return c.finish(), nil
}

func (c *compiler) compileEval(e syntax.Expr, root syntax.Node) (*Code, error) {
	st, err := buildSymtableExpr(c, e, root)
	if err != nil {
		return nil, err
	}
	c.st = st
	c.u = c.newUnit(unitModule, st.top, "<module>", "<module>", 1)
	c.u.line = e.Pos().Line
	c.expr(e)
	c.emitOp(RETURN_VALUE)
	return c.finish(), nil
}

// body compiles the statements of a module or class body, storing a docstring in __doc__.
func (c *compiler) body(stmts []syntax.Stmt, allowDoc bool) {
	if allowDoc {
		if doc := docstring(stmts); doc != nil {
			old := c.setLine(stmts[0].Pos().Line)
			c.loadConst(doc.Value.(string))
			c.storeName("__doc__", stmts[0])
			c.setLine(old)
			stmts = stmts[1:]
		}
	}
	c.stmts(stmts)
}

// docstring returns the string constant that begins a body, or nil.
func docstring(body []syntax.Stmt) *syntax.Constant {
	if len(body) == 0 {
		return nil
	}
	es, ok := body[0].(*syntax.ExprStmt)
	if !ok {
		return nil
	}
	k, ok := es.Value.(*syntax.Constant)
	if !ok {
		return nil
	}
	if _, ok := k.Value.(string); !ok {
		return nil
	}
	return k
}

// finish assembles the current unit into its Code and returns to the parent unit.
func (c *compiler) finish() *Code {
	u := c.u
	code := u.code
	code.Consts = u.consts
	assemble(u)
	c.u = u.parent
	return code
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
