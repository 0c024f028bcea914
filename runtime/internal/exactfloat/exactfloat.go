// Package exactfloat converts between float64 and big.Int exactly: a float's binary mantissa
// and exponent as integers, and an integer times a power of two rounded once to the nearest
// float64 (ties to even, with subnormals, and overflow to ±Inf as IEEE 754 has them).
//
// These few conversions are all the engine needed of big.Float and big.Rat, which together
// cost the browser engine some 45 KB of code (issue #5). Doing them on big.Int, which Python's
// ints link anyway, keeps every result bit for bit what big.Float.Float64 and
// big.Rat.SetFloat64 give; the tests hold those as oracles.
package exactfloat

import (
	"math"
	"math/big"
	"math/bits"
)

// Parts returns the mantissa and exponent of a finite x: x == mant * 2**exp exactly, with mant
// odd, or mant and exp both 0 for a zero of either sign. x must not be an infinity or a NaN.
func Parts(x float64) (mant int64, exp int) {
	b := math.Float64bits(x)
	e := int(b >> 52 & 0x7ff)
	m := b & (1<<52 - 1)
	if e == 0 {
		exp = -1074 // subnormal (or zero): no implicit leading bit
	} else {
		m |= 1 << 52
		exp = e - 1075
	}
	if m == 0 {
		return 0, 0
	}
	tz := bits.TrailingZeros64(m)
	mant, exp = int64(m>>tz), exp+tz
	if b>>63 != 0 {
		mant = -mant
	}
	return mant, exp
}

// Ratio returns a finite x as a fraction in lowest terms with a positive denominator, as
// big.Rat.SetFloat64 does (and float.as_integer_ratio).
func Ratio(x float64) (num, den *big.Int) {
	mant, exp := Parts(x)
	num, den = big.NewInt(mant), big.NewInt(1)
	if exp >= 0 {
		num.Lsh(num, uint(exp))
	} else {
		den.Lsh(den, uint(-exp))
	}
	return num, den
}

// Trunc returns the integer part of a finite x (rounded toward zero) as a big.Int, as
// big.Float.Int does.
func Trunc(x float64) *big.Int {
	mant, exp := Parts(x)
	i := big.NewInt(mant)
	if exp >= 0 {
		return i.Lsh(i, uint(exp))
	}
	if exp <= -64 {
		return i.SetInt64(0)
	}
	neg := mant < 0
	i.Abs(i).Rsh(i, uint(-exp))
	if neg {
		i.Neg(i)
	}
	return i
}

// CmpInt compares the integer i with the finite float x exactly: -1 if i < x, 0 if they are
// equal, +1 if i > x.
func CmpInt(i *big.Int, x float64) int {
	mant, exp := Parts(x)
	m := big.NewInt(mant)
	if exp >= 0 {
		return i.Cmp(m.Lsh(m, uint(exp)))
	}
	return new(big.Int).Lsh(i, uint(-exp)).Cmp(m)
}

// ToFloat returns m * 2**exp rounded once to the nearest float64, ties to even, as
// big.Float.Float64 rounds: values beyond the largest float are ±Inf, values in the subnormal
// range keep only the bits a subnormal has, and values too small even for those are a zero of
// m's sign. m == 0 gives +0.
func ToFloat(m *big.Int, exp int) float64 {
	if m.Sign() == 0 {
		return 0
	}
	neg := m.Sign() < 0
	n := m.BitLen()
	e := n - 1 + exp // m * 2**exp is in [2**e, 2**(e+1))
	var f float64
	switch p := 53; {
	case e > 1023:
		f = math.Inf(1)
	case e < -1022 && e+1075 <= 0:
		// Below half the smallest subnormal it is 0, above it the smallest subnormal, and
		// exactly half of it ties to even, 0.
		if e+1075 == 0 && int(m.TrailingZeroBits()) < n-1 {
			f = math.SmallestNonzeroFloat64
		}
	default:
		if e < -1022 {
			p = e + 1075 // a subnormal keeps fewer bits
		}
		f = math.Ldexp(float64(roundTop(m, n, p)), exp+n-p)
	}
	if neg {
		return -f
	}
	return f
}

// roundTop returns |m|'s top p bits (p <= 53; m has n bits), rounded to the nearest integer,
// ties to even, by the bits below them; the result may be 2**p.
func roundTop(m *big.Int, n, p int) uint64 {
	s := n - p
	if s <= 0 {
		return absUint64(m) << -s
	}
	var top uint64
	var half, sticky bool
	if n <= 64 {
		a := absUint64(m)
		top = a >> s
		half = a>>(s-1)&1 == 1
		sticky = a&(1<<(s-1)-1) != 0
	} else {
		t := new(big.Int).Abs(m)
		top = t.Rsh(t, uint(s-1)).Uint64() // p+1 bits: the top p and the rounding bit
		half = top&1 == 1
		top >>= 1
		sticky = int(m.TrailingZeroBits()) < s-1
	}
	if half && (sticky || top&1 == 1) {
		top++
	}
	return top
}

// absUint64 returns |m| for an m of at most 64 bits.
func absUint64(m *big.Int) uint64 {
	var u uint64
	for i, w := range m.Bits() { // |m|'s words, least significant first
		u |= uint64(w) << (i * bits.UintSize)
	}
	return u
}
