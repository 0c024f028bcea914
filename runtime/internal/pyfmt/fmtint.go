package pyfmt

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/asobiba/asobiba/runtime/internal/exactfloat"
)

// FormatInt formats a Python int as format(x, spec) does, including the float presentation
// types (e E f F g G %), for which x is first converted to float.
func FormatInt(x *big.Int, spec Spec) (string, error) {
	if x.IsInt64() {
		return FormatInt64(x.Int64(), spec)
	}
	return formatInt(x, 0, spec)
}

// FormatInt64 is FormatInt for an int that fits in int64; it avoids big.Int arithmetic.
func FormatInt64(x int64, spec Spec) (string, error) {
	return formatInt(nil, x, spec)
}

// formatInt formats big if non-nil, else small.
func formatInt(big_ *big.Int, small int64, s Spec) (string, error) {
	name := s.typeName("int")
	if err := s.check(name, 'd', '>'); err != nil {
		return "", err
	}
	switch s.Type {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f := float64(small)
		if big_ != nil {
			f, _ = IntToFloat(big_)
			if math.IsInf(f, 0) {
				return "", newError("OverflowError", "int too large to convert to float")
			}
		}
		return formatFloatChecked(f, &s)
	case 'b', 'c', 'd', 'n', 'o', 'x', 'X':
	default:
		return "", valueError("Unknown format code '%s' for object of type '%s'", codeForMessage(s.Type), name)
	}
	if s.Precision >= 0 {
		return "", valueError("Precision not allowed in integer format specifier")
	}
	if s.NoNegZero {
		return "", valueError("Negative zero coercion (z) not allowed in integer format specifier")
	}
	neg := small < 0
	if big_ != nil {
		neg = big_.Sign() < 0
	}
	if s.Type == 'c' {
		if s.Sign != 0 {
			return "", valueError("Sign not allowed with integer format specifier 'c'")
		}
		if s.Alt {
			return "", valueError("Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if big_ != nil {
			return "", newError("OverflowError", "Python int too large to convert to C long")
		}
		if small < 0 || small > 0x10ffff {
			return "", newError("OverflowError", "%%c arg not in range(0x110000)")
		}
		return layout(number{rest: string(rune(small))}, &s), nil
	}
	base := 10
	prefix := ""
	switch s.Type {
	case 'b':
		base, prefix = 2, "0b"
	case 'o':
		base, prefix = 8, "0o"
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix = 16, "0X"
	}
	if !s.Alt {
		prefix = ""
	}
	var digits string
	if big_ != nil {
		digits = new(big.Int).Abs(big_).Text(base)
	} else {
		u := uint64(small)
		if neg {
			u = -u
		}
		digits = strconv.FormatUint(u, base)
	}
	if s.Type == 'X' {
		digits = strings.ToUpper(digits)
	}
	return layout(number{neg: neg, prefix: prefix, digits: digits}, &s), nil
}

// IntToFloat converts a Python int to the nearest float, rounding half to even as CPython
// does; ok is false (and the result infinite) when CPython raises OverflowError
// "int too large to convert to float".
func IntToFloat(x *big.Int) (f float64, ok bool) {
	if x.IsInt64() {
		return float64(x.Int64()), true
	}
	f = exactfloat.ToFloat(x, 0)
	return f, !math.IsInf(f, 0)
}
