package libm

// dd is a double-double number: the unevaluated sum hi + lo with |lo| ≤ ulp(hi)/2. It carries
// about 106 significant bits.
type dd struct{ hi, lo float64 }

// twoSum returns s = fl(a+b) and the exact rounding error e, so that s + e == a + b.
func twoSum(a, b float64) (s, e float64) {
	s = a + b
	bb := s - a
	e = (a - (s - bb)) + (b - bb)
	return
}

// quickTwoSum is twoSum for |a| ≥ |b|.
func quickTwoSum(a, b float64) (s, e float64) {
	s = a + b
	e = b - (s - a)
	return
}

func fromFloat(x float64) dd { return dd{x, 0} }

func prodDD(a, b float64) dd {
	p, e := twoProd(a, b)
	return dd{p, e}
}

func (a dd) neg() dd { return dd{-a.hi, -a.lo} }

// add returns a + b, accurate to about 2**-105 relative.
func (a dd) add(b dd) dd {
	s, e := twoSum(a.hi, b.hi)
	t, f := twoSum(a.lo, b.lo)
	e += t
	s, e = quickTwoSum(s, e)
	e += f
	s, e = quickTwoSum(s, e)
	return dd{s, e}
}

func (a dd) sub(b dd) dd { return a.add(b.neg()) }

func (a dd) addFloat(b float64) dd {
	s, e := twoSum(a.hi, b)
	e += a.lo
	s, e = quickTwoSum(s, e)
	return dd{s, e}
}

func (a dd) mul(b dd) dd {
	p, e := twoProd(a.hi, b.hi)
	e += a.hi*b.lo + a.lo*b.hi
	p, e = quickTwoSum(p, e)
	return dd{p, e}
}

func (a dd) mulFloat(b float64) dd {
	p, e := twoProd(a.hi, b)
	e += a.lo * b
	p, e = quickTwoSum(p, e)
	return dd{p, e}
}

// div returns a / b by long division with three quotient digits.
func (a dd) div(b dd) dd {
	q1 := a.hi / b.hi
	r := a.sub(b.mulFloat(q1))
	q2 := r.hi / b.hi
	r = r.sub(b.mulFloat(q2))
	q3 := r.hi / b.hi
	s, e := quickTwoSum(q1, q2)
	return dd{s, e}.addFloat(q3)
}

func (a dd) divFloat(b float64) dd { return a.div(dd{b, 0}) }

// round returns the double nearest to hi + lo.
func (a dd) round() float64 { return a.hi + a.lo }
