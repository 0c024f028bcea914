package libm

import "math"

// reduce returns n and r with x = n*(pi/2) + r, |r| <= about pi/4, for |x| < 2^28.
func reduce(x float64) (int, dd) {
	if math.Abs(x) <= math.Pi/4 {
		return 0, ddFrom(x)
	}
	n := math.Round(x / pio2.hi)
	r := ddFrom(x)
	for _, p := range pio2Parts {
		hi, lo := twoProd(n, p)
		r = sub(r, dd{hi, lo})
	}
	return int(n) & 3, r
}

// sinDD is sin r for |r| <= about pi/4: the Taylor series to r^29 in Horner form, its
// terms from r^17 on in plain doubles (they are below 2^-106 of the result's size).
func sinDD(r dd) dd {
	r2 := mul(r, r)
	x2 := r2.hi
	t := invFact[29].hi
	for n := 27; n >= 17; n -= 2 {
		t = invFact[n].hi - t*x2
	}
	s := ddFrom(t)
	for n := 15; n >= 1; n -= 2 {
		s = add(invFact[n], mul(neg(s), r2))
	}
	return mul(s, r)
}

// cosDD is cos r for |r| <= about pi/4, likewise (double terms from r^18 on).
func cosDD(r dd) dd {
	r2 := mul(r, r)
	x2 := r2.hi
	t := invFact[28].hi
	for n := 26; n >= 18; n -= 2 {
		t = invFact[n].hi - t*x2
	}
	c := ddFrom(t)
	for n := 16; n >= 0; n -= 2 {
		c = add(invFact[n], mul(neg(c), r2))
	}
	return c
}

// sinCosDD returns sin r and cos r for |r| <= about pi/4.
func sinCosDD(r dd) (dd, dd) { return sinDD(r), cosDD(r) }

// sinQuadrant is sin(n*pi/2 + r) from one series.
func sinQuadrant(n int, r dd) dd {
	switch n {
	case 1:
		return cosDD(r)
	case 2:
		return neg(sinDD(r))
	case 3:
		return neg(cosDD(r))
	}
	return sinDD(r)
}

// sinCos returns sin x and cos x in double-double precision for |x| < 2^28.
func sinCos(x float64) (dd, dd) {
	n, r := reduce(x)
	s, c := sinCosDD(r)
	switch n {
	case 1:
		s, c = c, neg(s)
	case 2:
		s, c = neg(s), neg(c)
	case 3:
		s, c = neg(c), s
	}
	return s, c
}

const reduceLimit = 0x1p28

func trigSpecial(x float64) (float64, bool) {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return math.NaN(), true
	case x == 0:
		return x, true
	}
	return 0, false
}

// Sin is the sine of x (radians).
func Sin(x float64) float64 {
	if r, ok := trigSpecial(x); ok {
		return r
	}
	if math.Abs(x) >= reduceLimit {
		return math.Sin(x)
	}
	n, r := reduce(x)
	return sinQuadrant(n, r).round()
}

// Cos is the cosine of x (radians).
func Cos(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.NaN()
	}
	if x == 0 {
		return 1
	}
	if math.Abs(x) >= reduceLimit {
		return math.Cos(x)
	}
	n, r := reduce(x)
	return sinQuadrant((n+1)&3, r).round()
}

// Tan is the tangent of x (radians).
func Tan(x float64) float64 {
	if r, ok := trigSpecial(x); ok {
		return r
	}
	if math.Abs(x) >= reduceLimit {
		return math.Tan(x)
	}
	s, c := sinCos(x)
	return div(s, c).round()
}

// Atan is the arctangent of x.
func Atan(x float64) float64 {
	switch {
	case math.IsNaN(x) || x == 0:
		return x
	case math.Abs(x) > 0x1p60:
		return math.Copysign(sub(pio2, ddFrom(1/math.Abs(x))).round(), x)
	case math.Abs(x) < 0x1p-30:
		return math.Atan(x)
	}
	t := math.Atan(x)
	s, c := sinCos(t)
	// tan(t + q) = x for q = atan((x*c - s) / (c + x*s)), which is tiny: q ~ its argument.
	q := div(sub(mulF(c, x), s), add(c, mulF(s, x)))
	return addF(q, t).round()
}

// Atan2 is the angle of the point (x, y).
func Atan2(y, x float64) float64 {
	if math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) || x == 0 || y == 0 {
		return math.Atan2(y, x)
	}
	// Scale both so that the products below neither overflow nor lose bits to underflow.
	_, ex := math.Frexp(x)
	_, ey := math.Frexp(y)
	if d := ex - ey; d > 900 || d < -900 {
		return math.Atan2(y, x)
	}
	e := max(ex, ey)
	x, y = math.Ldexp(x, -e), math.Ldexp(y, -e)
	t := math.Atan2(y, x)
	s, c := sinCos(t)
	q := div(sub(mulF(c, y), mulF(s, x)), add(mulF(c, x), mulF(s, y)))
	return addF(q, t).round()
}

// Asin is the arcsine of x.
func Asin(x float64) float64 {
	switch {
	case math.IsNaN(x) || x == 0 || math.Abs(x) > 1 || math.Abs(x) < 0x1p-30:
		return math.Asin(x)
	case math.Abs(x) == 1:
		return math.Copysign(pio2.hi, x)
	}
	t := math.Asin(x)
	s, c := sinCos(t)
	return sub(ddFrom(t), div(addF(s, -x), c)).round()
}

// Acos is the arccosine of x.
func Acos(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.Abs(x) > 1:
		return math.NaN()
	case x == 1:
		return 0
	case x == -1:
		return pi.hi
	}
	t := math.Acos(x)
	s, c := sinCos(t)
	return add(ddFrom(t), div(addF(c, -x), s)).round()
}

// Hypot is sqrt(x*x + y*y) without undue overflow or underflow.
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
	if ys == 0 || xs == 0 {
		return max(x, y)
	}
	ph, pl := twoProd(xs, xs)
	qh, ql := twoProd(ys, ys)
	r := sqrtDD(add(dd{ph, pl}, dd{qh, ql}))
	return math.Ldexp(r.round(), e)
}
