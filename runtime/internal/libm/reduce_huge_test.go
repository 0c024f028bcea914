package libm

import (
	"math"
	"math/big"
	"math/rand"
	"sync"
	"testing"
)

// oraclePrec is the working precision of oracleReduceHuge: a double can be as large as 2**1024, and its
// remainder modulo π/2 can be as small as about 2**-62 of it, of which 110 bits are wanted.
const oraclePrec = 1400

var oraclePi struct {
	once      sync.Once
	twoOverPi *big.Float
	halfPi    *big.Float
}

// oracleBigPi computes π to oraclePrec bits with Machin's formula, π = 16 atan(1/5) - 4 atan(1/239).
func oracleBigPi() *big.Float {
	atanInv := func(n int64) *big.Float {
		// atan(1/n) = Σ (-1)^k / ((2k+1) n^(2k+1))
		sum := new(big.Float).SetPrec(oraclePrec)
		pow := new(big.Float).SetPrec(oraclePrec).Quo(big.NewFloat(1), big.NewFloat(float64(n)))
		n2 := new(big.Float).SetPrec(oraclePrec).SetInt64(n * n)
		term := new(big.Float).SetPrec(oraclePrec)
		eps := new(big.Float).SetMantExp(big.NewFloat(1), -oraclePrec-8)
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
	pi := new(big.Float).SetPrec(oraclePrec).Mul(big.NewFloat(16), atanInv(5))
	return pi.Sub(pi, new(big.Float).SetPrec(oraclePrec).Mul(big.NewFloat(4), atanInv(239)))
}

// oracleReduceHuge is reduceHuge as it was written with big.Float, the oracle of the big.Int
// version: reduce for |x| ≥ reduceLimit, in arbitrary precision (the Payne–Hanek idea done
// plainly: the product x * 2/π carries enough bits that its fraction is exact to 110 bits).
func oracleReduceHuge(x float64) (dd, int) {
	oraclePi.once.Do(func() {
		pi := oracleBigPi()
		oraclePi.twoOverPi = new(big.Float).SetPrec(oraclePrec).Quo(big.NewFloat(2), pi)
		oraclePi.halfPi = new(big.Float).SetPrec(oraclePrec).Quo(pi, big.NewFloat(2))
	})
	t := new(big.Float).SetPrec(oraclePrec).Mul(new(big.Float).SetFloat64(x), oraclePi.twoOverPi)
	// k = t rounded to the nearest integer; f = t - k in [-1/2, 1/2].
	half := big.NewFloat(0.5)
	shifted := new(big.Float).SetPrec(oraclePrec).Add(t, half)
	k, _ := shifted.Int(nil)
	if shifted.Sign() < 0 && !shifted.IsInt() {
		k.Sub(k, big.NewInt(1)) // Int truncates toward zero; we want floor(t + 1/2)
	}
	f := new(big.Float).SetPrec(oraclePrec).Sub(t, new(big.Float).SetPrec(oraclePrec).SetInt(k))
	r := f.Mul(f, oraclePi.halfPi)
	hi, _ := r.Float64()
	lo, _ := new(big.Float).SetPrec(oraclePrec).Sub(r, big.NewFloat(hi)).Float64()
	quadrant := int(new(big.Int).And(k, big.NewInt(3)).Int64())
	return dd{hi, lo}, quadrant
}

func checkReduceHuge(t *testing.T, x float64) {
	t.Helper()
	if math.IsInf(x, 0) {
		return
	}
	got, gq := reduceHuge(x)
	want, wq := oracleReduceHuge(x)
	if math.Float64bits(got.hi) != math.Float64bits(want.hi) || math.Float64bits(got.lo) != math.Float64bits(want.lo) || gq != wq {
		t.Errorf("reduceHuge(%v) = %v + %v, %d; want %v + %v, %d", x, got.hi, got.lo, gq, want.hi, want.lo, wq)
	}
}

// TestReduceHugeOracle compares reduceHuge with the big.Float version on the double closest
// to a multiple of π/2, the largest ones, the smallest ones it gets, and random ones.
func TestReduceHugeOracle(t *testing.T) {
	for _, x := range []float64{
		0x1p30, 0x1p30 + 1, 0x1.0000000000001p30, 1e10, 1e22, 1e300, math.MaxFloat64, 0x1p1023,
		6381956970095103 * 0x1p797, // within about 2**-61 of a multiple of π/2
		5319372648326338 * 0x1p-47, 0x1.6ac5b262ca1ffp849, 0x1.b1a8e0f5c9a6ap200,
	} {
		checkReduceHuge(t, x)
		checkReduceHuge(t, -x)
		checkReduceHuge(t, math.Nextafter(x, 0))
		checkReduceHuge(t, math.Nextafter(x, math.Inf(1)))
	}
	r := rand.New(rand.NewSource(9))
	for range 20000 {
		x := math.Ldexp(1+r.Float64(), 30+r.Intn(994))
		if math.IsInf(x, 0) {
			continue
		}
		if r.Intn(2) == 0 {
			x = -x
		}
		checkReduceHuge(t, x)
	}
}
