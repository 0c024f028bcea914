package libm

import "math"

// reduceLimit bounds the arguments whose reduction modulo π/2 is done in double-double: k*π/2
// is subtracted in four parts, which is exact for |k| < 2**30. Larger arguments go through
// reduceHuge.
const reduceLimit = 0x1p30

// reduce returns r and k mod 4 with x = k*π/2 + r and |r| ≤ π/4 (up to rounding).
func reduce(x float64) (dd, int) {
	if math.Abs(x) <= math.Pi/4 {
		return fromFloat(x), 0
	}
	if math.Abs(x) >= reduceLimit {
		return reduceHuge(x)
	}
	k := math.Round(x * twoOverPi)
	r := fromFloat(x).sub(prodDD(k, pio2A)).sub(prodDD(k, pio2B)).sub(prodDD(k, pio2C)).addFloat(-k * pio2D)
	return r, int(int64(k) & 3)
}

// sinCosDD returns sin r and cos r by their Taylor series, for |r| < π/2, summed by Horner's rule
// in r² up to r**31 and r**30 (1.58**31/31! < 2**-100, and far smaller for the |r| ≤ π/4 that the
// reduction gives).
func sinCosDD(r dd) (sin, cos dd) {
	r2 := r.mul(r)
	ps := invFactorial[31]
	for n := 29; n >= 1; n -= 2 {
		ps = ps.mul(r2)
		if n&3 == 3 {
			ps = ps.sub(invFactorial[n])
		} else {
			ps = ps.add(invFactorial[n])
		}
	}
	pc := invFactorial[30].neg()
	for n := 28; n >= 0; n -= 2 {
		pc = pc.mul(r2)
		if n&3 == 2 {
			pc = pc.sub(invFactorial[n])
		} else {
			pc = pc.add(invFactorial[n])
		}
	}
	return ps.mul(r), pc
}

// Sin returns the sine of x.
func Sin(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return math.Sin(x)
	}
	if math.Abs(x) < 0x1p-26 {
		return x // sin x = x - x³/6 + ..., and x³/6 is below half an ulp of x
	}
	r, k := reduce(x)
	s, c := sinCosDD(r)
	switch k {
	case 0:
		return s.round()
	case 1:
		return c.round()
	case 2:
		return -s.round()
	default:
		return -c.round()
	}
}

// Cos returns the cosine of x.
func Cos(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.Cos(x)
	}
	if math.Abs(x) < 0x1p-27 {
		return 1
	}
	r, k := reduce(x)
	s, c := sinCosDD(r)
	switch k {
	case 0:
		return c.round()
	case 1:
		return -s.round()
	case 2:
		return -c.round()
	default:
		return s.round()
	}
}

// Tan returns the tangent of x.
func Tan(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return math.Tan(x)
	}
	if math.Abs(x) < 0x1p-27 {
		return x
	}
	r, k := reduce(x)
	s, c := sinCosDD(r)
	if k&1 == 1 {
		return c.div(s).neg().round()
	}
	return s.div(c).round()
}

// atanDD returns the arctangent of q. Go's atan(q) is refined by one Newton step on tan a = q in
// double-double, a' = a + cos a * (q cos a - sin a), which doubles its 53 correct bits. Beyond
// |q| = 1 the step is taken on 1/q, since atan q = ±π/2 - atan(1/q) and cos a vanishes near π/2.
func atanDD(q dd) dd {
	if math.Abs(q.hi) > 1 {
		inner := atanDD(dd{1, 0}.div(q))
		if q.hi > 0 {
			return ddPio2.sub(inner)
		}
		return ddPio2.neg().sub(inner)
	}
	a := math.Atan(q.hi)
	s, c := sinCosDD(fromFloat(a))
	return fromFloat(a).add(c.mul(q.mul(c).sub(s)))
}

// Atan returns the arctangent of x.
func Atan(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) > 0x1p60 {
		return math.Atan(x)
	}
	if math.Abs(x) < 0x1p-27 {
		return x // atan x = x - x³/3 + ..., and x³/3 is below half an ulp of x
	}
	return atanDD(fromFloat(x)).round()
}

// Atan2 returns the angle of the point (x, y), with C99's special cases.
func Atan2(y, x float64) float64 {
	if math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) || x == 0 || y == 0 {
		return math.Atan2(y, x)
	}
	// A quotient that overflows (a subnormal x) makes the double-double division NaN, so
	// the range test is written to send NaN to the fallback too.
	q := fromFloat(y).div(fromFloat(x))
	if !(math.Abs(q.hi) <= 0x1p60 && math.Abs(q.hi) >= 0x1p-60) {
		return math.Atan2(y, x)
	}
	a := atanDD(q)
	if x < 0 {
		if y >= 0 {
			a = a.add(ddPi)
		} else {
			a = a.sub(ddPi)
		}
	}
	return a.round()
}
