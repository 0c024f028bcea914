package vm

// repr(), str() and format().
//
// Container reprs are recursion-safe as in CPython: while a container's repr is being built
// it is on the thread's repr stack, and meeting it again prints [...] / {...} instead of
// recursing forever. Deep nesting raises RecursionError like CPython's
// "maximum recursion depth exceeded while getting the repr of an object".

import (
	"strconv"
	"strings"
	"sync"

	"github.com/asobiba/asobiba/runtime/internal/pyfmt"
)

// reprStacks holds, per thread, the containers whose repr is in progress.
var reprStacks struct {
	sync.Mutex
	m map[*Thread][]Value
}

// reprEnter pushes v on the thread's repr stack. It returns false when v is already there
// (the caller prints the recursive placeholder), or an error when nesting is too deep.
func reprEnter(th *Thread, v Value) (bool, error) {
	reprStacks.Lock()
	defer reprStacks.Unlock()
	st := reprStacks.m[th]
	for _, x := range st {
		if Is(x, v) {
			return false, nil
		}
	}
	limit := 1000
	if th != nil && th.Interp != nil && th.Interp.RecursionLimit > 0 {
		limit = th.Interp.RecursionLimit
	}
	if len(st) >= limit {
		return false, Errorf(RecursionErrorType, "maximum recursion depth exceeded while getting the repr of an object")
	}
	if reprStacks.m == nil {
		reprStacks.m = make(map[*Thread][]Value)
	}
	reprStacks.m[th] = append(st, v)
	return true, nil
}

// reprLeave pops v from the thread's repr stack.
func reprLeave(th *Thread, v Value) {
	reprStacks.Lock()
	defer reprStacks.Unlock()
	st := reprStacks.m[th]
	if n := len(st); n > 0 {
		st = st[:n-1]
	}
	if len(st) == 0 {
		delete(reprStacks.m, th)
	} else {
		reprStacks.m[th] = st
	}
}

// maxStrDigits returns the int-to-str digit limit in force (sys.set_int_max_str_digits).
func maxStrDigits(th *Thread) int {
	if th != nil && th.Interp != nil && th.Interp.MaxStrDigitsSet {
		return th.Interp.MaxStrDigits
	}
	return pyfmt.DefaultMaxStrDigits
}

// IntRepr is repr() of an int value, with CPython's limit on decimal digits.
func IntRepr(th *Thread, v Value) (string, error) {
	switch x := v.(type) {
	case Int:
		return strconv.FormatInt(int64(x), 10), nil
	case Bool:
		if x {
			return "True", nil
		}
		return "False", nil
	case *BigInt:
		s, err := pyfmt.IntToString(x.v, maxStrDigits(th))
		if err != nil {
			return "", fmtError(err)
		}
		return s, nil
	}
	return "", Errorf(TypeErrorType, "not an int")
}

// Repr is repr(v).
func Repr(th *Thread, v Value) (string, error) {
	switch x := v.(type) {
	case Str:
		return pyfmt.StrRepr(string(x)), nil
	case Int:
		return strconv.FormatInt(int64(x), 10), nil
	case Float:
		return pyfmt.FloatRepr(float64(x)), nil
	case Bool:
		if x {
			return "True", nil
		}
		return "False", nil
	case *NoneType:
		return "None", nil
	case *BigInt:
		return IntRepr(th, x)
	case *List:
		return listRepr(th, x)
	case Tuple:
		return tupleRepr(th, x)
	case *Dict:
		return dictRepr(th, x)
	case *Set:
		return setRepr(th, x)
	case Bytes:
		return pyfmt.BytesRepr(string(x)), nil
	case Complex:
		return complexRepr(complex128(x)), nil
	case *Type:
		if x.Meta == nil {
			return TypeRepr(x), nil
		}
	}
	m := LookupSpecial(v, "__repr__")
	if m == nil {
		return objectRepr(v), nil
	}
	r, err := callDunder(th, m, v)
	if err != nil {
		return "", err
	}
	if s, ok := strSelf(r); ok {
		return s, nil
	}
	return "", Errorf(TypeErrorType, "__repr__ returned non-string (type %s)", typeNameOf(r))
}

// ToStr is str(v).
func ToStr(th *Thread, v Value) (string, error) {
	switch x := v.(type) {
	case Str:
		return string(x), nil
	case Int, Float, Bool, *NoneType, *BigInt, *List, Tuple, *Dict, *Set, Complex:
		return Repr(th, v)
	}
	m := LookupSpecial(v, "__str__")
	if m == nil {
		return Repr(th, v)
	}
	r, err := callDunder(th, m, v)
	if err != nil {
		return "", err
	}
	if s, ok := strSelf(r); ok {
		return s, nil
	}
	return "", Errorf(TypeErrorType, "__str__ returned non-string (type %s)", typeNameOf(r))
}

// ASCII is ascii(v): repr with non-ASCII characters escaped.
func ASCII(th *Thread, v Value) (string, error) {
	r, err := Repr(th, v)
	if err != nil {
		return "", err
	}
	return pyfmt.ASCII(r), nil
}

// Format is format(v, spec).
func Format(th *Thread, v Value, spec string) (string, error) {
	switch x := v.(type) {
	case Str:
		if spec == "" {
			return string(x), nil
		}
		return formatStr(string(x), spec)
	case Int:
		if spec == "" {
			return strconv.FormatInt(int64(x), 10), nil
		}
		return formatInt(th, x, spec, "int")
	case Float:
		return formatFloat(float64(x), spec)
	}
	m := LookupSpecial(v, "__format__")
	if m == nil {
		return "", Errorf(TypeErrorType, "Type %s doesn't define __format__", typeNameOf(v))
	}
	r, err := callDunder(th, m, v, Str(spec))
	if err != nil {
		return "", err
	}
	if s, ok := strSelf(r); ok {
		return s, nil
	}
	return "", Errorf(TypeErrorType, "__format__ must return a str, not %s", typeNameOf(r))
}

// formatStr is format(s, spec) for a str.
func formatStr(s, spec string) (string, error) {
	sp, err := pyfmt.ParseSpec(spec)
	if err != nil {
		return "", fmtError(err)
	}
	out, err := pyfmt.FormatStr(s, sp)
	if err != nil {
		return "", fmtError(err)
	}
	return out, nil
}

// formatInt is format(x, spec) for an int value (typeName is "int" or "bool").
func formatInt(th *Thread, x Value, spec, typeName string) (string, error) {
	sp, err := pyfmt.ParseSpec(spec)
	if err != nil {
		return "", fmtError(err)
	}
	sp.TypeName = typeName
	var out string
	switch sp.Type {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, err := intToFloat(x)
		if err != nil {
			return "", err
		}
		sp.TypeName = ""
		out, err = pyfmt.FormatFloat(f, sp)
		if err != nil {
			return "", fmtError(err)
		}
		return out, nil
	}
	if i, ok := x.(Int); ok {
		out, err = pyfmt.FormatInt64(int64(i), sp)
	} else if _, err = pyfmt.CheckDecimalDigits(bigOf(x), sp.Type, maxStrDigits(th)); err != nil {
		return "", fmtError(err)
	} else {
		out, err = pyfmt.FormatInt(bigOf(x), sp)
	}
	if err != nil {
		return "", fmtError(err)
	}
	return out, nil
}

// joinReprs builds "open + repr(items) joined by ', ' + close".
func joinReprs(th *Thread, open string, items []Value, close string) (string, error) {
	var b strings.Builder
	b.WriteString(open)
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := Repr(th, it)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	b.WriteString(close)
	return b.String(), nil
}

func listRepr(th *Thread, l *List) (string, error) {
	if len(l.Items) == 0 {
		return "[]", nil
	}
	ok, err := reprEnter(th, l)
	if err != nil {
		return "", err
	}
	if !ok {
		return "[...]", nil
	}
	defer reprLeave(th, l)
	var b strings.Builder
	b.WriteByte('[')
	for i := 0; i < len(l.Items); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := Repr(th, l.Items[i])
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	b.WriteByte(']')
	return b.String(), nil
}

func tupleRepr(th *Thread, t Tuple) (string, error) {
	switch len(t) {
	case 0:
		return "()", nil
	case 1:
		ok, err := reprEnter(th, t)
		if err != nil {
			return "", err
		}
		if !ok {
			return "(...)", nil
		}
		defer reprLeave(th, t)
		s, err := Repr(th, t[0])
		return "(" + s + ",)", err
	}
	ok, err := reprEnter(th, t)
	if err != nil {
		return "", err
	}
	if !ok {
		return "(...)", nil
	}
	defer reprLeave(th, t)
	return joinReprs(th, "(", t, ")")
}

func dictRepr(th *Thread, d *Dict) (string, error) {
	if d.Len() == 0 {
		return "{}", nil
	}
	ok, err := reprEnter(th, d)
	if err != nil {
		return "", err
	}
	if !ok {
		return "{...}", nil
	}
	defer reprLeave(th, d)
	var b strings.Builder
	b.WriteByte('{')
	first := true
	for pos := 0; ; {
		k, v, next, ok := d.Next(pos)
		if !ok {
			break
		}
		pos = next
		if !first {
			b.WriteString(", ")
		}
		first = false
		ks, err := Repr(th, k)
		if err != nil {
			return "", err
		}
		vs, err := Repr(th, v)
		if err != nil {
			return "", err
		}
		b.WriteString(ks)
		b.WriteString(": ")
		b.WriteString(vs)
	}
	b.WriteByte('}')
	return b.String(), nil
}
