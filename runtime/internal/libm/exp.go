package libm

import "math"

// expm1Slow is e^r - 1 for |r| <= 0.75: a Taylor series at r/256, then eight doublings
// of the argument through e^(2a)-1 = (e^a-1)(e^a-1+2). It only builds exp2Table.
func expm1Slow(r dd) dd {
	s := dd{r.hi / 256, r.lo / 256}
	t := s
	sum := s
	for n := 2; n <= 12; n++ {
		t = mul(t, s)
		sum = add(sum, mul(t, invFact[n]))
	}
	for i := 0; i < 8; i++ {
		sum = add(mul(sum, sum), dd{2 * sum.hi, 2 * sum.lo})
	}
	return sum
}

// exp2Table[j] is 2^(j/64) in double-double.
var exp2Table [64]dd

// ln2by64 is ln(2)/64 (exact scaling of ln2) and its third part.
var (
	ln2by64   = dd{ln2.hi / 64, ln2.lo / 64}
	ln2by64lo = 5.707708438416212e-34 / 64
)

func init() {
	for j := range exp2Table {
		exp2Table[j] = addF(expm1Slow(mulF(ln2, float64(j)/64)), 1)
	}
}

// expm1Poly is e^r - 1 for |r| <= about ln(2)/128: the Taylor series to r^11, its terms
// from r^7 on in plain doubles (they are below 2^-106 of the result's size after rounding).
func expm1Poly(r dd) dd {
	x := r.hi
	h := ddFrom(invFact[7].hi + x*(invFact[8].hi+x*(invFact[9].hi+x*(invFact[10].hi+x*invFact[11].hi))))
	for n := 6; n >= 1; n-- {
		h = add(invFact[n], mul(h, r))
	}
	return mul(h, r)
}

// expParts splits x into N = round(x*64/ln2) and r = x - N*ln2/64.
func expParts(x dd) (int, dd) {
	n := math.Round(x.hi * (64 / ln2.hi))
	r := sub(x, mulF(ln2by64, n))
	r = sub(r, ddFrom(n*ln2by64lo))
	return int(n), r
}

// expm1Small is e^r - 1 for |r| <= 0.75.
func expm1Small(r dd) dd {
	n, rr := expParts(r)
	if n == 0 {
		return expm1Poly(rr)
	}
	k, j := n>>6, n&63
	t := exp2Table[j]
	m := add(t, mul(t, expm1Poly(rr)))
	return addF(ldexp(m, k), -1)
}

// expDD returns m and k with e^x = m * 2^k, m within [1, 2).
func expDD(x dd) (dd, int) {
	n, r := expParts(x)
	k, j := n>>6, n&63
	t := exp2Table[j]
	return add(t, mul(t, expm1Poly(r))), k
}

// scale returns m * 2^k rounded to a double, subnormal results included.
func scale(m dd, k int) float64 {
	r := math.Ldexp(m.hi, k)
	if r != 0 && math.Abs(r) >= 0x1p-1022 || math.IsInf(r, 0) {
		return r
	}
	// The result is subnormal: round hi+lo once, at the subnormal precision.
	hi := math.Ldexp(m.hi, k)
	back := math.Ldexp(hi, -k)
	rest := add(sub(ddFrom(m.hi), ddFrom(back)), ddFrom(m.lo))
	ulp := math.Ldexp(0x1p-1074, -k)
	if math.Abs(rest.hi) > ulp/2 || math.Abs(rest.hi) == ulp/2 && rest.lo != 0 && (rest.lo > 0) == (rest.hi > 0) {
		if rest.hi > 0 {
			return math.Nextafter(hi, math.Inf(1))
		}
		return math.Nextafter(hi, math.Inf(-1))
	}
	return hi
}

// Exp is e^x.
func Exp(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case math.IsInf(x, -1):
		return 0
	case x > 709.782712893384:
		return math.Inf(1)
	case x < -745.1332191019412:
		return 0
	case x == 0:
		return 1
	}
	m, k := expDD(ddFrom(x))
	return scale(m, k)
}

// Expm1 is e^x - 1: Go's is fdlibm's, as glibc's is, and they agree.
func Expm1(x float64) float64 { return math.Expm1(x) }

// logDD is the natural logarithm of a > 0 (a normalised dd with a finite, nonzero hi).
func logDD(a dd) dd {
	m, k := math.Frexp(a.hi)
	if m < math.Sqrt2/2 {
		m *= 2
		k--
	}
	lo := math.Ldexp(a.lo, -k)
	y0 := math.Log(m)
	// One Newton step on e^y = m, using e^y0 - 1 to keep precision when m is near 1.
	e := expm1Small(ddFrom(y0))
	num := sub(e, add(ddFrom(m-1), ddFrom(lo)))
	y := sub(ddFrom(y0), div(num, addF(e, 1)))
	return add(mulF(ln2, float64(k)), add(y, ddFrom(float64(k)*5.707708438416212e-34)))
}

func logSpecial(x float64) (float64, bool) {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x, true
	case x < 0:
		return math.NaN(), true
	case x == 0:
		return math.Inf(-1), true
	case x == 1:
		return 0, true
	}
	return 0, false
}

// Log is the natural logarithm.
func Log(x float64) float64 {
	if r, ok := logSpecial(x); ok {
		return r
	}
	return logDD(ddFrom(x)).round()
}

// Log2 is the base-2 logarithm.
func Log2(x float64) float64 {
	if r, ok := logSpecial(x); ok {
		return r
	}
	if m, k := math.Frexp(x); m == 0.5 {
		return float64(k - 1)
	}
	return div(logDD(ddFrom(x)), ln2).round()
}

// Log1p is log(1+x): Go's is fdlibm's, as glibc's is, and they agree.
func Log1p(x float64) float64 { return math.Log1p(x) }

// Pow is x^y as C's pow computes it (CPython handles a negative base with a non-integral
// exponent before calling it; here that gives NaN).
func Pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) || x == 0:
		return math.Pow(x, y)
	case y == 1:
		return x
	}
	sign := 1.0
	if x < 0 {
		if y != math.Trunc(y) {
			return math.NaN()
		}
		x = -x
		if math.Mod(y, 2) != 0 {
			sign = -1
		}
	}
	if y == 2 {
		return sign * x * x
	}
	if y == 0.5 && sign > 0 {
		return math.Sqrt(x)
	}
	l := logDD(ddFrom(x))
	if est := l.hi * y; est > 710 || est < -746 {
		if est > 0 {
			return sign * math.Inf(1)
		}
		return sign * 0
	}
	p := mulF(l, y)
	if p.hi > 709.782712893384 {
		return sign * math.Inf(1)
	}
	if p.hi < -745.1332191019412 {
		return sign * 0
	}
	m, k := expDD(p)
	return sign * scale(m, k)
}
