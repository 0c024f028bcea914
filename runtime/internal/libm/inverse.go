package libm

import "math"

// sqrtDD returns √a for a > 0 to double-double precision: one Newton step from the double root.
func sqrtDD(a dd) dd {
	s := math.Sqrt(a.hi)
	sq := prodDD(s, s)
	return fromFloat(s).add(a.sub(sq).divFloat(2 * s))
}

// Asin returns the arcsine of x: asin x = atan(x / √(1-x²)), with 1-x² = (1-x)(1+x) formed in
// double-double.
func Asin(x float64) float64 {
	if math.IsNaN(x) || math.Abs(x) >= 1 {
		return math.Asin(x)
	}
	if math.Abs(x) < 0x1p-26 {
		return x // asin x = x + x³/6 + ..., and x³/6 is below half an ulp of x
	}
	a, b := twoSum(1, -x)
	c, d := twoSum(1, x)
	q := fromFloat(x).div(sqrtDD(dd{a, b}.mul(dd{c, d})))
	return atanDD(q).round()
}

// Acos returns the arccosine of x: acos x = 2 atan(√((1-x)/(1+x))), which stays accurate near
// both ends.
func Acos(x float64) float64 {
	if math.IsNaN(x) || math.Abs(x) >= 1 {
		return math.Acos(x)
	}
	a, b := twoSum(1, -x)
	c, d := twoSum(1, x)
	q := sqrtDD(dd{a, b}.div(dd{c, d}))
	return atanDD(q).mulFloat(2).round()
}
