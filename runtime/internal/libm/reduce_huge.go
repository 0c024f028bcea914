package libm

import (
	"math/big"
	"sync"

	"github.com/asobiba/asobiba/runtime/internal/exactfloat"
)

// reduceHuge works in fixed point on big.Int (the Payne–Hanek idea done plainly). A double
// x = m * 2**e has |m| < 2**53 and e ≤ 971, and its remainder modulo π/2 can be as small as
// about 2**-62 of π/2, of which 110 bits are wanted. With 2/π to hugeFracBits bits, the product
// m * 2/π * 2**e has its fraction to 2**(1025-hugeFracBits), some 2**-500 of even the smallest
// remainder; π/2 to halfPiBits bits then turns that fraction into the remainder as accurately.
const (
	hugeFracBits = 1600
	halfPiBits   = 512
)

// hugePi holds 2/π * 2**hugeFracBits and π/2 * 2**halfPiBits, rounded to integers.
var hugePi = sync.OnceValues(func() (twoOverPi, halfPi *big.Int) {
	const bits = hugeFracBits + 64
	pi := fixedPi(bits)
	twoOverPi = new(big.Int).Lsh(big.NewInt(1), hugeFracBits+1+bits)
	twoOverPi.Quo(twoOverPi, pi)
	halfPi = pi.Rsh(pi, bits+1-halfPiBits)
	return twoOverPi, halfPi
})

// fixedPi returns π * 2**bits to within a few units, by Machin's formula,
// π = 16 atan(1/5) - 4 atan(1/239), summed in fixed point with 32 guard bits.
func fixedPi(bits uint) *big.Int {
	const guard = 32
	atanInv := func(n int64) *big.Int {
		// atan(1/n) = Σ (-1)^k / ((2k+1) n^(2k+1)), each term truncated to an integer.
		sum := new(big.Int)
		pow := new(big.Int).Lsh(big.NewInt(1), bits+guard)
		pow.Quo(pow, big.NewInt(n))
		n2 := big.NewInt(n * n)
		term := new(big.Int)
		for k := int64(0); pow.Sign() != 0; k++ {
			term.Quo(pow, big.NewInt(2*k+1))
			if k%2 == 0 {
				sum.Add(sum, term)
			} else {
				sum.Sub(sum, term)
			}
			pow.Quo(pow, n2)
		}
		return sum
	}
	pi := new(big.Int).Mul(big.NewInt(16), atanInv(5))
	pi.Sub(pi, new(big.Int).Mul(big.NewInt(4), atanInv(239)))
	return pi.Rsh(pi, guard)
}

// reduceHuge is reduce for |x| ≥ reduceLimit: x * 2/π = k + f with k an integer and
// |f| ≤ 1/2, then r = f * π/2, as the double-double hi + lo, and k mod 4.
func reduceHuge(x float64) (dd, int) {
	twoOverPi, halfPi := hugePi()
	mant, e := exactfloat.Parts(x)
	// t = x * 2/π is t * 2**-frac, with frac > 0 since e ≤ 971.
	t := new(big.Int).Mul(big.NewInt(mant), twoOverPi)
	frac := uint(hugeFracBits - e)
	// k = floor(t + 1/2) (Rsh floors, negative numbers too); f = t - k.
	k := new(big.Int).Lsh(big.NewInt(1), frac-1)
	k.Add(k, t).Rsh(k, frac)
	f := t.Sub(t, new(big.Int).Lsh(k, frac))
	// r = f * π/2 is r * 2**-scale.
	r := f.Mul(f, halfPi)
	scale := int(frac) + halfPiBits
	hi := exactfloat.ToFloat(r, -scale)
	hm, he := exactfloat.Parts(hi) // hi's bits are all above 2**-scale: |hi| > 2**-200
	r.Sub(r, new(big.Int).Lsh(big.NewInt(hm), uint(he+scale)))
	lo := exactfloat.ToFloat(r, -scale)
	quadrant := int(k.And(k, big.NewInt(3)).Int64())
	return dd{hi, lo}, quadrant
}
