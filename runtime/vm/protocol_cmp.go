package vm

// Rich comparison, following CPython's do_richcompare: the reflected method of the right
// operand goes first when its class is a proper subclass of the left operand's class; then
// the left operand's method; then the reflected one. If every candidate returns
// NotImplemented, == and != fall back to identity and the orderings raise TypeError
// ("'<' not supported between instances of 'int' and 'str'").

import (
	"strings"

	"github.com/asobiba/asobiba/runtime/compile"
)

var cmpNames = [...]string{
	compile.CmpLT: "__lt__",
	compile.CmpLE: "__le__",
	compile.CmpEQ: "__eq__",
	compile.CmpNE: "__ne__",
	compile.CmpGT: "__gt__",
	compile.CmpGE: "__ge__",
}

var cmpSymbols = [...]string{
	compile.CmpLT: "<",
	compile.CmpLE: "<=",
	compile.CmpEQ: "==",
	compile.CmpNE: "!=",
	compile.CmpGT: ">",
	compile.CmpGE: ">=",
}

// reflectCmp is the operator to try on the right operand (a < b is b > a).
var reflectCmp = [...]compile.CompareOp{
	compile.CmpLT: compile.CmpGT,
	compile.CmpLE: compile.CmpGE,
	compile.CmpEQ: compile.CmpEQ,
	compile.CmpNE: compile.CmpNE,
	compile.CmpGT: compile.CmpLT,
	compile.CmpGE: compile.CmpLE,
}

// cmpFunc is the Go shape of a type's rich comparison.
type cmpFunc func(th *Thread, a, b Value, op compile.CompareOp) (Value, error)

// cmpSlots maps the comparison builtins back to their Go implementations, to skip argument
// handling on the operator path.
var cmpSlots = map[*Builtin]struct {
	f  cmpFunc
	op compile.CompareOp
}{}

// addRichCompare registers __lt__ ... __ge__ on t, all implemented by f.
func addRichCompare(t *Type, f cmpFunc) {
	for op, name := range cmpNames {
		op, name := compile.CompareOp(op), name
		b := t.AddMethod(name, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := checkSlotArgs(name, args, kwnames, 1); err != nil {
				return nil, err
			}
			if !args[0].Type().IsSubtype(t) {
				return nil, descrError(name, t, args[0])
			}
			return f(th, args[0], args[1], op)
		})
		cmpSlots[b] = struct {
			f  cmpFunc
			op compile.CompareOp
		}{f, op}
	}
}

// fastEqual decides a == b for builtin values without running Python code. ok is false when
// Python code (or a slower path) must decide.
func fastEqual(a, b Value) (eq bool, ok bool) {
	switch x := a.(type) {
	case Str:
		if y, ok := b.(Str); ok {
			return x == y, true
		}
		switch b.(type) {
		case Int, Float, *NoneType, Bool, Bytes, Tuple:
			return false, true
		}
	case Int:
		switch y := b.(type) {
		case Int:
			return x == y, true
		case Float:
			return float64(x) == float64(y) && absU(int64(x)) <= 1<<53, absU(int64(x)) <= 1<<53
		case Bool:
			return (x == 1) == bool(y) && (x == 0 || x == 1), true
		case Str, *NoneType, Bytes, Tuple:
			return false, true
		}
	case Float:
		switch y := b.(type) {
		case Float:
			return x == y, true
		case Str, *NoneType, Bytes, Tuple:
			return false, true
		}
	case Bool:
		switch y := b.(type) {
		case Bool:
			return x == y, true
		case Int:
			return (y == 1) == bool(x) && (y == 0 || y == 1), true
		}
	case *NoneType:
		switch b.(type) {
		case Int, Str, Float, Bool, *NoneType, Tuple, Bytes, *List, *Dict:
			return a == b, true
		}
	case Bytes:
		if y, ok := b.(Bytes); ok {
			return x == y, true
		}
	case Tuple:
		y, ok := b.(Tuple)
		if !ok {
			break
		}
		if len(x) != len(y) {
			return false, true
		}
		for i := range x {
			if Is(x[i], y[i]) {
				continue
			}
			e, ok := fastEqual(x[i], y[i])
			if !ok {
				return false, false
			}
			if !e {
				return false, true
			}
		}
		return true, true
	}
	return false, false
}

// RichCompare evaluates a op b.
func RichCompare(th *Thread, a, b Value, op compile.CompareOp) (Value, error) {
	// Fast paths for exact builtin types.
	switch x := a.(type) {
	case Int:
		switch y := b.(type) {
		case Int:
			return Bool(cmpResult(cmpInt64(int64(x), int64(y)), op)), nil
		case Float:
			c, ok := compareIntFloat(x, float64(y))
			if !ok {
				return Bool(op == compile.CmpNE), nil
			}
			return Bool(cmpResult(c, op)), nil
		}
	case Float:
		switch y := b.(type) {
		case Float:
			return Bool(compareFloats(float64(x), float64(y), op)), nil
		case Int:
			c, ok := compareIntFloat(y, float64(x))
			if !ok {
				return Bool(op == compile.CmpNE), nil
			}
			return Bool(cmpResult(-c, op)), nil
		}
	case Str:
		if y, ok := b.(Str); ok {
			return Bool(cmpResult(strings.Compare(string(x), string(y)), op)), nil
		}
	}
	if op == compile.CmpEQ || op == compile.CmpNE {
		if eq, ok := fastEqual(a, b); ok {
			return Bool(eq == (op == compile.CmpEQ)), nil
		}
	}
	return richCompareSlow(th, a, b, op)
}

func cmpInt64(x, y int64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// callCmp calls a comparison dunder m on self.
func callCmp(th *Thread, m Value, self, other Value, op compile.CompareOp) (Value, error) {
	if b, ok := m.(*Builtin); ok {
		if s, ok := cmpSlots[b]; ok && s.op == op {
			return s.f(th, self, other, op)
		}
	}
	return callDunder(th, m, self, other)
}

func richCompareSlow(th *Thread, a, b Value, op compile.CompareOp) (Value, error) {
	ta, tb := a.Type(), b.Type()
	rop := reflectCmp[op]
	checkedReverse := false
	if ta != tb && tb.IsSubtype(ta) {
		if m := tb.Lookup(cmpNames[rop]); m != nil {
			checkedReverse = true
			r, err := callCmp(th, m, b, a, rop)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	if m := ta.Lookup(cmpNames[op]); m != nil {
		r, err := callCmp(th, m, a, b, op)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if !checkedReverse {
		if m := tb.Lookup(cmpNames[rop]); m != nil {
			r, err := callCmp(th, m, b, a, rop)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	switch op {
	case compile.CmpEQ:
		return Bool(Is(a, b)), nil
	case compile.CmpNE:
		return Bool(!Is(a, b)), nil
	}
	return nil, Errorf(TypeErrorType, "'%s' not supported between instances of '%s' and '%s'", cmpSymbols[op], ta.Name, tb.Name)
}

// CompareBool evaluates a op b and converts the result to a Go bool (Python's
// PyObject_RichCompareBool, including the identity shortcut for == and !=).
func CompareBool(th *Thread, a, b Value, op compile.CompareOp) (bool, error) {
	if Is(a, b) {
		switch op {
		case compile.CmpEQ:
			return true, nil
		case compile.CmpNE:
			return false, nil
		}
	}
	r, err := RichCompare(th, a, b, op)
	if err != nil {
		return false, err
	}
	if bv, ok := r.(Bool); ok {
		return bool(bv), nil
	}
	return Truth(th, r)
}

// Less is a < b as a Go bool (sorting, min, max).
func Less(th *Thread, a, b Value) (bool, error) {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return x < y, nil
		}
	case Float:
		if y, ok := b.(Float); ok {
			return x < y, nil
		}
	case Str:
		if y, ok := b.(Str); ok {
			return x < y, nil
		}
	case Tuple:
		if y, ok := b.(Tuple); ok {
			if lt, ok := lessTuplesFast(x, y); ok {
				return lt, nil
			}
		}
	}
	return CompareBool(th, a, b, compile.CmpLT)
}

// lessTuplesFast decides x < y for tuples whose items up to the first difference are ints
// or strs; ok is false when another kind of item is met, for the general comparison.
func lessTuplesFast(x, y Tuple) (lt, ok bool) {
	for i := 0; i < len(x) && i < len(y); i++ {
		switch a := x[i].(type) {
		case Int:
			b, isInt := y[i].(Int)
			if !isInt {
				return false, false
			}
			if a != b {
				return a < b, true
			}
		case Str:
			b, isStr := y[i].(Str)
			if !isStr {
				return false, false
			}
			if a != b {
				return a < b, true
			}
		default:
			return false, false
		}
	}
	return len(x) < len(y), true
}

// compareSequences compares two item slices lexicographically, as list and tuple do: the
// first pair of items that differ (by ==, identity first) decides with op; otherwise the
// lengths do. The slices are re-read through get after each comparison, because __eq__ may
// mutate a list.
func compareSequences(th *Thread, x, y func() []Value, op compile.CompareOp) (Value, error) {
	xs, ys := x(), y()
	if (op == compile.CmpEQ || op == compile.CmpNE) && len(xs) != len(ys) {
		return Bool(op == compile.CmpNE), nil
	}
	i := 0
	for {
		xs, ys = x(), y()
		if i >= len(xs) || i >= len(ys) {
			break
		}
		a, b := xs[i], ys[i]
		if !Is(a, b) {
			eq, err := equalItems(th, a, b)
			if err != nil {
				return nil, err
			}
			if !eq {
				break
			}
		}
		i++
	}
	xs, ys = x(), y()
	if i >= len(xs) || i >= len(ys) {
		return Bool(cmpResult(cmpInt64(int64(len(xs)), int64(len(ys))), op)), nil
	}
	switch op {
	case compile.CmpEQ:
		return False, nil
	case compile.CmpNE:
		return True, nil
	}
	return RichCompare(th, xs[i], ys[i], op)
}

// equalItems is PyObject_RichCompareBool(a, b, Py_EQ).
func equalItems(th *Thread, a, b Value) (bool, error) {
	if Is(a, b) {
		return true, nil
	}
	return Equal(th, a, b)
}
