package libm

import "math"

// The hyperbolic functions follow fdlibm's formulas, which glibc uses, over the correctly rounded
// Exp and over Go's Expm1 and Log1p (themselves fdlibm's). The thresholds are fdlibm's, which
// compare the high 32 bits of |x|.

// highWord returns the high 32 bits of |x|.
func highWord(x float64) uint32 { return uint32(math.Float64bits(math.Abs(x)) >> 32) }

// overflowBits is the largest |x| whose sinh or cosh is finite.
const overflowBits = 0x408633ce8fb9f87d

// Sinh returns the hyperbolic sine of x.
func Sinh(x float64) float64 {
	ix := highWord(x)
	if ix >= 0x7ff00000 || x == 0 {
		return x + x
	}
	h := math.Copysign(0.5, x)
	ax := math.Abs(x)
	switch {
	case ix < 0x40360000: // |x| < 22
		if ix < 0x3e300000 { // |x| < 2**-28
			return x
		}
		t := math.Expm1(ax)
		if ix < 0x3ff00000 {
			return h * (2*t - t*t/(t+1))
		}
		return h * (t + t/(t+1))
	case ix < 0x40862e42:
		return h * Exp(ax)
	case math.Float64bits(ax) <= overflowBits:
		w := Exp(0.5 * ax)
		t := h * w
		return t * w
	}
	return math.Copysign(math.Inf(1), x)
}

// Cosh returns the hyperbolic cosine of x.
func Cosh(x float64) float64 {
	ix := highWord(x)
	if ix >= 0x7ff00000 {
		return x * x
	}
	ax := math.Abs(x)
	switch {
	case ix < 0x3fd62e43: // |x| < ln2/2
		t := math.Expm1(ax)
		w := 1 + t
		if ix < 0x3c800000 {
			return w
		}
		return 1 + (t*t)/(w+w)
	case ix < 0x40360000: // |x| < 22
		t := Exp(ax)
		return 0.5*t + 0.5/t
	case ix < 0x40862e42:
		return 0.5 * Exp(ax)
	case math.Float64bits(ax) <= overflowBits:
		w := Exp(0.5 * ax)
		t := 0.5 * w
		return t * w
	}
	return math.Inf(1)
}

// Tanh returns the hyperbolic tangent of x.
func Tanh(x float64) float64 {
	ix := highWord(x)
	if ix >= 0x7ff00000 {
		if math.IsNaN(x) {
			return x
		}
		return math.Copysign(1, x)
	}
	if x == 0 {
		return x
	}
	ax := math.Abs(x)
	var z float64
	switch {
	case ix < 0x3c800000: // |x| < 2**-55
		return x * (1 + x)
	case ix >= 0x40360000: // |x| ≥ 22
		z = 1
	case ix >= 0x3ff00000: // |x| ≥ 1
		t := math.Expm1(2 * ax)
		z = 1 - 2/(t+2)
	default:
		t := math.Expm1(-2 * ax)
		z = -t / (t + 2)
	}
	return math.Copysign(z, x)
}

// Asinh returns the inverse hyperbolic sine of x.
func Asinh(x float64) float64 {
	ix := highWord(x)
	if ix >= 0x7ff00000 || ix < 0x3e300000 { // NaN, ±Inf, |x| < 2**-28
		return x
	}
	ax := math.Abs(x)
	var w float64
	switch {
	case ix >= 0x41b00000: // |x| ≥ 2**28
		w = Log(ax) + ln2Hi
	case ix > 0x40000000: // |x| > 2 (by the high word)
		w = Log(2*ax + 1/(math.Sqrt(x*x+1)+ax))
	default:
		t := x * x
		w = math.Log1p(ax + t/(1+math.Sqrt(1+t)))
	}
	return math.Copysign(w, x)
}

// Acosh returns the inverse hyperbolic cosine of x.
func Acosh(x float64) float64 {
	if math.IsNaN(x) || x < 1 || math.IsInf(x, 1) {
		return math.Acosh(x)
	}
	ix := highWord(x)
	switch {
	case ix >= 0x41b00000: // x ≥ 2**28
		return Log(x) + ln2Hi
	case x == 1:
		return 0
	case ix > 0x40000000: // x > 2
		t := x * x
		return Log(2*x - 1/(x+math.Sqrt(t-1)))
	}
	t := x - 1
	return math.Log1p(t + math.Sqrt(2*t+t*t))
}
