package modkit

import (
	"math/big"

	"github.com/asobiba/asobiba/runtime/vm"
)

// Int64 converts an integer argument (anything with __index__) to int64, raising
// OverflowError "Python int too large to convert to C long" when it does not fit.
func Int64(th *vm.Thread, v vm.Value) (int64, error) {
	if i, ok := v.(vm.Int); ok {
		return int64(i), nil
	}
	x, err := vm.Index(th, v)
	if err != nil {
		return 0, err
	}
	if i, ok := x.(vm.Int); ok {
		return int64(i), nil
	}
	return 0, vm.Errorf(vm.OverflowErrorType, "Python int too large to convert to C long")
}

// Big converts an integer argument (anything with __index__) to a *big.Int the caller may
// modify.
func Big(th *vm.Thread, v vm.Value) (*big.Int, error) {
	x, err := vm.Index(th, v)
	if err != nil {
		return nil, err
	}
	return BigOf(x), nil
}

// BigOf returns a fresh *big.Int for an int value (Int, Bool or *vm.BigInt); it panics on
// anything else.
func BigOf(v vm.Value) *big.Int {
	switch x := v.(type) {
	case vm.Int:
		return big.NewInt(int64(x))
	case vm.Bool:
		if x {
			return big.NewInt(1)
		}
		return big.NewInt(0)
	case *vm.BigInt:
		return new(big.Int).Set(x.Big())
	}
	panic("modkit.BigOf: not an int")
}

// IsInt reports whether v is an int (bools and int subclasses included).
func IsInt(v vm.Value) bool {
	switch v.(type) {
	case vm.Int, vm.Bool, *vm.BigInt:
		return true
	}
	return v.Type().IsSubtype(vm.IntType)
}

// Float converts a real-number argument to float64 (TypeError "must be real number, not
// str" otherwise).
func Float(th *vm.Thread, v vm.Value) (float64, error) {
	if f, ok := v.(vm.Float); ok {
		return float64(f), nil
	}
	return vm.AsFloat(th, v)
}

// Str returns the text of a str argument (or of an instance of a str subclass).
func Str(v vm.Value) (string, bool) {
	switch x := v.(type) {
	case vm.Str:
		return string(x), true
	case *vm.Instance:
		if s, ok := x.Base.(vm.Str); ok {
			return string(s), true
		}
	}
	return "", false
}

// StrArg returns the text of a str argument or a TypeError naming the function and the
// argument: "f() argument 1 must be str, not int".
func StrArg(fname string, pos int, v vm.Value) (string, error) {
	if s, ok := Str(v); ok {
		return s, nil
	}
	return "", vm.Errorf(vm.TypeErrorType, "%s() argument %d must be str, not %s", fname, pos, v.Type().Name)
}

// Bytes returns the content of a bytes-like argument (bytes, bytearray, or a subclass).
func Bytes(v vm.Value) ([]byte, bool) {
	switch x := v.(type) {
	case vm.Bytes:
		return []byte(x), true
	case *vm.Instance:
		if x.Base != nil && x.Base != v {
			return Bytes(x.Base)
		}
	}
	if ba, ok := v.(interface{ ByteSlice() []byte }); ok {
		return ba.ByteSlice(), true
	}
	return nil, false
}

// Buffer is Bytes for readers that also take objects exposing their bytes through a
// Python-level buffer (PEP 688's __buffer__, which pylib's array defines): ok is false when
// v offers neither.
func Buffer(th *vm.Thread, v vm.Value) (data []byte, ok bool, err error) {
	if b, ok := Bytes(v); ok {
		return b, true, nil
	}
	return vm.PythonBuffer(th, v)
}

// Truth is bool(v), or false for a nil (not passed) argument.
func Truth(th *vm.Thread, v vm.Value) (bool, error) {
	if v == nil {
		return false, nil
	}
	if b, ok := v.(vm.Bool); ok {
		return bool(b), nil
	}
	return vm.Truth(th, v)
}

// Iterate calls f with each item of the iterable v, stopping early when f returns false or
// an error.
func Iterate(th *vm.Thread, v vm.Value, f func(item vm.Value) (bool, error)) error {
	switch x := v.(type) {
	case vm.Tuple:
		for _, it := range x {
			if more, err := f(it); err != nil || !more {
				return err
			}
		}
		return nil
	case *vm.List:
		for i := 0; i < len(x.Items); i++ {
			if more, err := f(x.Items[i]); err != nil || !more {
				return err
			}
		}
		return nil
	}
	it, err := vm.Iter(th, v)
	if err != nil {
		return err
	}
	for {
		item, ok, err := vm.Next(th, it)
		if err != nil || !ok {
			return err
		}
		if more, err := f(item); err != nil || !more {
			return err
		}
	}
}

// Collect returns the items of the iterable v.
func Collect(th *vm.Thread, v vm.Value) ([]vm.Value, error) {
	switch x := v.(type) {
	case vm.Tuple:
		return append([]vm.Value(nil), x...), nil
	case *vm.List:
		return append([]vm.Value(nil), x.Items...), nil
	}
	var out []vm.Value
	err := Iterate(th, v, func(item vm.Value) (bool, error) {
		out = append(out, item)
		return true, nil
	})
	return out, err
}
