package libm

import "math"

// Hypot returns √(x² + y²), correctly rounded (glibc's hypot is), without undue overflow or
// underflow: both arguments are scaled by the larger one's power of two first.
func Hypot(x, y float64) float64 {
	x, y = math.Abs(x), math.Abs(y)
	switch {
	case math.IsInf(x, 0) || math.IsInf(y, 0):
		return math.Inf(1)
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	case x == 0:
		return y
	case y == 0:
		return x
	}
	_, e := math.Frexp(max(x, y))
	xs, ys := math.Ldexp(x, -e), math.Ldexp(y, -e)
	if xs == 0 || ys == 0 {
		return max(x, y)
	}
	r := sqrtDD(prodDD(xs, xs).add(prodDD(ys, ys)))
	return math.Ldexp(r.round(), e)
}
