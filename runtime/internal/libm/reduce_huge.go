package libm

import (
	"math/big"
	"sync"
)

// hugePrec is the working precision of reduceHuge: a double can be as large as 2**1024, and its
// remainder modulo π/2 can be as small as about 2**-62 of it, of which 110 bits are wanted.
const hugePrec = 1400

var hugePi struct {
	once      sync.Once
	twoOverPi *big.Float
	halfPi    *big.Float
}

// bigPi computes π to hugePrec bits with Machin's formula, π = 16 atan(1/5) - 4 atan(1/239).
func bigPi() *big.Float {
	atanInv := func(n int64) *big.Float {
		// atan(1/n) = Σ (-1)^k / ((2k+1) n^(2k+1))
		sum := new(big.Float).SetPrec(hugePrec)
		pow := new(big.Float).SetPrec(hugePrec).Quo(big.NewFloat(1), big.NewFloat(float64(n)))
		n2 := new(big.Float).SetPrec(hugePrec).SetInt64(n * n)
		term := new(big.Float).SetPrec(hugePrec)
		eps := new(big.Float).SetMantExp(big.NewFloat(1), -hugePrec-8)
		for k := int64(0); ; k++ {
			term.Quo(pow, new(big.Float).SetInt64(2*k+1))
			if k%2 == 0 {
				sum.Add(sum, term)
			} else {
				sum.Sub(sum, term)
			}
			if term.Cmp(eps) < 0 {
				return sum
			}
			pow.Quo(pow, n2)
		}
	}
	pi := new(big.Float).SetPrec(hugePrec).Mul(big.NewFloat(16), atanInv(5))
	return pi.Sub(pi, new(big.Float).SetPrec(hugePrec).Mul(big.NewFloat(4), atanInv(239)))
}

// reduceHuge is reduce for |x| ≥ reduceLimit, in arbitrary precision (the Payne–Hanek idea done
// plainly: the product x * 2/π carries enough bits that its fraction is exact to 110 bits).
func reduceHuge(x float64) (dd, int) {
	hugePi.once.Do(func() {
		pi := bigPi()
		hugePi.twoOverPi = new(big.Float).SetPrec(hugePrec).Quo(big.NewFloat(2), pi)
		hugePi.halfPi = new(big.Float).SetPrec(hugePrec).Quo(pi, big.NewFloat(2))
	})
	t := new(big.Float).SetPrec(hugePrec).Mul(new(big.Float).SetFloat64(x), hugePi.twoOverPi)
	// k = t rounded to the nearest integer; f = t - k in [-1/2, 1/2].
	half := big.NewFloat(0.5)
	shifted := new(big.Float).SetPrec(hugePrec).Add(t, half)
	k, _ := shifted.Int(nil)
	if shifted.Sign() < 0 && !shifted.IsInt() {
		k.Sub(k, big.NewInt(1)) // Int truncates toward zero; we want floor(t + 1/2)
	}
	f := new(big.Float).SetPrec(hugePrec).Sub(t, new(big.Float).SetPrec(hugePrec).SetInt(k))
	r := f.Mul(f, hugePi.halfPi)
	hi, _ := r.Float64()
	lo, _ := new(big.Float).SetPrec(hugePrec).Sub(r, big.NewFloat(hi)).Float64()
	quadrant := int(new(big.Int).And(k, big.NewInt(3)).Int64())
	return dd{hi, lo}, quadrant
}
