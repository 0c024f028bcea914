package pystruct

import "math"

// Half-precision floats, the 'e' format: IEEE 754 binary16 with round-half-to-even, as
// CPython's PyFloat_Pack2 and PyFloat_Unpack2.

// packHalf converts x to binary16 bits; ok is false when x is finite but too large, which
// CPython reports as OverflowError "float too large to pack with e format".
func packHalf(x float64) (bits uint16, ok bool) {
	var sign uint16
	if math.Signbit(x) {
		sign = 0x8000
	}
	switch {
	case math.IsNaN(x):
		return sign | 0x7e00, true
	case math.IsInf(x, 0):
		return sign | 0x7c00, true
	case x == 0:
		return sign, true
	}
	a := math.Abs(x)
	frac, exp := math.Frexp(a) // a = frac * 2**exp, 0.5 <= frac < 1
	frac *= 2
	exp--
	var e int
	var f float64
	if exp < -14 {
		// Subnormal: the fraction is a / 2**-24 units, no implicit bit.
		f = math.Ldexp(frac, exp+24)
		e = 0
	} else {
		e = exp + 15
		f = (frac - 1) * 1024
	}
	if e >= 31 {
		return 0, false
	}
	m := math.Floor(f)
	rest := f - m
	if rest > 0.5 || (rest == 0.5 && math.Mod(m, 2) == 1) {
		m++
		if e == 0 && m == 1024 {
			// Rounded up from the largest subnormal to the smallest normal.
			e, m = 1, 0
		} else if e > 0 && m == 1024 {
			e, m = e+1, 0
			if e >= 31 {
				return 0, false
			}
		}
	}
	return sign | uint16(e)<<10 | uint16(m), true
}

// unpackHalf converts binary16 bits to a float64.
func unpackHalf(bits uint16) float64 {
	sign := 1.0
	if bits&0x8000 != 0 {
		sign = -1
	}
	e := int(bits>>10) & 0x1f
	m := float64(bits & 0x3ff)
	switch e {
	case 0x1f:
		if m == 0 {
			return math.Inf(int(sign))
		}
		return math.Copysign(math.NaN(), sign)
	case 0:
		return sign * math.Ldexp(m, -24)
	}
	return sign * math.Ldexp(1+m/1024, e-15)
}
