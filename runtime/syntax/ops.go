package syntax

// This file defines the small enumerations used by the AST: expression
// contexts and the operator kinds. Their String methods return CPython's
// ast class names ("Add", "NotIn", "Store"), which Dump prints; Symbol
// returns the operator as written in source ("+", "not in").

// ExprContext says how a Name, Attribute, Subscript, Starred, List or Tuple
// is used: read (Load), assigned (Store) or deleted (Del).
type ExprContext uint8

// The expression contexts, as in CPython's ast.Load, ast.Store and ast.Del.
const (
	Load  ExprContext = iota // the expression is evaluated
	Store                    // the expression is an assignment target
	Del                      // the expression is the target of a del statement
)

var ctxNames = [...]string{Load: "Load", Store: "Store", Del: "Del"}

// String returns the CPython class name of the context.
func (c ExprContext) String() string { return enumName(ctxNames[:], int(c)) }

// BoolOpKind is the operator of a BoolOp: and, or.
type BoolOpKind uint8

// The boolean operators.
const (
	And BoolOpKind = iota // and
	Or                    // or
)

var boolOpNames = [...]string{And: "And", Or: "Or"}
var boolOpSymbols = [...]string{And: "and", Or: "or"}

// String returns the CPython class name of the operator.
func (op BoolOpKind) String() string { return enumName(boolOpNames[:], int(op)) }

// Symbol returns the operator as written in source.
func (op BoolOpKind) Symbol() string { return enumName(boolOpSymbols[:], int(op)) }

// Operator is a binary arithmetic or bitwise operator, used by BinOp and
// AugAssign.
type Operator uint8

// The binary operators, named as in CPython's ast module.
const (
	Add      Operator = iota // +
	Sub                      // -
	Mult                     // *
	MatMult                  // @
	Div                      // /
	Mod                      // %
	Pow                      // **
	LShift                   // <<
	RShift                   // >>
	BitOr                    // |
	BitXor                   // ^
	BitAnd                   // &
	FloorDiv                 // //
)

var operatorNames = [...]string{
	Add: "Add", Sub: "Sub", Mult: "Mult", MatMult: "MatMult", Div: "Div",
	Mod: "Mod", Pow: "Pow", LShift: "LShift", RShift: "RShift",
	BitOr: "BitOr", BitXor: "BitXor", BitAnd: "BitAnd", FloorDiv: "FloorDiv",
}

var operatorSymbols = [...]string{
	Add: "+", Sub: "-", Mult: "*", MatMult: "@", Div: "/",
	Mod: "%", Pow: "**", LShift: "<<", RShift: ">>",
	BitOr: "|", BitXor: "^", BitAnd: "&", FloorDiv: "//",
}

// String returns the CPython class name of the operator.
func (op Operator) String() string { return enumName(operatorNames[:], int(op)) }

// Symbol returns the operator as written in source ("+", "//").
// The augmented form is Symbol()+"=".
func (op Operator) Symbol() string { return enumName(operatorSymbols[:], int(op)) }

// UnaryOpKind is the operator of a UnaryOp.
type UnaryOpKind uint8

// The unary operators.
const (
	Invert UnaryOpKind = iota // ~
	Not                       // not
	UAdd                      // unary +
	USub                      // unary -
)

var unaryNames = [...]string{Invert: "Invert", Not: "Not", UAdd: "UAdd", USub: "USub"}
var unarySymbols = [...]string{Invert: "~", Not: "not", UAdd: "+", USub: "-"}

// String returns the CPython class name of the operator.
func (op UnaryOpKind) String() string { return enumName(unaryNames[:], int(op)) }

// Symbol returns the operator as written in source.
func (op UnaryOpKind) Symbol() string { return enumName(unarySymbols[:], int(op)) }

// CmpOp is a comparison operator of a Compare expression.
type CmpOp uint8

// The comparison operators.
const (
	Eq    CmpOp = iota // ==
	NotEq              // !=
	Lt                 // <
	LtE                // <=
	Gt                 // >
	GtE                // >=
	Is                 // is
	IsNot              // is not
	In                 // in
	NotIn              // not in
)

var cmpNames = [...]string{
	Eq: "Eq", NotEq: "NotEq", Lt: "Lt", LtE: "LtE", Gt: "Gt", GtE: "GtE",
	Is: "Is", IsNot: "IsNot", In: "In", NotIn: "NotIn",
}

var cmpSymbols = [...]string{
	Eq: "==", NotEq: "!=", Lt: "<", LtE: "<=", Gt: ">", GtE: ">=",
	Is: "is", IsNot: "is not", In: "in", NotIn: "not in",
}

// String returns the CPython class name of the operator.
func (op CmpOp) String() string { return enumName(cmpNames[:], int(op)) }

// Symbol returns the operator as written in source ("not in").
func (op CmpOp) Symbol() string { return enumName(cmpSymbols[:], int(op)) }

func enumName(names []string, i int) string {
	if i >= 0 && i < len(names) && names[i] != "" {
		return names[i]
	}
	return "?"
}
