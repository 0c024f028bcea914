package pyfmt

import (
	"math"
	"math/big"
	"math/rand"
	"testing"
)

// TestQuoFloat compares QuoFloat with big.Rat.Float64 on quotients of every size, from
// subnormal to overflowing, and on ties.
func TestQuoFloat(t *testing.T) {
	check := func(num, den *big.Int) {
		t.Helper()
		want, _ := new(big.Rat).SetFrac(num, den).Float64()
		if got := QuoFloat(num, den); math.Float64bits(got) != math.Float64bits(want) {
			t.Errorf("QuoFloat(%v, %v) = %v, want %v", num, den, got, want)
		}
	}
	one := big.NewInt(1)
	pow2 := func(n int) *big.Int { return new(big.Int).Lsh(one, uint(n)) }
	check(big.NewInt(0), big.NewInt(7))
	check(big.NewInt(1), big.NewInt(3))
	check(big.NewInt(-1), big.NewInt(3))
	check(big.NewInt(1), big.NewInt(-3))
	check(big.NewInt(-10), big.NewInt(-4))
	// Ties at 53 bits: 2**53+1 is halfway between two floats; +3 rounds up to even.
	check(new(big.Int).Add(pow2(53), one), one)
	check(new(big.Int).Add(pow2(53), big.NewInt(3)), one)
	check(new(big.Int).Add(pow2(54), big.NewInt(2)), one)
	check(pow2(1024), one)                              // overflows
	check(new(big.Int).Sub(pow2(1024), pow2(970)), one) // the largest float, exactly
	check(new(big.Int).Sub(pow2(1024), pow2(969)), one) // halfway to overflow: rounds to Inf
	check(one, pow2(1074))                              // the smallest subnormal
	check(one, pow2(1075))                              // half of it: ties to even, 0
	check(big.NewInt(3), pow2(1076))                    // 3/4 of it: rounds up
	check(one, new(big.Int).Add(pow2(1075), one))       // just under half: 0
	check(one, new(big.Int).Sub(pow2(1075), one))       // just over half: the smallest
	check(big.NewInt(3), pow2(1075))                    // 1.5 of it: ties to even, 2
	check(new(big.Int).Add(pow2(60), one), pow2(1082))  // subnormal with bits below
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		num := new(big.Int).Rand(r, pow2(r.Intn(1200)+1))
		den := new(big.Int).Rand(r, pow2(r.Intn(1200)+1))
		if den.Sign() == 0 {
			continue
		}
		if r.Intn(2) == 0 {
			num.Neg(num)
		}
		check(num, den)
	}
}
