package libm

import "math"

// dd is an unevaluated sum hi+lo of two doubles with |lo| <= ulp(hi)/2.
type dd struct{ hi, lo float64 }

// twoSum returns s = fl(a+b) and the exact error e = a+b-s.
func twoSum(a, b float64) (s, e float64) {
	s = a + b
	bb := s - a
	e = (a - (s - bb)) + (b - bb)
	return
}

// quickTwoSum is twoSum for |a| >= |b|.
func quickTwoSum(a, b float64) (s, e float64) {
	s = a + b
	e = b - (s - a)
	return
}

// split splits a into two halves of 26 bits each (Dekker); |a| must be below 2^996.
func split(a float64) (hi, lo float64) {
	const c = 134217729.0 // 2^27 + 1
	t := c * a
	hi = t - (t - a)
	lo = a - hi
	return
}

func ddFrom(a float64) dd { return dd{a, 0} }

func add(a, b dd) dd {
	s, e := twoSum(a.hi, b.hi)
	t, f := twoSum(a.lo, b.lo)
	e += t
	s, e = quickTwoSum(s, e)
	e += f
	s, e = quickTwoSum(s, e)
	return dd{s, e}
}

func neg(a dd) dd { return dd{-a.hi, -a.lo} }

func sub(a, b dd) dd { return add(a, neg(b)) }

func addF(a dd, b float64) dd { return add(a, dd{b, 0}) }

func mul(a, b dd) dd {
	p, e := twoProd(a.hi, b.hi)
	e += a.hi*b.lo + a.lo*b.hi
	p, e = quickTwoSum(p, e)
	return dd{p, e}
}

func mulF(a dd, b float64) dd {
	p, e := twoProd(a.hi, b)
	e += a.lo * b
	p, e = quickTwoSum(p, e)
	return dd{p, e}
}

func div(a, b dd) dd {
	q1 := a.hi / b.hi
	r := sub(a, mulF(b, q1))
	q2 := r.hi / b.hi
	r = sub(r, mulF(b, q2))
	q3 := r.hi / b.hi
	q1, q2 = quickTwoSum(q1, q2)
	return add(dd{q1, q2}, dd{q3, 0})
}

// ldexp scales a by 2^k exactly (while the result stays normal).
func ldexp(a dd, k int) dd { return dd{math.Ldexp(a.hi, k), math.Ldexp(a.lo, k)} }

// round returns the double nearest a; a normalised dd's hi already is, except that a tie
// between hi's neighbours needs lo's sign (hi+lo then is not exactly the tie).
func (a dd) round() float64 { return a.hi }

// sqrtDD is the square root of a > 0 to double-double precision.
func sqrtDD(a dd) dd {
	s := math.Sqrt(a.hi)
	p, e := twoProd(s, s)
	r := sub(a, dd{p, e})
	return add(ddFrom(s), ddFrom(r.hi/(2*s)))
}
