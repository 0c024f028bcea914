package syntax

// This file declares the abstract syntax tree. It mirrors the node set of
// CPython 3.12's ast module: one Go struct per ast class, with the same
// field meanings, so that anyone who knows CPython's ast can read it. The
// differences are small and deliberate:
//
//   - async variants share a struct with an IsAsync flag (FunctionDef
//     covers AsyncFunctionDef, For covers AsyncFor, With covers AsyncWith),
//     and Try covers TryStar with IsStar;
//   - the Expr statement is called ExprStmt, to keep the Expr interface name;
//   - CPython's "orelse" and "finalbody" are called Else and Finally, and
//     "decorator_list" is Decorators;
//   - an absent optional identifier is the empty string (no identifier is
//     empty), an absent optional expression or node is nil;
//   - positions are Spans of Pos (see Pos for the column convention) and
//     some nodes also record the position of a significant token.
//
// The Expr and Stmt interfaces are sealed: only this package's types
// implement them, so a type switch over them can be exhaustive.

// Node is implemented by every AST node.
type Node interface {
	// Pos returns the position of the node's first character.
	Pos() Pos
	// End returns the position just after the node's last character.
	End() Pos
}

// Expr is implemented by every expression node.
type Expr interface {
	Node
	exprNode()
}

// Stmt is implemented by every statement node.
type Stmt interface {
	Node
	stmtNode()
}

// ---------------------------------------------------------------------------
// Roots

// Module is the root of a parsed file (CPython's ast.Module). It also keeps
// the file name and the source lines, so that error messages and tracebacks
// can quote the source.
type Module struct {
	Span
	Body     []Stmt
	Filename string   // the name given to ParseFile
	Lines    []string // the source lines, without their line terminators; Lines[0] is line 1
}

// Expression is the root of a parsed expression for eval (CPython's
// ast.Expression).
type Expression struct {
	Span
	Body     Expr
	Filename string   // the name given to ParseExpr
	Lines    []string // the source lines, without their line terminators
}

// ---------------------------------------------------------------------------
// Statements

// FunctionDef is a def or async def statement (CPython's ast.FunctionDef and
// ast.AsyncFunctionDef). Its span starts at 'def' (or 'async'), not at
// its decorators, as in CPython 3.8+.
type FunctionDef struct {
	Span
	IsAsync    bool       // async def
	Def        Pos        // position of the 'def' keyword ('async' if IsAsync)
	Name       string     // the function name
	NamePos    Pos        // position of the name
	Args       *Arguments // the parameters; never nil
	Body       []Stmt     // the function body
	Decorators []Expr     // decorator_list, outermost first
	Returns    Expr       // the return annotation, or nil
}

// ClassDef is a class statement. Its span starts at 'class', not at its
// decorators.
type ClassDef struct {
	Span
	Class      Pos        // position of the 'class' keyword
	Name       string     // the class name
	NamePos    Pos        // position of the name
	Bases      []Expr     // positional arguments of the class header (may include *Starred)
	Keywords   []*Keyword // keyword arguments of the class header, e.g. metaclass=M
	Body       []Stmt     // the class body
	Decorators []Expr     // decorator_list, outermost first
}

// Return is a return statement.
type Return struct {
	Span
	Value Expr // the returned value, or nil for a bare return
}

// Delete is a del statement. Each target has the Del context.
type Delete struct {
	Span
	Targets []Expr
}

// Assign is an assignment, possibly chained: a = b = value has two
// Targets, in source order. Each target has the Store context.
type Assign struct {
	Span
	Targets []Expr
	Value   Expr
}

// AugAssign is an augmented assignment such as x += 1.
type AugAssign struct {
	Span
	Target Expr     // a Name, Attribute or Subscript with the Store context
	Op     Operator // the operator without its '='
	OpPos  Pos      // position of the operator token, e.g. "+="
	Value  Expr
}

// AnnAssign is an annotated assignment such as x: int = 0.
type AnnAssign struct {
	Span
	Target     Expr // a Name, Attribute or Subscript with the Store context
	Annotation Expr
	Value      Expr // the assigned value, or nil
	// Simple is true when Target is a plain Name that was not written in
	// parentheses; the annotation is then stored in __annotations__.
	Simple bool
}

// For is a for or async for loop.
type For struct {
	Span
	IsAsync bool // async for
	Target  Expr // the loop variable(s), with the Store context
	Iter    Expr
	Body    []Stmt
	Else    []Stmt // orelse: run when the loop ends without break
}

// While is a while loop.
type While struct {
	Span
	Test Expr
	Body []Stmt
	Else []Stmt // orelse: run when the loop ends without break
}

// If is an if statement. An elif clause is represented, as in CPython, by
// an Else holding a single nested If.
type If struct {
	Span
	Test Expr
	Body []Stmt
	Else []Stmt // orelse
}

// With is a with or async with statement.
type With struct {
	Span
	IsAsync bool // async with
	Items   []*WithItem
	Body    []Stmt
}

// Raise is a raise statement: raise, raise Exc, or raise Exc from Cause.
type Raise struct {
	Span
	Exc   Expr // the exception, or nil for a bare raise
	Cause Expr // the expression after 'from', or nil
}

// Try is a try statement (CPython's ast.Try), or with IsStar a try
// statement whose handlers are except* clauses (ast.TryStar).
type Try struct {
	Span
	IsStar   bool // the handlers are except* clauses
	Body     []Stmt
	Handlers []*ExceptHandler
	Else     []Stmt // orelse
	Finally  []Stmt // finalbody
}

// Assert is an assert statement.
type Assert struct {
	Span
	Test Expr
	Msg  Expr // the message, or nil
}

// Import is an import statement: import a.b as c, d.
type Import struct {
	Span
	Names []*Alias
}

// ImportFrom is a from-import statement: from ..m import a, b as c.
type ImportFrom struct {
	Span
	Module string   // the dotted module name without leading dots; "" in "from . import x"
	Names  []*Alias // the imported names; a single Alias named "*" for "import *"
	Level  int      // the number of leading dots (0 for an absolute import)
}

// Global is a global statement.
type Global struct {
	Span
	Names []string
}

// Nonlocal is a nonlocal statement.
type Nonlocal struct {
	Span
	Names []string
}

// ExprStmt is an expression used as a statement (CPython's ast.Expr).
type ExprStmt struct {
	Span
	Value Expr
}

// Pass is a pass statement.
type Pass struct{ Span }

// Break is a break statement.
type Break struct{ Span }

// Continue is a continue statement.
type Continue struct{ Span }

// ---------------------------------------------------------------------------
// Expressions

// BoolOp is a chain of the same boolean operator: a or b or c has three
// Values.
type BoolOp struct {
	Span
	Op     BoolOpKind
	Values []Expr // at least two
}

// NamedExpr is an assignment expression (target := value).
type NamedExpr struct {
	Span
	Target *Name // always a Name with the Store context
	Value  Expr
}

// BinOp is a binary operation such as a + b.
type BinOp struct {
	Span
	Left  Expr
	Op    Operator
	OpPos Pos // position of the operator token
	Right Expr
}

// UnaryOp is a unary operation such as -x or not x.
type UnaryOp struct {
	Span
	Op      UnaryOpKind
	Operand Expr
}

// Lambda is a lambda expression.
type Lambda struct {
	Span
	Args *Arguments // the parameters; never nil (empty for "lambda: x")
	Body Expr
}

// IfExp is a conditional expression: Body if Test else Else.
type IfExp struct {
	Span
	Test Expr
	Body Expr
	Else Expr // orelse
}

// Dict is a dict display. Keys and Values have the same length; a nil key
// means that the value is unpacked with **, as in {**d}.
type Dict struct {
	Span
	Keys   []Expr
	Values []Expr
}

// Set is a set display such as {a, b}. (An empty set has no display.)
type Set struct {
	Span
	Elts []Expr
}

// ListComp is a list comprehension [Elt for ...].
type ListComp struct {
	Span
	Elt        Expr
	Generators []*Comprehension // the for/if clauses, outermost first
}

// SetComp is a set comprehension {Elt for ...}.
type SetComp struct {
	Span
	Elt        Expr
	Generators []*Comprehension
}

// DictComp is a dict comprehension {Key: Value for ...}.
type DictComp struct {
	Span
	Key        Expr
	Value      Expr
	Generators []*Comprehension
}

// GeneratorExp is a generator expression (Elt for ...). When it is the sole
// argument of a call, its span covers the call's parentheses, as in CPython.
type GeneratorExp struct {
	Span
	Elt        Expr
	Generators []*Comprehension
}

// Await is an await expression.
type Await struct {
	Span
	Value Expr
}

// Yield is a yield expression.
type Yield struct {
	Span
	Value Expr // the yielded value, or nil
}

// YieldFrom is a yield from expression.
type YieldFrom struct {
	Span
	Value Expr
}

// Compare is a comparison, possibly chained: a < b <= c has Left a,
// Ops [Lt, LtE] and Comparators [b, c].
type Compare struct {
	Span
	Left        Expr
	Ops         []CmpOp
	Comparators []Expr // same length as Ops
}

// Call is a function call. Positional arguments (including *Starred ones)
// are in Args and keyword arguments (including **mapping) in Keywords, each
// in source order.
type Call struct {
	Span
	Func     Expr
	Args     []Expr
	Keywords []*Keyword
	Lparen   Pos // position of '('
	Rparen   Pos // position of ')'
}

// Conversion codes of a FormattedValue, as in CPython.
const (
	ConvNone  = -1  // no conversion
	ConvStr   = 's' // !s
	ConvRepr  = 'r' // !r
	ConvASCII = 'a' // !a
)

// FormattedValue is a replacement field {Value!conv:spec} of an f-string.
type FormattedValue struct {
	Span
	Value Expr
	// Conversion is ConvNone (-1) or the code point of the conversion
	// character: ConvStr ('s'), ConvRepr ('r') or ConvASCII ('a').
	Conversion int
	// FormatSpec is the format specification after ':', itself a
	// *JoinedStr since it may contain nested fields, or nil.
	FormatSpec Expr
}

// JoinedStr is an f-string. Values holds *Constant strings and
// *FormattedValue fields in order. Implicitly concatenated literals that
// include an f-string form a single JoinedStr, with adjacent constant parts
// merged, as in CPython.
type JoinedStr struct {
	Span
	Values []Expr
}

// Ellipsis is the type of the value of the Constant for "...".
type Ellipsis struct{}

// Constant is a literal: a number, a string, bytes, True, False, None or
// "...". Value holds a Go value:
//
//	None          nil
//	True, False   bool
//	int           int64 when the value fits, otherwise *big.Int
//	float         float64
//	imaginary     complex128 (real part 0)
//	str           string (UTF-8; see below)
//	bytes         []byte
//	...           Ellipsis{}
//
// Strings are UTF-8. A lone surrogate, which only a \u or \U escape can
// produce, is stored in the 3-byte generalized UTF-8 form (WTF-8), e.g.
// "\ud800" is the bytes ED A0 80; utf8.DecodeRuneInString reports those
// bytes as invalid, so a VM that cares must decode them itself.
type Constant struct {
	Span
	Value any
	Kind  string // "u" for a string with the u prefix, otherwise ""
}

// Attribute is an attribute reference Value.Attr.
type Attribute struct {
	Span
	Value   Expr
	Attr    string
	AttrPos Pos // position of the attribute name
	Ctx     ExprContext
}

// Subscript is a subscription Value[Slice]. A subscript with several
// comma-separated indices has a *Tuple as Slice; a slice a:b:c is a *Slice.
type Subscript struct {
	Span
	Value  Expr
	Slice  Expr
	Lbrack Pos // position of '['
	Ctx    ExprContext
}

// Starred is a starred expression *Value, in a call, a display or an
// assignment target.
type Starred struct {
	Span
	Value Expr
	Ctx   ExprContext
}

// Name is an identifier used as an expression.
type Name struct {
	Span
	Id  string
	Ctx ExprContext
}

// List is a list display or a list assignment target.
type List struct {
	Span
	Elts []Expr
	Ctx  ExprContext
}

// Tuple is a tuple display or a tuple assignment target. A tuple written
// without parentheses starts at its first element; a parenthesized one
// includes its parentheses, as in CPython.
type Tuple struct {
	Span
	Elts []Expr
	Ctx  ExprContext
}

// Slice is a slice lower:upper:step; it appears only as, or inside a Tuple
// that is, the Slice of a Subscript.
type Slice struct {
	Span
	Lower Expr // or nil
	Upper Expr // or nil
	Step  Expr // or nil
}

// ---------------------------------------------------------------------------
// Auxiliary nodes

// Arguments is the parameter list of a def or lambda (CPython's
// ast.arguments). Defaults holds the defaults of the last len(Defaults)
// parameters of PosOnly+Args; KwDefaults has one entry per KwOnly parameter,
// nil when that parameter has no default.
type Arguments struct {
	Span
	PosOnly    []*Arg // parameters before '/'
	Args       []*Arg // ordinary parameters
	Vararg     *Arg   // *args, or nil
	KwOnly     []*Arg // parameters after '*' or *args
	KwDefaults []Expr // defaults of KwOnly, nil for none
	Kwarg      *Arg   // **kwargs, or nil
	Defaults   []Expr // defaults of the trailing positional parameters
}

// Arg is one parameter (CPython's ast.arg).
type Arg struct {
	Span
	Name       string // the parameter name (CPython's "arg")
	Annotation Expr   // or nil
}

// Keyword is a keyword argument Arg=Value of a call or class header. Arg is
// "" for a **mapping argument.
type Keyword struct {
	Span
	Arg   string // the keyword, or "" for **Value
	Value Expr
}

// Alias is one name of an import: Name as AsName.
type Alias struct {
	Span
	Name   string // a dotted name, or "*"
	AsName string // or ""
}

// WithItem is one context manager of a with statement.
type WithItem struct {
	Span
	ContextExpr  Expr
	OptionalVars Expr // the target after 'as' with the Store context, or nil
}

// Comprehension is one for clause of a comprehension, with the if clauses
// that follow it.
type Comprehension struct {
	Span
	IsAsync bool // async for
	Target  Expr // with the Store context
	Iter    Expr
	Ifs     []Expr
}

// ExceptHandler is an except (or except*) clause.
type ExceptHandler struct {
	Span
	Type Expr   // the exception type, or nil for a bare except
	Name string // the name after 'as', or ""
	Body []Stmt
}

// ---------------------------------------------------------------------------
// Sealing

func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
func (*Return) stmtNode()      {}
func (*Delete) stmtNode()      {}
func (*Assign) stmtNode()      {}
func (*AugAssign) stmtNode()   {}
func (*AnnAssign) stmtNode()   {}
func (*For) stmtNode()         {}
func (*While) stmtNode()       {}
func (*If) stmtNode()          {}
func (*With) stmtNode()        {}
func (*Raise) stmtNode()       {}
func (*Try) stmtNode()         {}
func (*Assert) stmtNode()      {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}
func (*Global) stmtNode()      {}
func (*Nonlocal) stmtNode()    {}
func (*ExprStmt) stmtNode()    {}
func (*Pass) stmtNode()        {}
func (*Break) stmtNode()       {}
func (*Continue) stmtNode()    {}

func (*BoolOp) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*FormattedValue) exprNode() {}
func (*JoinedStr) exprNode()      {}
func (*Constant) exprNode()       {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}
