package libm

import "math"

// expm1DD returns e**r - 1 for a small reduced argument |r| ≤ 0.35: the argument is scaled down
// by 2**8, the Taylor series summed by Horner's rule to the 11th power (|s|**12/12! < 2**-140),
// and the result squared back up with (1+e)**2 - 1 = 2e + e*e, which keeps the small quantity e
// exact to the end.
func expm1DD(r dd) dd {
	const squarings = 8
	s := dd{math.Ldexp(r.hi, -squarings), math.Ldexp(r.lo, -squarings)}
	p := invFactorial[11]
	for n := 10; n >= 1; n-- {
		p = p.mul(s).add(invFactorial[n])
	}
	sum := p.mul(s)
	for i := 0; i < squarings; i++ {
		sum = sum.mulFloat(2).add(sum.mul(sum))
	}
	return sum
}

// expDD returns e**x as a double-double mantissa m (1/2 ≤ m ≤ 2) and a power of two k, so that
// e**x = m * 2**k. x must be finite and |x| < 2000.
func expDD(x dd) (m dd, k int) {
	kf := math.Round(x.hi * log2eHi)
	// r = x - k*ln2, with k*ln2 exact in three parts.
	r := x.sub(prodDD(kf, ln2Hi)).sub(prodDD(kf, ln2Mid)).addFloat(-kf * ln2Lo)
	return expm1DD(r).addFloat(1), int(kf)
}

// scale returns the double nearest to m * 2**k, for 1/2 ≤ |m| ≤ 2.
func scale(m dd, k int) float64 {
	if k >= -1021 {
		return math.Ldexp(m.round(), k) // exact, or ±Inf on overflow
	}
	// Subnormal result: round once, to a multiple of 2**-1074.
	t := math.Ldexp(m.hi, k+1074) + math.Ldexp(m.lo, k+1074)
	return math.Ldexp(math.RoundToEven(t), -1074)
}

// Exp returns e**x.
func Exp(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return math.Exp(x)
	case x > 709.8:
		return math.Inf(1)
	case x < -745.2:
		return 0
	case math.Abs(x) < 0x1p-54:
		return 1 + x
	}
	m, k := expDD(dd{x, 0})
	return scale(m, k)
}

// Exp2 returns 2**x.
func Exp2(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return math.Exp2(x)
	case x >= 1024:
		return math.Inf(1)
	case x < -1075:
		return 0
	case x == math.Trunc(x):
		return math.Ldexp(1, int(x))
	}
	ip := math.Round(x)
	f := x - ip // exact
	m, k := expDD(ddLn2.mulFloat(f))
	return scale(m, k+int(ip))
}
