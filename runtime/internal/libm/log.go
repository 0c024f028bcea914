package libm

import "math"

// logDD returns the natural logarithm of a positive finite x. With x = m * 2**e and
// √½ ≤ m < √2, log x = e*ln2 + 2*atanh(s) where s = (m-1)/(m+1), |s| ≤ 0.172.
func logDD(x float64) dd {
	m, e := math.Frexp(x) // x = m * 2**e, ½ ≤ m < 1
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	num := fromFloat(m - 1) // exact (Sterbenz)
	s1, s2 := twoSum(m, 1)
	s := num.div(dd{s1, s2})
	// 2*atanh(s) = 2s(1 + s²/3 + s⁴/5 + ...), by Horner's rule in s² to s**46 (0.172**48 < 2**-121).
	ss := s.mul(s)
	p := invOdd[23]
	for k := 22; k >= 0; k-- {
		p = p.mul(ss).add(invOdd[k])
	}
	sum := p.mul(s)
	sum = sum.mulFloat(2)
	if e == 0 {
		return sum
	}
	ef := float64(e)
	return prodDD(ef, ln2Hi).add(prodDD(ef, ln2Mid)).addFloat(ef * ln2Lo).add(sum)
}

// Log returns the natural logarithm of x.
func Log(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 1) {
		return math.Log(x)
	}
	if x == 1 {
		return 0
	}
	return logDD(x).round()
}

// Log2 returns the base-2 logarithm of x.
func Log2(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 1) {
		return math.Log2(x)
	}
	m, e := math.Frexp(x)
	if m == 0.5 {
		return float64(e - 1)
	}
	return logDD(x).div(ddLn2).round()
}

// Log10 returns the base-10 logarithm of x, by fdlibm's formula (glibc's log10 is fdlibm's):
// with x = m * 2**k, log10(x) = k*log10(2) + log(m)/ln(10), the constant split in two.
func Log10(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 1) {
		return math.Log10(x)
	}
	const (
		ivln10    = 4.34294481903251816668e-01
		log10_2hi = 3.01029995663611771306e-01
		log10_2lo = 3.69423907715893078616e-13
	)
	bits := math.Float64bits(x)
	k := 0
	if bits>>52 == 0 { // subnormal: scale up by 2**54
		x *= 0x1p54
		k -= 54
		bits = math.Float64bits(x)
	}
	hx := uint32(bits >> 32)
	k += int(hx>>20) - 1023
	i := uint32(k) >> 31 // 1 when k < 0
	hx = (hx & 0x000fffff) | ((0x3ff - i) << 20)
	y := float64(k + int(i))
	x = math.Float64frombits(uint64(hx)<<32 | bits&0xffffffff)
	z := y*log10_2lo + ivln10*Log(x)
	return z + y*log10_2hi
}
