package compile

import (
	"math/big"

	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
	"github.com/asobiba/asobiba/runtime/syntax"
)

// Lint returns the SyntaxWarnings CPython's compiler gives for likely mistakes in mod, in
// source order: "is" with a literal, calling a literal ("perhaps you missed a comma?"),
// subscripting a literal that is not subscriptable, and indexing a literal sequence with a
// literal that is not an integer.
func Lint(mod *syntax.Module, filename string) []syntax.Warning {
	var out []syntax.Warning
	c := &compiler{}
	warn := func(n syntax.Node, format string, args ...any) {
		out = append(out, syntax.Warning{Category: "SyntaxWarning", Msg: msgfmt.Sprintf(format, args...),
			Filename: filename, Pos: n.Pos()})
	}
	syntax.Inspect(mod, func(n syntax.Node) bool {
		switch e := n.(type) {
		case *syntax.Compare:
			lintCompare(c, e, warn)
		case *syntax.Call:
			// A lambda is a literal that can be called.
			if _, isLambda := e.Func.(*syntax.Lambda); isLambda {
				break
			}
			if name := literalType(c, e.Func); name != "" {
				warn(e, "'%s' object is not callable; perhaps you missed a comma?", name)
			}
		case *syntax.Subscript:
			if e.Ctx == syntax.Load {
				lintSubscript(c, e, warn)
			}
		}
		return true
	})
	return out
}

// lintCompare warns about the first "is" or "is not" with a literal operand.
func lintCompare(c *compiler, e *syntax.Compare, warn func(syntax.Node, string, ...any)) {
	left := isArgOK(c, e.Left)
	for i, op := range e.Ops {
		right := isArgOK(c, e.Comparators[i])
		if (op == syntax.Is || op == syntax.IsNot) && (!left || !right) {
			if op == syntax.Is {
				warn(e, `"is" with a literal. Did you mean "=="?`)
			} else {
				warn(e, `"is not" with a literal. Did you mean "!="?`)
			}
			return
		}
		left = right
	}
}

// isArgOK reports whether e may be an operand of "is": anything but a constant other than
// None, True, False and Ellipsis (after CPython's constant folding).
func isArgOK(c *compiler, e syntax.Expr) bool {
	k, ok := c.fold(e)
	if !ok {
		return true
	}
	switch k.(type) {
	case nil, bool, EllipsisType:
		return true
	}
	return false
}

// lintSubscript is CPython's check_subscripter and check_index.
func lintSubscript(c *compiler, e *syntax.Subscript, warn func(syntax.Node, string, ...any)) {
	switch v := e.Value.(type) {
	case *syntax.Set, *syntax.SetComp, *syntax.GeneratorExp, *syntax.Lambda:
		warn(e, "'%s' object is not subscriptable; perhaps you missed a comma?", literalType(c, v))
		return
	}
	if k, ok := c.fold(e.Value); ok {
		switch k.(type) {
		case nil, EllipsisType, int64, *big.Int, float64, complex128, bool:
			warn(e, "'%s' object is not subscriptable; perhaps you missed a comma?", constTypeName(k))
			return
		}
	}
	index := literalType(c, e.Slice)
	if index == "" || index == "int" || index == "bool" {
		return
	}
	seq := ""
	if k, ok := c.fold(e.Value); ok {
		switch k.(type) {
		case string, Bytes, Tuple:
			seq = constTypeName(k)
		}
	} else {
		switch e.Value.(type) {
		case *syntax.Tuple, *syntax.List, *syntax.ListComp, *syntax.JoinedStr, *syntax.FormattedValue:
			seq = literalType(c, e.Value)
		}
	}
	if seq != "" {
		warn(e, "%s indices must be integers or slices, not %s; perhaps you missed a comma?", seq, index)
	}
}

// literalType is the type name of a literal expression (CPython's infer_type), or "".
func literalType(c *compiler, e syntax.Expr) string {
	if k, ok := c.fold(e); ok {
		return constTypeName(k)
	}
	switch e.(type) {
	case *syntax.Tuple:
		return "tuple"
	case *syntax.List, *syntax.ListComp:
		return "list"
	case *syntax.Dict, *syntax.DictComp:
		return "dict"
	case *syntax.Set, *syntax.SetComp:
		return "set"
	case *syntax.GeneratorExp:
		return "generator"
	case *syntax.Lambda:
		return "function"
	case *syntax.JoinedStr, *syntax.FormattedValue:
		return "str"
	}
	return ""
}

func constTypeName(k Const) string {
	switch k.(type) {
	case nil:
		return "NoneType"
	case bool:
		return "bool"
	case int64, *big.Int:
		return "int"
	case float64:
		return "float"
	case complex128:
		return "complex"
	case string:
		return "str"
	case Bytes:
		return "bytes"
	case Tuple:
		return "tuple"
	case EllipsisType:
		return "ellipsis"
	}
	return ""
}
