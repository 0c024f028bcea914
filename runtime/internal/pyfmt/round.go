package pyfmt

import (
	"math"
	"math/big"

	"github.com/asobiba/asobiba/runtime/internal/exactfloat"
)

// RoundToInt is round(x) for a float: the nearest integer, halves to even, as a Python int.
// It fails with CPython's OverflowError for infinities and ValueError for NaN.
func RoundToInt(x float64) (*big.Int, error) {
	return FloatToInt(math.RoundToEven(x))
}

// FloatToInt is int(x) for a float: truncation toward zero, as a Python int.
func FloatToInt(x float64) (*big.Int, error) {
	switch {
	case math.IsNaN(x):
		return nil, valueError("cannot convert float NaN to integer")
	case math.IsInf(x, 0):
		return nil, newError("OverflowError", "cannot convert float infinity to integer")
	}
	x = math.Trunc(x)
	if math.Abs(x) < 1<<63 {
		return big.NewInt(int64(x)), nil
	}
	return exactfloat.Trunc(x), nil
}

// Round is round(x, ndigits) for a float: x rounded to a multiple of 10**-ndigits, exactly as
// if the exact binary value were rounded in decimal (halves to even: round(2.675, 2) is 2.67
// because 2.675 is really 2.67499999...) and the result read back as the nearest float.
// Infinities, NaNs and zeros are returned unchanged; a result too large for a float is
// CPython's OverflowError.
func Round(x float64, ndigits int) (float64, error) {
	// The same cut-offs as CPython: beyond them the answer is x itself or a signed zero.
	const ndigitsMax, ndigitsMin = 323, -308
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 || ndigits > ndigitsMax {
		return x, nil
	}
	if ndigits < ndigitsMin {
		return 0 * x, nil
	}
	// x * 10**ndigits as the fraction num/den, rounded to the integer n; the answer is
	// n / 10**ndigits, rounded once to a float.
	num, den := exactfloat.Ratio(x)
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs(ndigits))), nil)
	if ndigits >= 0 {
		num.Mul(num, scale)
	} else {
		den.Mul(den, scale)
	}
	n := roundHalfEven(num, den)
	var f float64
	if ndigits >= 0 {
		f = QuoFloat(n, scale)
	} else {
		f = exactfloat.ToFloat(n.Mul(n, scale), 0)
	}
	if math.IsInf(f, 0) {
		return 0, newError("OverflowError", "rounded value too large to represent")
	}
	if f == 0 {
		return math.Copysign(0, x), nil
	}
	return f, nil
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// roundHalfEven rounds num/den (den > 0) to the nearest integer, halves to even.
func roundHalfEven(num, den *big.Int) *big.Int {
	q, m := new(big.Int).DivMod(num, den, new(big.Int)) // floor division, 0 <= m < den
	twice := new(big.Int).Lsh(m, 1)
	switch c := twice.Cmp(den); {
	case c > 0, c == 0 && q.Bit(0) == 1:
		q.Add(q, big.NewInt(1))
	}
	return q
}

// RoundInt is round(x, ndigits) for an int: for ndigits >= 0 it is x; otherwise x rounded to
// a multiple of 10**-ndigits, halves to even.
func RoundInt(x *big.Int, ndigits int) *big.Int {
	if ndigits >= 0 {
		return new(big.Int).Set(x)
	}
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-ndigits)), nil)
	n := roundHalfEven(x, scale)
	return n.Mul(n, scale)
}

// FloorDivMod is divmod(a, b) for floats with CPython's rules: the remainder has the sign of
// b, and the quotient is floor(a / b) computed so that q*b + r is as close to a as possible.
// b == 0 is CPython's ZeroDivisionError "float divmod()".
func FloorDivMod(a, b float64) (q, r float64, err error) {
	if b == 0 {
		return 0, 0, newError("ZeroDivisionError", "float divmod()")
	}
	q, r = floorDivMod(a, b)
	return q, r, nil
}

// FloorDiv is a // b for floats; b == 0 is ZeroDivisionError "float floor division by zero".
func FloorDiv(a, b float64) (float64, error) {
	if b == 0 {
		return 0, newError("ZeroDivisionError", "float floor division by zero")
	}
	q, _ := floorDivMod(a, b)
	return q, nil
}

// Mod is a % b for floats; b == 0 is ZeroDivisionError "float modulo" (CPython 3.11's
// wording).
func Mod(a, b float64) (float64, error) {
	if b == 0 {
		return 0, newError("ZeroDivisionError", "float modulo")
	}
	_, r := floorDivMod(a, b)
	return r, nil
}

// floorDivMod follows CPython's float_divmod.
func floorDivMod(vx, wx float64) (float64, float64) {
	mod := math.Mod(vx, wx)
	div := (vx - mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, vx/wx)
	}
	return floordiv, mod
}
