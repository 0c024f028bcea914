package compile

import (
	"math/big"

	"github.com/asobiba/asobiba/runtime/syntax"
)

// Instr is one instruction: an opcode and its argument (0 when unused).
type Instr struct {
	Op  Opcode
	Arg uint32
}

// CodeFlags describe a code object, as CPython's co_flags do.
type CodeFlags uint32

// The code flags.
const (
	FlagOptimized      CodeFlags = 1 << iota // locals live in fast slots (function bodies)
	FlagNewLocals                            // a new locals dict is made (class bodies use the given one)
	FlagVarArgs                              // *args
	FlagVarKeywords                          // **kwargs
	FlagNested                               // defined inside another function
	FlagGenerator                            // a generator function
	FlagCoroutine                            // an `async def` function without yield
	FlagAsyncGenerator                       // an `async def` function with yield
)

// Code is the compiler's output for one scope (module, class body, function, lambda or
// comprehension). It is plain data: no VM types, so it can be printed, compared and cached.
type Code struct {
	Name      string // the function or class name, "<module>", "<lambda>", "<listcomp>", ...
	QualName  string // dotted qualified name, as __qualname__
	Filename  string
	FirstLine int

	ArgCount       int // positional parameters, including positional-only ones
	PosOnlyCount   int
	KwOnlyCount    int
	Flags          CodeFlags
	Instrs         []Instr
	Lines          []int32       // Lines[i] is the source line of Instrs[i]
	Positions      []syntax.Span // Positions[i] is its expression's span (co_positions), for ^^^ lines
	Consts         []Const
	Names          []string // global, attribute and import names used by *_NAME, *_ATTR, ...
	VarNames       []string // fast locals: parameters first (positional, keyword-only, *args, **kwargs)
	CellVars       []string // locals captured by inner scopes
	FreeVars       []string // variables captured from enclosing scopes
	Cell2Arg       []int    // for each cell var, the parameter index it copies at entry, or -1
	StackSize      int      // the value stack's maximum depth
	BlockStackSize int      // the block stack's maximum depth
	Doc            Const    // the docstring (string) or nil
}

// Const is a compile-time constant: nil (None), bool, int64, *big.Int (ints outside int64),
// float64, complex128, string (str), Bytes, Ellipsis, Tuple, FrozenSet or *Code.
type Const any

// Bytes is a bytes constant.
type Bytes string

// Tuple is a tuple constant (also used for the keyword-name tuples of CALL_KW).
type Tuple []Const

// FrozenSet is a frozenset constant (from `x in {1, 2, 3}`).
type FrozenSet []Const

// EllipsisType is the type of the Ellipsis constant.
type EllipsisType struct{}

// Ellipsis is the `...` constant.
var Ellipsis = EllipsisType{}

var _ = big.NewInt // *big.Int is a documented Const representation.
