package vm

import "github.com/asobiba/asobiba/runtime/compile"

// LookupSpecial finds a special method (dunder) on v's class, as CPython does for implicit
// invocations: the instance dict is not consulted. It returns nil when the class lacks it.
func LookupSpecial(v Value, name string) Value {
	return v.Type().Lookup(name)
}

// CallSpecial calls the special method name on v with the given arguments (v is passed as
// self). found is false when v's class does not define it.
func CallSpecial(th *Thread, v Value, name string, args ...Value) (result Value, found bool, err error) {
	m := LookupSpecial(v, name)
	if m == nil {
		return nil, false, nil
	}
	r, err := callDunder(th, m, v, args...)
	return r, true, err
}

// Hash returns hash(v), as CPython computes it (so that set order matches CPython's).
// th may be nil for values whose hash runs no Python code.
func Hash(th *Thread, v Value) (int64, error) {
	if h, ok := fastHash(v); ok {
		return h, nil
	}
	m := LookupSpecial(v, "__hash__")
	if m == nil || m == None {
		return 0, Errorf(TypeErrorType, "unhashable type: '%s'", v.Type().Name)
	}
	if m == objectHashB {
		return hashPointer(ObjectID(v)), nil
	}
	r, err := callDunder(th, m, v)
	if err != nil {
		return 0, err
	}
	return hashResult(r)
}

// Equal reports whether a == b, running __eq__ as Python does (reflected operand first when
// b's class is a subclass of a's). th may be nil for builtin values.
func Equal(th *Thread, a, b Value) (bool, error) {
	if eq, ok := fastEqual(a, b); ok {
		return eq, nil
	}
	r, err := RichCompare(th, a, b, compile.CmpEQ)
	if err != nil {
		return false, err
	}
	return Truth(th, r)
}
