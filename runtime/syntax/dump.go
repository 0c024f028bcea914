package syntax

// This file prints trees in the format of CPython's ast.dump, so that
// tests can compare our trees with CPython's.

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
)

// Dump returns a string representation of the tree rooted at n in exactly
// the format of CPython 3.12's ast.dump(node) with default arguments:
// fields that are None are omitted, and positions are not shown.
func Dump(n Node) string {
	var d dumper
	d.node(n)
	return d.String()
}

// dumpWithPositions is Dump with CPython's include_attributes=True: it
// adds lineno, col_offset, end_lineno and end_col_offset to the nodes that
// have them in CPython, with columns converted to UTF-8 byte offsets as
// CPython counts them. lines are the source lines.
func dumpWithPositions(n Node, lines []string) string {
	d := dumper{lines: lines, attrs: true}
	d.node(n)
	return d.String()
}

type dumper struct {
	strings.Builder
	lines []string // the source lines, for dumpWithPositions
	attrs bool     // include positions
}

// byteCol converts a position to CPython's 0-based UTF-8 byte column.
func (d *dumper) byteCol(p Pos) int {
	if p.Line < 1 || int(p.Line) > len(d.lines) {
		return int(p.Col) - 1
	}
	line := d.lines[p.Line-1]
	i, n := 0, int32(1)
	for i < len(line) && n < p.Col {
		_, size := utf8.DecodeRuneInString(line[i:])
		i += size
		n++
	}
	return i + int(p.Col-n)
}

// hasAttributes reports whether CPython gives the node positions.
func hasAttributes(n Node) bool {
	switch n.(type) {
	case Expr, Stmt, Pattern, *ExceptHandler, *Arg, *Keyword, *Alias:
		return true
	}
	return false
}

// field is a field name and value of a node being dumped.
type field struct {
	name  string
	value any
}

// call writes Class(name=value, ...) for node n, omitting nil values.
func (d *dumper) call(n Node, class string, fields ...field) {
	if d.attrs && hasAttributes(n) {
		fields = append(fields,
			field{"lineno", int(n.Pos().Line)}, field{"col_offset", d.byteCol(n.Pos())},
			field{"end_lineno", int(n.End().Line)}, field{"end_col_offset", d.byteCol(n.End())})
	}
	d.WriteString(class)
	d.WriteByte('(')
	first := true
	for _, f := range fields {
		if isNil(f.value) {
			continue
		}
		if !first {
			d.WriteString(", ")
		}
		first = false
		d.WriteString(f.name)
		d.WriteByte('=')
		d.value(f.value)
	}
	d.WriteByte(')')
}

// isNil reports whether a field value is absent.
func isNil(v any) bool {
	switch v := v.(type) {
	case nil:
		return true
	case Expr:
		return isNilNode(v)
	case Pattern:
		return isNilNode(v)
	case *Arg:
		return v == nil
	}
	return false
}

// value writes a field value.
func (d *dumper) value(v any) {
	switch v := v.(type) {
	case Node:
		d.node(v)
	case string:
		d.WriteString(pyRepr(v))
	case int:
		d.WriteString(strconv.Itoa(v))
	case []Expr:
		d.WriteByte('[')
		for i, x := range v {
			if i > 0 {
				d.WriteString(", ")
			}
			if x == nil {
				d.WriteString("None")
			} else {
				d.node(x)
			}
		}
		d.WriteByte(']')
	case []Stmt:
		d.list(len(v), func(i int) { d.node(v[i]) })
	case []Pattern:
		d.list(len(v), func(i int) { d.node(v[i]) })
	case []*MatchCase:
		d.list(len(v), func(i int) { d.node(v[i]) })
	case []*Arg:
		d.list(len(v), func(i int) { d.node(v[i]) })
	case []*Keyword:
		d.list(len(v), func(i int) { d.node(v[i]) })
	case []*Alias:
		d.list(len(v), func(i int) { d.node(v[i]) })
	case []*WithItem:
		d.list(len(v), func(i int) { d.node(v[i]) })
	case []*Comprehension:
		d.list(len(v), func(i int) { d.node(v[i]) })
	case []*ExceptHandler:
		d.list(len(v), func(i int) { d.node(v[i]) })
	case []string:
		d.list(len(v), func(i int) { d.WriteString(pyRepr(v[i])) })
	case []CmpOp:
		d.list(len(v), func(i int) { d.WriteString(v[i].String() + "()") })
	case fmt.Stringer: // the operator and context enumerations
		d.WriteString(v.String() + "()")
	case raw:
		d.WriteString(string(v))
	default:
		panic(fmt.Sprintf("syntax.Dump: unexpected field value %T", v))
	}
}

// raw is a field value written as is.
type raw string

func (d *dumper) list(n int, elem func(int)) {
	d.WriteByte('[')
	for i := 0; i < n; i++ {
		if i > 0 {
			d.WriteString(", ")
		}
		elem(i)
	}
	d.WriteByte(']')
}

// opt returns a string field value, or nil for "" (an absent identifier).
func opt(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// node writes one node.
func (d *dumper) node(n Node) {
	switch n := n.(type) {
	case *Module:
		d.call(n, "Module", field{"body", n.Body}, field{"type_ignores", raw("[]")})
	case *Expression:
		d.call(n, "Expression", field{"body", n.Body})
	case *FunctionDef:
		class := "FunctionDef"
		if n.IsAsync {
			class = "AsyncFunctionDef"
		}
		d.call(n, class, field{"name", n.Name}, field{"args", n.Args}, field{"body", n.Body},
			field{"decorator_list", nonNilExprs(n.Decorators)}, field{"returns", n.Returns}, field{"type_params", raw("[]")})
	case *ClassDef:
		d.call(n, "ClassDef", field{"name", n.Name}, field{"bases", nonNilExprs(n.Bases)},
			field{"keywords", nonNilKeywords(n.Keywords)}, field{"body", n.Body},
			field{"decorator_list", nonNilExprs(n.Decorators)}, field{"type_params", raw("[]")})
	case *Return:
		d.call(n, "Return", field{"value", n.Value})
	case *Delete:
		d.call(n, "Delete", field{"targets", nonNilExprs(n.Targets)})
	case *Assign:
		d.call(n, "Assign", field{"targets", nonNilExprs(n.Targets)}, field{"value", n.Value})
	case *AugAssign:
		d.call(n, "AugAssign", field{"target", n.Target}, field{"op", n.Op}, field{"value", n.Value})
	case *AnnAssign:
		simple := 0
		if n.Simple {
			simple = 1
		}
		d.call(n, "AnnAssign", field{"target", n.Target}, field{"annotation", n.Annotation}, field{"value", n.Value}, field{"simple", simple})
	case *For:
		class := "For"
		if n.IsAsync {
			class = "AsyncFor"
		}
		d.call(n, class, field{"target", n.Target}, field{"iter", n.Iter}, field{"body", n.Body}, field{"orelse", nonNilStmts(n.Else)})
	case *While:
		d.call(n, "While", field{"test", n.Test}, field{"body", n.Body}, field{"orelse", nonNilStmts(n.Else)})
	case *If:
		d.call(n, "If", field{"test", n.Test}, field{"body", n.Body}, field{"orelse", nonNilStmts(n.Else)})
	case *With:
		class := "With"
		if n.IsAsync {
			class = "AsyncWith"
		}
		d.call(n, class, field{"items", n.Items}, field{"body", n.Body})
	case *Raise:
		d.call(n, "Raise", field{"exc", n.Exc}, field{"cause", n.Cause})
	case *Try:
		class := "Try"
		if n.IsStar {
			class = "TryStar"
		}
		handlers := n.Handlers
		if handlers == nil {
			handlers = []*ExceptHandler{}
		}
		d.call(n, class, field{"body", n.Body}, field{"handlers", handlers}, field{"orelse", nonNilStmts(n.Else)}, field{"finalbody", nonNilStmts(n.Finally)})
	case *Assert:
		d.call(n, "Assert", field{"test", n.Test}, field{"msg", n.Msg})
	case *Import:
		d.call(n, "Import", field{"names", n.Names})
	case *ImportFrom:
		d.call(n, "ImportFrom", field{"module", opt(n.Module)}, field{"names", n.Names}, field{"level", n.Level})
	case *Global:
		d.call(n, "Global", field{"names", n.Names})
	case *Nonlocal:
		d.call(n, "Nonlocal", field{"names", n.Names})
	case *ExprStmt:
		d.call(n, "Expr", field{"value", n.Value})
	case *Pass:
		d.call(n, "Pass")
	case *Break:
		d.call(n, "Break")
	case *Continue:
		d.call(n, "Continue")

	case *BoolOp:
		d.call(n, "BoolOp", field{"op", n.Op}, field{"values", n.Values})
	case *NamedExpr:
		d.call(n, "NamedExpr", field{"target", n.Target}, field{"value", n.Value})
	case *BinOp:
		d.call(n, "BinOp", field{"left", n.Left}, field{"op", n.Op}, field{"right", n.Right})
	case *UnaryOp:
		d.call(n, "UnaryOp", field{"op", n.Op}, field{"operand", n.Operand})
	case *Lambda:
		d.call(n, "Lambda", field{"args", n.Args}, field{"body", n.Body})
	case *IfExp:
		d.call(n, "IfExp", field{"test", n.Test}, field{"body", n.Body}, field{"orelse", n.Else})
	case *Dict:
		d.call(n, "Dict", field{"keys", nonNilExprs(n.Keys)}, field{"values", nonNilExprs(n.Values)})
	case *Set:
		d.call(n, "Set", field{"elts", nonNilExprs(n.Elts)})
	case *ListComp:
		d.call(n, "ListComp", field{"elt", n.Elt}, field{"generators", n.Generators})
	case *SetComp:
		d.call(n, "SetComp", field{"elt", n.Elt}, field{"generators", n.Generators})
	case *DictComp:
		d.call(n, "DictComp", field{"key", n.Key}, field{"value", n.Value}, field{"generators", n.Generators})
	case *GeneratorExp:
		d.call(n, "GeneratorExp", field{"elt", n.Elt}, field{"generators", n.Generators})
	case *Await:
		d.call(n, "Await", field{"value", n.Value})
	case *Yield:
		d.call(n, "Yield", field{"value", n.Value})
	case *YieldFrom:
		d.call(n, "YieldFrom", field{"value", n.Value})
	case *Compare:
		d.call(n, "Compare", field{"left", n.Left}, field{"ops", n.Ops}, field{"comparators", n.Comparators})
	case *Call:
		d.call(n, "Call", field{"func", n.Func}, field{"args", nonNilExprs(n.Args)}, field{"keywords", nonNilKeywords(n.Keywords)})
	case *FormattedValue:
		d.call(n, "FormattedValue", field{"value", n.Value}, field{"conversion", n.Conversion}, field{"format_spec", n.FormatSpec})
	case *JoinedStr:
		d.call(n, "JoinedStr", field{"values", nonNilExprs(n.Values)})
	case *Constant:
		d.call(n, "Constant", field{"value", raw(constantRepr(n.Value))}, field{"kind", opt(n.Kind)})
	case *Attribute:
		d.call(n, "Attribute", field{"value", n.Value}, field{"attr", n.Attr}, field{"ctx", n.Ctx})
	case *Subscript:
		d.call(n, "Subscript", field{"value", n.Value}, field{"slice", n.Slice}, field{"ctx", n.Ctx})
	case *Starred:
		d.call(n, "Starred", field{"value", n.Value}, field{"ctx", n.Ctx})
	case *Name:
		d.call(n, "Name", field{"id", n.Id}, field{"ctx", n.Ctx})
	case *List:
		d.call(n, "List", field{"elts", nonNilExprs(n.Elts)}, field{"ctx", n.Ctx})
	case *Tuple:
		d.call(n, "Tuple", field{"elts", nonNilExprs(n.Elts)}, field{"ctx", n.Ctx})
	case *Slice:
		d.call(n, "Slice", field{"lower", n.Lower}, field{"upper", n.Upper}, field{"step", n.Step})

	case *Arguments:
		d.call(n, "arguments", field{"posonlyargs", nonNilArgs(n.PosOnly)}, field{"args", nonNilArgs(n.Args)},
			field{"vararg", n.Vararg}, field{"kwonlyargs", nonNilArgs(n.KwOnly)},
			field{"kw_defaults", nonNilExprs(n.KwDefaults)}, field{"kwarg", n.Kwarg}, field{"defaults", nonNilExprs(n.Defaults)})
	case *Arg:
		d.call(n, "arg", field{"arg", n.Name}, field{"annotation", n.Annotation})
	case *Keyword:
		d.call(n, "keyword", field{"arg", opt(n.Arg)}, field{"value", n.Value})
	case *Alias:
		d.call(n, "alias", field{"name", n.Name}, field{"asname", opt(n.AsName)})
	case *WithItem:
		d.call(n, "withitem", field{"context_expr", n.ContextExpr}, field{"optional_vars", n.OptionalVars})
	case *Comprehension:
		async := 0
		if n.IsAsync {
			async = 1
		}
		d.call(n, "comprehension", field{"target", n.Target}, field{"iter", n.Iter}, field{"ifs", nonNilExprs(n.Ifs)}, field{"is_async", async})
	case *ExceptHandler:
		d.call(n, "ExceptHandler", field{"type", n.Type}, field{"name", opt(n.Name)}, field{"body", n.Body})

	case *Match:
		d.call(n, "Match", field{"subject", n.Subject}, field{"cases", n.Cases})
	case *MatchCase:
		d.call(n, "match_case", field{"pattern", n.Pattern}, field{"guard", n.Guard}, field{"body", nonNilStmts(n.Body)})
	case *MatchValue:
		d.call(n, "MatchValue", field{"value", n.Value})
	case *MatchSingleton:
		d.call(n, "MatchSingleton", field{"value", raw(constantRepr(n.Value))})
	case *MatchSequence:
		d.call(n, "MatchSequence", field{"patterns", nonNilPatterns(n.Patterns)})
	case *MatchMapping:
		d.call(n, "MatchMapping", field{"keys", nonNilExprs(n.Keys)}, field{"patterns", nonNilPatterns(n.Patterns)}, field{"rest", opt(n.Rest)})
	case *MatchClass:
		attrs := n.KwdAttrs
		if attrs == nil {
			attrs = []string{}
		}
		d.call(n, "MatchClass", field{"cls", n.Cls}, field{"patterns", nonNilPatterns(n.Patterns)},
			field{"kwd_attrs", attrs}, field{"kwd_patterns", nonNilPatterns(n.KwdPatterns)})
	case *MatchStar:
		d.call(n, "MatchStar", field{"name", opt(n.Name)})
	case *MatchAs:
		d.call(n, "MatchAs", field{"pattern", n.Pattern}, field{"name", opt(n.Name)})
	case *MatchOr:
		d.call(n, "MatchOr", field{"patterns", nonNilPatterns(n.Patterns)})
	default:
		panic(fmt.Sprintf("syntax.Dump: unexpected node %T", n))
	}
}

// The nonNil* functions turn nil slices into empty ones, which Dump
// prints as [] rather than omitting.
func nonNilExprs(s []Expr) []Expr {
	if s == nil {
		return []Expr{}
	}
	return s
}

func nonNilStmts(s []Stmt) []Stmt {
	if s == nil {
		return []Stmt{}
	}
	return s
}

func nonNilArgs(s []*Arg) []*Arg {
	if s == nil {
		return []*Arg{}
	}
	return s
}

func nonNilKeywords(s []*Keyword) []*Keyword {
	if s == nil {
		return []*Keyword{}
	}
	return s
}

// constantRepr formats a constant's value as Python's repr does.
func constantRepr(v any) string {
	switch v := v.(type) {
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
		return floatRepr(v, true)
	case complex128:
		return floatRepr(imag(v), false) + "j"
	case string:
		return pyRepr(v)
	case []byte:
		return bytesRepr(v)
	case Ellipsis:
		return "Ellipsis"
	}
	return fmt.Sprintf("<%T>", v)
}

// floatRepr formats f as Python's repr(float) does; addDotZero adds ".0"
// to integral values (it is false for the imaginary part of a complex).
func floatRepr(f float64, addDotZero bool) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	// The shortest digits that round-trip, and the decimal exponent.
	e := strconv.FormatFloat(f, 'e', -1, 64)
	sign := ""
	if e[0] == '-' {
		sign, e = "-", e[1:]
	}
	mant, expStr, _ := strings.Cut(e, "e")
	digits := strings.Replace(mant, ".", "", 1)
	exp, _ := strconv.Atoi(expStr)
	decpt := exp + 1 // the position of the decimal point in digits
	var s string
	if decpt > -4 && decpt <= 16 {
		switch {
		case decpt <= 0:
			s = "0." + strings.Repeat("0", -decpt) + digits
		case decpt >= len(digits):
			s = digits + strings.Repeat("0", decpt-len(digits))
			if addDotZero {
				s += ".0"
			}
		default:
			s = digits[:decpt] + "." + digits[decpt:]
		}
	} else {
		s = digits[:1]
		if len(digits) > 1 {
			s += "." + digits[1:]
		}
		x := decpt - 1
		esign := "+"
		if x < 0 {
			esign, x = "-", -x
		}
		s += msgfmt.Sprintf("e%s%02d", esign, x)
	}
	return sign + s
}

// pyRepr formats a string as Python's repr(str) does. Bytes that are not
// valid UTF-8 (lone surrogates stored in WTF-8) are shown as \udXXX
// escapes.
func pyRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			if sr, ok := decodeSurrogate(s[i:]); ok {
				b.WriteString(msgfmt.Sprintf("\\u%04x", sr))
				i += 3
				continue
			}
			b.WriteString(msgfmt.Sprintf("\\x%02x", s[i]))
			i++
			continue
		}
		i += size
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < ' ' || r == 0x7f:
			b.WriteString(msgfmt.Sprintf("\\x%02x", r))
		case r < utf8.RuneSelf:
			b.WriteRune(r)
		case isPrintable(r) && r != 0xAD:
			b.WriteRune(r)
		case r <= 0xff:
			b.WriteString(msgfmt.Sprintf("\\x%02x", r))
		case r <= 0xffff:
			b.WriteString(msgfmt.Sprintf("\\u%04x", r))
		default:
			b.WriteString(msgfmt.Sprintf("\\U%08x", r))
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// decodeSurrogate decodes a surrogate code point stored in WTF-8.
func decodeSurrogate(s string) (rune, bool) {
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2]&0xC0 == 0x80 {
		return rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), true
	}
	return 0, false
}

// bytesRepr formats bytes as Python's repr(bytes) does.
func bytesRepr(v []byte) string {
	quote := byte('\'')
	if strings.IndexByte(string(v), '\'') >= 0 && strings.IndexByte(string(v), '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteByte('b')
	b.WriteByte(quote)
	for _, c := range v {
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			b.WriteString(msgfmt.Sprintf("\\x%02x", c))
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

func nonNilPatterns(s []Pattern) []Pattern {
	if s == nil {
		return []Pattern{}
	}
	return s
}
