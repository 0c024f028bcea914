package libm

import "math"

// Pow returns x**y, correctly rounded, with C99's special cases.
func Pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case y == 1:
		return x
	case math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) || x == 0:
		return math.Pow(x, y)
	case y == 2:
		return x * x
	case y == -1:
		return 1 / x
	case y == 0.5 && x > 0:
		return math.Sqrt(x)
	}
	yInt := y == math.Trunc(y)
	negative := false
	if x < 0 {
		if !yInt {
			return math.NaN()
		}
		x = -x
		negative = math.Abs(y) < 0x1p53 && math.Mod(y, 2) != 0
	}
	var r float64
	if yInt && math.Abs(y) <= 64 {
		r = powInt(x, int(y))
	} else {
		r = powReal(x, y)
	}
	if negative {
		return -r
	}
	return r
}

// powInt returns x**n for x > 0 and 0 < |n| ≤ 64 by binary powering in double-double. Its
// relative error stays below 2**-98, far from the half unit that rounding needs, except when the
// exact power is not representable at all (overflow, underflow), which powReal handles.
func powInt(x float64, n int) float64 {
	neg := n < 0
	if neg {
		n = -n
	}
	// Stay clear of the exponent limits, where double-double loses its low part.
	if lg := math.Abs(math.Log2(x)) * float64(n); lg > 900 {
		if neg {
			n = -n
		}
		return powReal(x, float64(n))
	}
	result := dd{1, 0}
	base := fromFloat(x)
	for n > 0 {
		if n&1 == 1 {
			result = result.mul(base)
		}
		n >>= 1
		if n > 0 {
			base = base.mul(base)
		}
	}
	if neg {
		result = dd{1, 0}.div(result)
	}
	return result.round()
}

// powReal returns x**y = e**(y*log x) for positive finite x.
func powReal(x, y float64) float64 {
	t := logDD(x).mulFloat(y)
	switch {
	case t.hi > 709.8:
		return math.Inf(1)
	case t.hi < -745.2:
		return 0
	}
	m, k := expDD(t)
	return scale(m, k)
}
