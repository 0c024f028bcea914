package compile

// This file turns an expression back into source text, for annotations under
// "from __future__ import annotations", which are stored as strings. It follows CPython's
// ast_unparse.c, so the strings match CPython's: normalized spacing, and parentheses only
// where the operator precedence needs them.

import (
	"github.com/asobiba/asobiba/runtime/internal/pyfmt"
	"math"
	"math/big"
	"strings"

	"github.com/asobiba/asobiba/runtime/syntax"
)

// Precedence levels, lowest first, as in ast_unparse.c.
const (
	prTuple = iota
	prTest  // if-else, lambda
	prOr
	prAnd
	prNot
	prCmp
	prBor // also PR_EXPR
	prBxor
	prBand
	prShift
	prArith
	prTerm
	prFactor
	prPower
	prAwait
	prAtom
)

// unparse returns the source text of e, as CPython's ast.unparse for an annotation.
func unparse(e syntax.Expr) string {
	var u unparser
	u.expr(e, prTest)
	return u.b.String()
}

type unparser struct{ b strings.Builder }

func (u *unparser) str(s string) { u.b.WriteString(s) }

func (u *unparser) strIf(cond bool, s string) {
	if cond {
		u.b.WriteString(s)
	}
}

var binOpPrec = [...]int{
	syntax.Add: prArith, syntax.Sub: prArith, syntax.Mult: prTerm, syntax.MatMult: prTerm,
	syntax.Div: prTerm, syntax.Mod: prTerm, syntax.FloorDiv: prTerm, syntax.Pow: prPower,
	syntax.LShift: prShift, syntax.RShift: prShift, syntax.BitOr: prBor, syntax.BitXor: prBxor,
	syntax.BitAnd: prBand,
}

func (u *unparser) exprs(list []syntax.Expr, level int) {
	for i, e := range list {
		u.strIf(i > 0, ", ")
		u.expr(e, level)
	}
}

func (u *unparser) expr(e syntax.Expr, level int) {
	switch e := e.(type) {
	case *syntax.BoolOp:
		pr, op := prAnd, " and "
		if e.Op == syntax.Or {
			pr, op = prOr, " or "
		}
		u.strIf(level > pr, "(")
		for i, v := range e.Values {
			u.strIf(i > 0, op)
			u.expr(v, pr+1)
		}
		u.strIf(level > pr, ")")
	case *syntax.BinOp:
		pr := binOpPrec[e.Op]
		rassoc := 0
		if e.Op == syntax.Pow {
			rassoc = 1
		}
		u.strIf(level > pr, "(")
		u.expr(e.Left, pr+rassoc)
		u.str(" " + e.Op.Symbol() + " ")
		u.expr(e.Right, pr+1-rassoc)
		u.strIf(level > pr, ")")
	case *syntax.UnaryOp:
		pr, op := prFactor, e.Op.Symbol()
		if e.Op == syntax.Not {
			pr, op = prNot, "not "
		}
		u.strIf(level > pr, "(")
		u.str(op)
		u.expr(e.Operand, pr)
		u.strIf(level > pr, ")")
	case *syntax.Lambda:
		u.strIf(level > prTest, "(")
		if len(e.Args.Args)+len(e.Args.PosOnly) > 0 {
			u.str("lambda ")
		} else {
			u.str("lambda")
		}
		u.args(e.Args)
		u.str(": ")
		u.expr(e.Body, prTest)
		u.strIf(level > prTest, ")")
	case *syntax.IfExp:
		u.strIf(level > prTest, "(")
		u.expr(e.Body, prTest+1)
		u.str(" if ")
		u.expr(e.Test, prTest+1)
		u.str(" else ")
		u.expr(e.Else, prTest)
		u.strIf(level > prTest, ")")
	case *syntax.Dict:
		u.str("{")
		for i := range e.Values {
			u.strIf(i > 0, ", ")
			if e.Keys[i] != nil {
				u.expr(e.Keys[i], prTest)
				u.str(": ")
				u.expr(e.Values[i], prTest)
			} else {
				u.str("**")
				u.expr(e.Values[i], prBor)
			}
		}
		u.str("}")
	case *syntax.Set:
		if len(e.Elts) == 0 {
			u.str("{*()}")
			return
		}
		u.str("{")
		u.exprs(e.Elts, prTest)
		u.str("}")
	case *syntax.ListComp:
		u.str("[")
		u.expr(e.Elt, prTest)
		u.comprehensions(e.Generators)
		u.str("]")
	case *syntax.SetComp:
		u.str("{")
		u.expr(e.Elt, prTest)
		u.comprehensions(e.Generators)
		u.str("}")
	case *syntax.DictComp:
		u.str("{")
		u.expr(e.Key, prTest)
		u.str(": ")
		u.expr(e.Value, prTest)
		u.comprehensions(e.Generators)
		u.str("}")
	case *syntax.GeneratorExp:
		u.str("(")
		u.expr(e.Elt, prTest)
		u.comprehensions(e.Generators)
		u.str(")")
	case *syntax.Await:
		u.strIf(level > prAwait, "(")
		u.str("await ")
		u.expr(e.Value, prAtom)
		u.strIf(level > prAwait, ")")
	case *syntax.Yield:
		if e.Value == nil {
			u.str("(yield)")
			return
		}
		u.str("(yield ")
		u.expr(e.Value, prTest)
		u.str(")")
	case *syntax.YieldFrom:
		u.str("(yield from ")
		u.expr(e.Value, prTest)
		u.str(")")
	case *syntax.Compare:
		u.strIf(level > prCmp, "(")
		u.expr(e.Left, prCmp+1)
		for i, op := range e.Ops {
			u.str(" " + op.Symbol() + " ")
			u.expr(e.Comparators[i], prCmp+1)
		}
		u.strIf(level > prCmp, ")")
	case *syntax.Call:
		u.expr(e.Func, prAtom)
		if len(e.Args) == 1 && len(e.Keywords) == 0 {
			if g, ok := e.Args[0].(*syntax.GeneratorExp); ok {
				u.expr(g, prTest)
				return
			}
		}
		u.str("(")
		u.exprs(e.Args, prTest)
		for i, k := range e.Keywords {
			u.strIf(i > 0 || len(e.Args) > 0, ", ")
			if k.Arg == "" {
				u.str("**")
			} else {
				u.str(k.Arg + "=")
			}
			u.expr(k.Value, prTest)
		}
		u.str(")")
	case *syntax.JoinedStr:
		u.str("f" + pyfmt.StrRepr(fstringBody(e.Values)))
	case *syntax.FormattedValue:
		u.str("f" + pyfmt.StrRepr(fstringBody([]syntax.Expr{e})))
	case *syntax.Constant:
		u.constant(e)
	case *syntax.Attribute:
		u.expr(e.Value, prAtom)
		period := "."
		if k, ok := e.Value.(*syntax.Constant); ok {
			switch k.Value.(type) {
			case int64, int, *big.Int:
				period = " ."
			}
		}
		u.str(period + e.Attr)
	case *syntax.Subscript:
		u.expr(e.Value, prAtom)
		u.str("[")
		u.expr(e.Slice, prTuple)
		u.str("]")
	case *syntax.Starred:
		u.str("*")
		u.expr(e.Value, prBor)
	case *syntax.Name:
		u.str(e.Id)
	case *syntax.List:
		u.str("[")
		u.exprs(e.Elts, prTest)
		u.str("]")
	case *syntax.Tuple:
		if len(e.Elts) == 0 {
			u.str("()")
			return
		}
		u.strIf(level > prTuple, "(")
		u.exprs(e.Elts, prTest)
		u.strIf(len(e.Elts) == 1, ",")
		u.strIf(level > prTuple, ")")
	case *syntax.Slice:
		if e.Lower != nil {
			u.expr(e.Lower, prTest)
		}
		u.str(":")
		if e.Upper != nil {
			u.expr(e.Upper, prTest)
		}
		if e.Step != nil {
			u.str(":")
			u.expr(e.Step, prTest)
		}
	case *syntax.NamedExpr:
		u.strIf(level > prTuple, "(")
		u.expr(e.Target, prAtom)
		u.str(" := ")
		u.expr(e.Value, prAtom)
		u.strIf(level > prTuple, ")")
	}
}

func (u *unparser) comprehensions(gens []*syntax.Comprehension) {
	for _, g := range gens {
		if g.IsAsync {
			u.str(" async for ")
		} else {
			u.str(" for ")
		}
		u.expr(g.Target, prTuple)
		u.str(" in ")
		u.expr(g.Iter, prTest+1)
		for _, cond := range g.Ifs {
			u.str(" if ")
			u.expr(cond, prTest+1)
		}
	}
}

func (u *unparser) args(a *syntax.Arguments) {
	first := true
	sep := func() {
		if !first {
			u.str(", ")
		}
		first = false
	}
	arg := func(p *syntax.Arg) {
		u.str(p.Name)
		if p.Annotation != nil {
			u.str(": ")
			u.expr(p.Annotation, prTest)
		}
	}
	npos := len(a.PosOnly) + len(a.Args)
	for i := 0; i < npos; i++ {
		sep()
		if i < len(a.PosOnly) {
			arg(a.PosOnly[i])
		} else {
			arg(a.Args[i-len(a.PosOnly)])
		}
		if di := i - npos + len(a.Defaults); di >= 0 {
			u.str("=")
			u.expr(a.Defaults[di], prTest)
		}
		if len(a.PosOnly) > 0 && i+1 == len(a.PosOnly) {
			u.str(", /")
		}
	}
	if a.Vararg != nil || len(a.KwOnly) > 0 {
		sep()
		u.str("*")
		if a.Vararg != nil {
			arg(a.Vararg)
		}
	}
	for i, p := range a.KwOnly {
		sep()
		arg(p)
		if i < len(a.KwDefaults) && a.KwDefaults[i] != nil {
			u.str("=")
			u.expr(a.KwDefaults[i], prTest)
		}
	}
	if a.Kwarg != nil {
		sep()
		u.str("**")
		arg(a.Kwarg)
	}
}

func (u *unparser) constant(k *syntax.Constant) {
	switch v := constValue(k).(type) {
	case EllipsisType:
		u.str("...")
	case float64:
		u.str(strings.ReplaceAll(ConstRepr(v), "inf", "1e309"))
	case complex128:
		if math.IsInf(real(v), 0) || math.IsInf(imag(v), 0) {
			u.str(strings.ReplaceAll(ConstRepr(v), "inf", "1e309"))
		} else {
			u.str(ConstRepr(v))
		}
	case string:
		if k.Kind == "u" {
			u.str("u")
		}
		u.str(pyfmt.StrRepr(v))
	default:
		u.str(ConstRepr(v))
	}
}

// fstringBody returns the text between the quotes of an unparsed f-string.
func fstringBody(values []syntax.Expr) string {
	var b strings.Builder
	for _, v := range values {
		switch v := v.(type) {
		case *syntax.Constant:
			s, _ := v.Value.(string)
			s = strings.ReplaceAll(s, "{", "{{")
			b.WriteString(strings.ReplaceAll(s, "}", "}}"))
		case *syntax.FormattedValue:
			var u unparser
			u.expr(v.Value, prTest+1)
			text := u.b.String()
			if strings.HasPrefix(text, "{") {
				b.WriteString("{ ")
			} else {
				b.WriteString("{")
			}
			b.WriteString(text)
			switch v.Conversion {
			case syntax.ConvStr:
				b.WriteString("!s")
			case syntax.ConvRepr:
				b.WriteString("!r")
			case syntax.ConvASCII:
				b.WriteString("!a")
			}
			if spec, ok := v.FormatSpec.(*syntax.JoinedStr); ok {
				b.WriteString(":")
				b.WriteString(fstringBody(spec.Values))
			}
			b.WriteString("}")
		case *syntax.JoinedStr:
			b.WriteString(fstringBody(v.Values))
		}
	}
	return b.String()
}
