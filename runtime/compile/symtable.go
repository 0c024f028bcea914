package compile

// This file is the symbol-table pass: it decides, for every name in every scope, whether the
// name is local, global (declared or implicit), free (captured from an enclosing function) or a
// cell (local, and captured by an inner scope).
//
// It follows CPython 3.11's symtable.c closely, in two phases:
//
//  1. build walks the tree once, opening a Scope for the module, each class body, each function
//     and lambda, each comprehension (CPython 3.11 does not inline them) and, under
//     "from __future__ import annotations", each group of annotations. It records for each name
//     how the scope uses it (flags such as defLocal, defParam, use, defGlobal) and reports the
//     errors that need only one scope: a global or nonlocal declaration after a use, yield in a
//     comprehension, import * inside a function, misplaced assignment expressions.
//
//  2. analyze resolves the flags into a Scope kind top-down, passing to each child the set of
//     names bound by enclosing functions (class bodies do not count: their names are invisible
//     to methods) and the set of declared globals, and collecting the free names of the children
//     bottom-up: a local of a function that a child uses becomes a cell, and a free name that a
//     scope neither binds nor resolves is passed through it as free, so that the scope can hand
//     the cell on in its own closure.
//
// Classes get one extra cell, __class__, when a method uses super() or __class__; the compiler
// creates it and stores it into the namespace as __classcell__.
//
// Names are mangled (__x becomes _C__x inside class C) before they are recorded, as in CPython.

import "github.com/asobiba/asobiba/runtime/syntax"

// The symbol flags, with CPython's values, so that the tests can compare them with the
// symtable module's.
const (
	defGlobal    = 1 << iota // global statement
	defLocal                 // assignment in the scope
	defParam                 // parameter
	defNonlocal              // nonlocal statement
	use                      // name is read
	defFree                  // (unused; CPython's DEF_FREE)
	defFreeClass             // free in a method, bound or global in the class
	defImport                // bound by an import
	defAnnot                 // annotated
	defCompIter              // a comprehension's iteration variable

	defBound = defLocal | defParam | defImport
)

// SymbolScope is the resolved scope of a name.
type SymbolScope uint8

// The symbol scopes, with CPython's values.
const (
	ScopeUnknown        SymbolScope = iota
	ScopeLocal                      // bound in this scope
	ScopeGlobalExplicit             // declared global
	ScopeGlobalImplicit             // not bound anywhere enclosing: global or builtin
	ScopeFree                       // bound in an enclosing function
	ScopeCell                       // local, and used by an inner scope
)

var scopeNames = [...]string{"UNKNOWN", "LOCAL", "GLOBAL_EXPLICIT", "GLOBAL_IMPLICIT", "FREE", "CELL"}

// String returns CPython's name for the scope, such as "GLOBAL_IMPLICIT".
func (s SymbolScope) String() string { return scopeNames[s] }

// ScopeKind tells what a Scope belongs to.
type ScopeKind uint8

// The kinds of scope, as CPython's symtable module names them.
const (
	ModuleScope     ScopeKind = iota // the module
	ClassScope                       // a class body
	FunctionScope                    // a def, lambda or comprehension
	AnnotationScope                  // annotations under "from __future__ import annotations"
)

var scopeKindNames = [...]string{"module", "class", "function", "annotation"}

// String returns "module", "class", "function" or "annotation".
func (k ScopeKind) String() string { return scopeKindNames[k] }

// Comprehension kinds of a Scope.
const (
	notComprehension = iota
	listComprehension
	setComprehension
	dictComprehension
	genExpression
)

// Symbol is one name of a Scope.
type Symbol struct {
	Name  string
	Flags int
	Scope SymbolScope
}

// Scope is the symbol table of one module, class body, function, lambda, comprehension or
// annotation group.
type Scope struct {
	Kind     ScopeKind
	Name     string // the symtable name: "top", the def or class name, "lambda", "listcomp", ...
	Node     syntax.Node
	Parent   *Scope
	Children []*Scope

	Symbols map[string]*Symbol
	Order   []string // symbol names in the order they were first recorded
	Params  []string // the parameters, in VarNames order

	comprehension     int  // notComprehension or the comprehension kind
	isGenerator       bool // contains yield (or is a generator expression)
	isCoroutine       bool // async def, or contains await / async for
	isAsyncDef        bool
	isLambda          bool
	nested            bool // a function nested in a function
	hasFree           bool
	childFree         bool
	needsClassClosure bool
	returnsValue      bool

	directives    map[string]syntax.Node // global / nonlocal statement of each declared name
	compIterTgt   bool                   // visiting a comprehension's target
	compIterExpr  int                    // visiting a comprehension's iterable
	annotationFor syntax.Node            // the def or statement an annotation scope belongs to
}

// Lookup returns the symbol for name (already mangled), or nil.
func (s *Scope) Lookup(name string) *Symbol { return s.Symbols[name] }

// scopeOf returns the resolved scope of name, or ScopeUnknown.
func (s *Scope) scopeOf(name string) SymbolScope {
	if sym := s.Symbols[name]; sym != nil {
		return sym.Scope
	}
	return ScopeUnknown
}

// isFunctionLike reports whether the scope is a function, lambda or comprehension.
func (s *Scope) isFunctionLike() bool { return s.Kind == FunctionScope }

// symtable is the result of the pass: the module scope and an index from nodes to scopes.
type symtable struct {
	top     *Scope
	scopes  map[syntax.Node]*Scope
	annot   map[syntax.Node]*Scope // annotation scopes (future annotations), by owner node
	future  bool                   // from __future__ import annotations
	cur     *Scope
	stack   []*Scope
	private string // the enclosing class name, for mangling
	c       *compiler
}

// mangle implements CPython's private name mangling: inside class C (private "C"), __x becomes
// _C__x, except for dunder names and dotted names.
func mangle(private, name string) string {
	if private == "" || len(name) < 2 || name[0] != '_' || name[1] != '_' {
		return name
	}
	if len(name) >= 4 && name[len(name)-2:] == "__" {
		return name
	}
	for i := 0; i < len(name); i++ {
		if name[i] == '.' {
			return name
		}
	}
	i := 0
	for i < len(private) && private[i] == '_' {
		i++
	}
	if i == len(private) {
		return name
	}
	return "_" + private[i:] + name
}

// buildSymtable runs both phases over a module body.
func buildSymtable(c *compiler, body []syntax.Stmt, root syntax.Node) (*symtable, error) {
	st := &symtable{
		scopes: make(map[syntax.Node]*Scope),
		annot:  make(map[syntax.Node]*Scope),
		future: c.futureAnnotations,
		c:      c,
	}
	st.top = st.enter("top", ModuleScope, root)
	if err := st.visitStmts(body); err != nil {
		return nil, err
	}
	st.exit()
	if err := st.analyze(); err != nil {
		return nil, err
	}
	return st, nil
}

// buildSymtableExpr runs both phases over an eval expression.
func buildSymtableExpr(c *compiler, e syntax.Expr, root syntax.Node) (*symtable, error) {
	st := &symtable{
		scopes: make(map[syntax.Node]*Scope),
		annot:  make(map[syntax.Node]*Scope),
		c:      c,
	}
	st.top = st.enter("top", ModuleScope, root)
	if err := st.visitExpr(e); err != nil {
		return nil, err
	}
	st.exit()
	if err := st.analyze(); err != nil {
		return nil, err
	}
	return st, nil
}

func (st *symtable) enter(name string, kind ScopeKind, node syntax.Node) *Scope {
	s := &Scope{
		Kind:    kind,
		Name:    name,
		Node:    node,
		Parent:  st.cur,
		Symbols: make(map[string]*Symbol),
	}
	// Annotation scopes are not children: under future annotations the annotations become
	// strings, so their names must not affect the other scopes (as in CPython).
	if st.cur != nil && kind != AnnotationScope {
		st.cur.Children = append(st.cur.Children, s)
		if st.cur.Kind == FunctionScope || st.cur.nested {
			s.nested = true
		}
	}
	if kind == AnnotationScope {
		st.annot[node] = s
	} else {
		st.scopes[node] = s
	}
	st.stack = append(st.stack, s)
	st.cur = s
	return s
}

func (st *symtable) exit() {
	st.stack = st.stack[:len(st.stack)-1]
	if len(st.stack) > 0 {
		st.cur = st.stack[len(st.stack)-1]
	} else {
		st.cur = nil
	}
}

func (st *symtable) errorf(n syntax.Node, format string, args ...any) error {
	return st.c.errorAt(n, format, args...)
}

// addDef records a use of name in the current scope.
func (st *symtable) addDef(name string, flag int, n syntax.Node) error {
	return st.addDefIn(st.cur, name, flag, n)
}

func (st *symtable) addDefIn(s *Scope, name string, flag int, n syntax.Node) error {
	mangled := mangle(st.private, name)
	sym := s.Symbols[mangled]
	val := flag
	if sym != nil {
		if flag&defParam != 0 && sym.Flags&defParam != 0 {
			return st.errorf(n, "duplicate argument '%s' in function definition", name)
		}
		val = sym.Flags | flag
	}
	if s.compIterTgt {
		if val&(defGlobal|defNonlocal) != 0 {
			return st.errorf(n, "comprehension inner loop cannot rebind assignment expression target '%s'", name)
		}
		val |= defCompIter
	}
	if sym == nil {
		sym = &Symbol{Name: mangled}
		s.Symbols[mangled] = sym
		s.Order = append(s.Order, mangled)
	}
	sym.Flags = val
	if flag&defParam != 0 {
		s.Params = append(s.Params, mangled)
	} else if flag&defGlobal != 0 && st.top != nil {
		// A global declaration anywhere also marks the name in the module's table.
		g := st.top.Symbols[mangled]
		if g == nil {
			g = &Symbol{Name: mangled}
			st.top.Symbols[mangled] = g
			st.top.Order = append(st.top.Order, mangled)
		}
		g.Flags |= flag
	}
	return nil
}

func (st *symtable) lookup(name string) int {
	if sym := st.cur.Symbols[mangle(st.private, name)]; sym != nil {
		return sym.Flags
	}
	return 0
}

func (st *symtable) recordDirective(name string, n syntax.Node) {
	s := st.cur
	if s.directives == nil {
		s.directives = make(map[string]syntax.Node)
	}
	m := mangle(st.private, name)
	if _, ok := s.directives[m]; !ok {
		s.directives[m] = n
	}
}
