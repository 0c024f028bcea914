package libm

import "math"

// The hyperbolic functions follow the formulas of fdlibm, which glibc uses, on top of the
// correctly rounded Exp and of math.Expm1 (itself fdlibm's expm1, so glibc's), so that
// their roundings agree with CPython's.

var (
	expOverflowStart = math.Float64frombits(0x40862e42 << 32) // about log(max double)
	hyperOverflow    = math.Float64frombits(0x408633ce8fb9f87d)
)

// Sinh is the hyperbolic sine.
func Sinh(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	h := 0.5
	if math.Signbit(x) {
		h = -0.5
	}
	a := math.Abs(x)
	switch {
	case a < 22:
		if a < 0x1p-28 {
			return x
		}
		t := math.Expm1(a)
		if a < 1 {
			return h * (2.0*t - float64(t*t)/(t+1))
		}
		return h * (t + t/(t+1))
	case a < expOverflowStart:
		return h * Exp(a)
	case a <= hyperOverflow:
		w := Exp(0.5 * a)
		return float64(h*w) * w
	}
	return math.Copysign(math.Inf(1), x)
}

// Cosh is the hyperbolic cosine.
func Cosh(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	a := math.Abs(x)
	switch {
	case a < 0.5*math.Ln2 && a < math.Float64frombits(0x3fd62e43<<32):
		if a < 0x1p-55 {
			return 1
		}
		t := math.Expm1(a)
		w := 1 + t
		return 1 + float64(t*t)/(w+w)
	case a < 22:
		t := Exp(a)
		return float64(0.5*t) + 0.5/t
	case a < expOverflowStart:
		return 0.5 * Exp(a)
	case a <= hyperOverflow:
		w := Exp(0.5 * a)
		return float64(0.5*w) * w
	}
	return math.Inf(1)
}

// Tanh is the hyperbolic tangent.
func Tanh(x float64) float64 {
	if math.IsNaN(x) || x == 0 {
		return x
	}
	if math.IsInf(x, 0) {
		return math.Copysign(1, x)
	}
	a := math.Abs(x)
	var z float64
	switch {
	case a >= 22:
		z = 1
	case a < 0x1p-55:
		return x * (1 + x)
	case a >= 1:
		t := math.Expm1(2 * a)
		z = 1 - 2/(t+2)
	default:
		t := math.Expm1(-2 * a)
		z = -t / (t + 2)
	}
	return math.Copysign(z, x)
}

// Log10 is the base-10 logarithm, by fdlibm's formula over the correctly rounded Log.
func Log10(x float64) float64 {
	if r, ok := logSpecial(x); ok {
		return r
	}
	const (
		ivln10    = 4.34294481903251816668e-01
		log10_2hi = 3.01029995663611771306e-01
		log10_2lo = 3.69423907715893078616e-13
	)
	bits := math.Float64bits(x)
	k := 0
	if bits < 1<<52 { // subnormal
		x *= 0x1p54
		k = -54
		bits = math.Float64bits(x)
	}
	hx := uint32(bits >> 32)
	k += int(hx>>20) - 1023
	i := 0
	if k < 0 {
		i = 1
	}
	hx = hx&0x000fffff | uint32(0x3ff-i)<<20
	y := float64(k + i)
	x = math.Float64frombits(uint64(hx)<<32 | bits&0xffffffff)
	z := float64(y*log10_2lo) + float64(ivln10*Log(x))
	return z + float64(y*log10_2hi)
}

// Asinh is the inverse hyperbolic sine (fdlibm's formulas).
func Asinh(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	a := math.Abs(x)
	var w float64
	switch {
	case a < 0x1p-28:
		return x
	case a > 0x1p28:
		w = Log(a) + math.Ln2
	case a > 2:
		w = Log(2*a + 1/(math.Sqrt(x*x+1)+a))
	default:
		t := x * x
		w = math.Log1p(a + t/(1+math.Sqrt(1+t)))
	}
	return math.Copysign(w, x)
}

// Acosh is the inverse hyperbolic cosine (fdlibm's formulas).
func Acosh(x float64) float64 {
	switch {
	case math.IsNaN(x) || x < 1:
		return math.NaN()
	case math.IsInf(x, 1):
		return x
	case x >= 0x1p28:
		return Log(x) + math.Ln2
	case x == 1:
		return 0
	case x > 2:
		t := x * x
		return Log(2*x - 1/(x+math.Sqrt(t-1)))
	}
	t := x - 1
	return math.Log1p(t + math.Sqrt(2*t+t*t))
}
