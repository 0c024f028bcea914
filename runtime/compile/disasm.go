package compile

// This file prints code objects. The format is stable, because the compiler's tests compare
// it with golden files:
//
//	code <module> qualname=<module> line=1 args=0/0/0 flags=- stack=2 blocks=0
//	  varnames: x y
//	  cellvars: z
//	  freevars: w
//	  cell2arg: -1
//	  doc: 'text'
//	   1      0 LOAD_CONST             0 (1)
//	          1 STORE_NAME             0 (x)
//
// The header gives the argument counts as positional/positional-only/keyword-only. Each
// instruction line shows the source line (when it changes), the index, the opcode, the
// argument and a comment resolving it. The code objects among the constants follow, each
// after a blank line, depth first.

import (
	"github.com/asobiba/asobiba/runtime/internal/pyfmt"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
)

var opcodeNames = [...]string{
	NOP: "NOP", POP_TOP: "POP_TOP", ROT_TWO: "ROT_TWO", ROT_THREE: "ROT_THREE",
	ROT_FOUR: "ROT_FOUR", ROT_N: "ROT_N", DUP_TOP: "DUP_TOP", DUP_TOP_TWO: "DUP_TOP_TWO",
	LOAD_CONST: "LOAD_CONST", LOAD_FAST: "LOAD_FAST", STORE_FAST: "STORE_FAST",
	DELETE_FAST: "DELETE_FAST", LOAD_DEREF: "LOAD_DEREF", STORE_DEREF: "STORE_DEREF",
	DELETE_DEREF: "DELETE_DEREF", LOAD_CLOSURE: "LOAD_CLOSURE", LOAD_CLASSDEREF: "LOAD_CLASSDEREF",
	LOAD_NAME: "LOAD_NAME", STORE_NAME: "STORE_NAME", DELETE_NAME: "DELETE_NAME",
	LOAD_GLOBAL: "LOAD_GLOBAL", STORE_GLOBAL: "STORE_GLOBAL", DELETE_GLOBAL: "DELETE_GLOBAL",
	LOAD_ATTR: "LOAD_ATTR", STORE_ATTR: "STORE_ATTR", DELETE_ATTR: "DELETE_ATTR",
	LOAD_METHOD: "LOAD_METHOD", LOAD_BUILD_CLASS: "LOAD_BUILD_CLASS",
	LOAD_ASSERTION_ERROR: "LOAD_ASSERTION_ERROR",
	UNARY_POSITIVE:       "UNARY_POSITIVE", UNARY_NEGATIVE: "UNARY_NEGATIVE", UNARY_NOT: "UNARY_NOT",
	UNARY_INVERT: "UNARY_INVERT", BINARY_OP: "BINARY_OP", COMPARE_OP: "COMPARE_OP", IS_OP: "IS_OP",
	CONTAINS_OP: "CONTAINS_OP", BINARY_SUBSCR: "BINARY_SUBSCR", STORE_SUBSCR: "STORE_SUBSCR",
	DELETE_SUBSCR: "DELETE_SUBSCR", BUILD_SLICE: "BUILD_SLICE",
	BUILD_TUPLE: "BUILD_TUPLE", BUILD_LIST: "BUILD_LIST", BUILD_SET: "BUILD_SET",
	BUILD_MAP: "BUILD_MAP", BUILD_CONST_KEY_MAP: "BUILD_CONST_KEY_MAP", BUILD_STRING: "BUILD_STRING",
	LIST_APPEND: "LIST_APPEND", SET_ADD: "SET_ADD", MAP_ADD: "MAP_ADD", LIST_EXTEND: "LIST_EXTEND",
	SET_UPDATE: "SET_UPDATE", DICT_UPDATE: "DICT_UPDATE", DICT_MERGE: "DICT_MERGE",
	GET_LEN: "GET_LEN", MATCH_MAPPING: "MATCH_MAPPING", MATCH_SEQUENCE: "MATCH_SEQUENCE",
	MATCH_KEYS: "MATCH_KEYS", MATCH_CLASS: "MATCH_CLASS", COPY_DICT_WITHOUT_KEYS: "COPY_DICT_WITHOUT_KEYS",
	LIST_TO_TUPLE: "LIST_TO_TUPLE", UNPACK_SEQUENCE: "UNPACK_SEQUENCE", UNPACK_EX: "UNPACK_EX",
	FORMAT_VALUE: "FORMAT_VALUE",
	JUMP:         "JUMP", POP_JUMP_IF_FALSE: "POP_JUMP_IF_FALSE", POP_JUMP_IF_TRUE: "POP_JUMP_IF_TRUE",
	JUMP_IF_FALSE_OR_POP: "JUMP_IF_FALSE_OR_POP", JUMP_IF_TRUE_OR_POP: "JUMP_IF_TRUE_OR_POP",
	GET_ITER: "GET_ITER", FOR_ITER: "FOR_ITER", RETURN_VALUE: "RETURN_VALUE",
	CALL: "CALL", CALL_KW: "CALL_KW", CALL_EX: "CALL_EX", CALL_METHOD: "CALL_METHOD",
	CALL_METHOD_KW: "CALL_METHOD_KW", MAKE_FUNCTION: "MAKE_FUNCTION",
	SETUP_FINALLY: "SETUP_FINALLY", POP_BLOCK: "POP_BLOCK", POP_EXCEPT: "POP_EXCEPT",
	RERAISE: "RERAISE", RAISE_VARARGS: "RAISE_VARARGS", CHECK_EXC_MATCH: "CHECK_EXC_MATCH",
	CHECK_EG_MATCH: "CHECK_EG_MATCH", PREP_RERAISE_STAR: "PREP_RERAISE_STAR",
	SETUP_WITH: "SETUP_WITH", WITH_EXCEPT_START: "WITH_EXCEPT_START",
	GEN_START: "GEN_START", YIELD_VALUE: "YIELD_VALUE", YIELD_FROM: "YIELD_FROM",
	GET_YIELD_FROM_ITER: "GET_YIELD_FROM_ITER", GET_AWAITABLE: "GET_AWAITABLE",
	GET_AITER: "GET_AITER", GET_ANEXT: "GET_ANEXT", END_ASYNC_FOR: "END_ASYNC_FOR",
	BEFORE_ASYNC_WITH: "BEFORE_ASYNC_WITH", SETUP_ASYNC_WITH: "SETUP_ASYNC_WITH",
	IMPORT_NAME: "IMPORT_NAME", IMPORT_FROM: "IMPORT_FROM", IMPORT_STAR: "IMPORT_STAR",
	SETUP_ANNOTATIONS: "SETUP_ANNOTATIONS", PRINT_EXPR: "PRINT_EXPR",
}

// String returns the opcode's name, such as "LOAD_CONST".
func (op Opcode) String() string {
	if int(op) < len(opcodeNames) && opcodeNames[op] != "" {
		return opcodeNames[op]
	}
	return "Opcode(" + strconv.Itoa(int(op)) + ")"
}

var binaryOpSymbols = [...]string{
	OpAdd: "+", OpSub: "-", OpMul: "*", OpMatMul: "@", OpTrueDiv: "/", OpFloorDiv: "//",
	OpMod: "%", OpPow: "**", OpLShift: "<<", OpRShift: ">>", OpAnd: "&", OpXor: "^", OpOr: "|",
}

// String returns the operator as written in source, such as "+" or "+=".
func (op BinaryOp) String() string {
	suffix := ""
	if op >= InplaceOffset {
		op -= InplaceOffset
		suffix = "="
	}
	if op < numBinaryOps {
		return binaryOpSymbols[op] + suffix
	}
	return "BinaryOp(" + strconv.Itoa(int(op)) + ")"
}

var compareOpSymbols = [...]string{CmpLT: "<", CmpLE: "<=", CmpEQ: "==", CmpNE: "!=", CmpGT: ">", CmpGE: ">="}

// String returns the operator as written in source, such as "<=".
func (op CompareOp) String() string {
	if int(op) < len(compareOpSymbols) {
		return compareOpSymbols[op]
	}
	return "CompareOp(" + strconv.Itoa(int(op)) + ")"
}

var flagNames = []struct {
	f    CodeFlags
	name string
}{
	{FlagOptimized, "OPTIMIZED"}, {FlagNewLocals, "NEWLOCALS"}, {FlagVarArgs, "VARARGS"},
	{FlagVarKeywords, "VARKEYWORDS"}, {FlagNested, "NESTED"}, {FlagGenerator, "GENERATOR"},
	{FlagCoroutine, "COROUTINE"}, {FlagAsyncGenerator, "ASYNC_GENERATOR"},
}

// String returns the flags joined with "|", or "-" when none is set.
func (f CodeFlags) String() string {
	var parts []string
	for _, fn := range flagNames {
		if f&fn.f != 0 {
			parts = append(parts, fn.name)
		}
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, "|")
}

// Disassemble returns a readable listing of c and of the code objects nested in it.
func Disassemble(c *Code) string {
	var b strings.Builder
	disassemble(&b, c)
	return b.String()
}

func disassemble(b *strings.Builder, c *Code) {
	b.WriteString(msgfmt.Sprintf("code %s qualname=%s line=%d args=%d/%d/%d flags=%v stack=%d blocks=%d\n",
		c.Name, c.QualName, c.FirstLine, c.ArgCount, c.PosOnlyCount, c.KwOnlyCount, c.Flags,
		c.StackSize, c.BlockStackSize))
	list := func(label string, names []string) {
		if len(names) > 0 {
			b.WriteString(msgfmt.Sprintf("  %s: %s\n", label, strings.Join(names, " ")))
		}
	}
	list("varnames", c.VarNames)
	list("cellvars", c.CellVars)
	list("freevars", c.FreeVars)
	if len(c.Cell2Arg) > 0 {
		parts := make([]string, len(c.Cell2Arg))
		for i, a := range c.Cell2Arg {
			parts[i] = strconv.Itoa(a)
		}
		b.WriteString(msgfmt.Sprintf("  cell2arg: %s\n", strings.Join(parts, " ")))
	}
	if c.Doc != nil {
		b.WriteString(msgfmt.Sprintf("  doc: %s\n", ConstRepr(c.Doc)))
	}
	lastLine := int32(-1)
	for i, in := range c.Instrs {
		line := "    "
		if i < len(c.Lines) && c.Lines[i] != lastLine {
			lastLine = c.Lines[i]
			line = msgfmt.Sprintf("%4d", lastLine)
		}
		text := msgfmt.Sprintf("%s %6d %-20s", line, i, in.Op)
		if in.Op.HasArg() {
			text += msgfmt.Sprintf(" %5d", in.Arg)
			if comment := argComment(c, in); comment != "" {
				text += " (" + comment + ")"
			}
		}
		b.WriteString(strings.TrimRight(text, " ") + "\n")
	}
	for _, k := range c.Consts {
		if code, ok := k.(*Code); ok {
			b.WriteString("\n")
			disassemble(b, code)
		}
	}
}

// argComment resolves an instruction's argument for the listing.
func argComment(c *Code, in Instr) string {
	arg := int(in.Arg)
	name := func(list []string) string {
		if arg < len(list) {
			return list[arg]
		}
		return "?"
	}
	switch in.Op {
	case LOAD_CONST:
		if arg < len(c.Consts) {
			return ConstRepr(c.Consts[arg])
		}
		return "?"
	case LOAD_NAME, STORE_NAME, DELETE_NAME, LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL,
		LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD, IMPORT_NAME, IMPORT_FROM:
		return name(c.Names)
	case LOAD_FAST, STORE_FAST, DELETE_FAST:
		return name(c.VarNames)
	case LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF:
		return name(append(append([]string(nil), c.CellVars...), c.FreeVars...))
	case BINARY_OP:
		return BinaryOp(arg).String()
	case COMPARE_OP:
		return CompareOp(arg).String()
	case IS_OP:
		if arg == 1 {
			return "is not"
		}
		return "is"
	case CONTAINS_OP:
		if arg == 1 {
			return "not in"
		}
		return "in"
	case UNPACK_EX:
		return msgfmt.Sprintf("%d before, %d after", arg&0xFF, arg>>8)
	case FORMAT_VALUE:
		parts := []string{[...]string{"", "str", "repr", "ascii"}[arg&3]}
		if arg&4 != 0 {
			parts = append(parts, "with format")
		}
		return strings.TrimPrefix(strings.Join(parts, ", "), ", ")
	case MAKE_FUNCTION:
		var parts []string
		for i, s := range []string{"defaults", "kwdefaults", "annotations", "closure"} {
			if arg&(1<<i) != 0 {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", ")
	case CALL_EX:
		if arg&1 != 0 {
			return "kwargs"
		}
		return ""
	case GEN_START:
		if arg < 3 {
			return [...]string{"generator", "coroutine", "async generator"}[arg]
		}
	case GET_AWAITABLE:
		switch arg {
		case 1:
			return "__aenter__"
		case 2:
			return "__aexit__"
		}
		return ""
	}
	if in.Op.IsJump() {
		return msgfmt.Sprintf("to %d", arg)
	}
	return ""
}

// ConstRepr formats a constant as Python's repr would.
func ConstRepr(k Const) string {
	switch v := k.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(v, 10)
	case *big.Int:
		return v.String()
	case float64:
		return floatRepr(v)
	case complex128:
		// Python formats the parts of a complex without a trailing ".0".
		if real(v) == 0 && !math.Signbit(real(v)) {
			return shortFloat(imag(v)) + "j"
		}
		im := shortFloat(imag(v))
		if !strings.HasPrefix(im, "-") {
			im = "+" + im
		}
		return "(" + shortFloat(real(v)) + im + "j)"
	case string:
		return pyfmt.StrRepr(v)
	case Bytes:
		return pyfmt.BytesRepr(string(v))
	case EllipsisType:
		return "Ellipsis"
	case Tuple:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = ConstRepr(x)
		}
		if len(v) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case FrozenSet:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = ConstRepr(x)
		}
		return "frozenset({" + strings.Join(parts, ", ") + "})"
	case *Code:
		return msgfmt.Sprintf("<code %s, line %d>", v.Name, v.FirstLine)
	}
	return msgfmt.Sprintf("%v", k)
}

// floatRepr formats a float as Python's repr: the shortest round-tripping digits, with ".0"
// for integral values and exponents from 1e16 on.
func floatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	abs := math.Abs(f)
	if abs != 0 && (abs < 1e-4 || abs >= 1e16) {
		s := strconv.FormatFloat(f, 'e', -1, 64)
		// Python writes 1e+16 and 1e-05 with at least two exponent digits.
		mant, exp, _ := strings.Cut(s, "e")
		sign := exp[0]
		digits := strings.TrimLeft(exp[1:], "0")
		if len(digits) < 2 {
			digits = strings.Repeat("0", 2-len(digits)) + digits
		}
		return mant + "e" + string(sign) + digits
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.ContainsAny(s, ".") {
		s += ".0"
	}
	return s
}

// shortFloat formats a float as floatRepr does, but without adding ".0".
func shortFloat(f float64) string {
	s := floatRepr(f)
	if strings.HasSuffix(s, ".0") {
		s = s[:len(s)-2]
	}
	return s
}
