package pyfmt

import (
	"math"
	"math/big"
	"math/rand"
	"testing"
)

// oracleRound is Round as it was written with big.Rat, kept as the oracle of the big.Int
// version.
func oracleRound(x float64, ndigits int) (float64, error) {
	const ndigitsMax, ndigitsMin = 323, -308
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 || ndigits > ndigitsMax {
		return x, nil
	}
	if ndigits < ndigitsMin {
		return 0 * x, nil
	}
	r := new(big.Rat).SetFloat64(x)
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs(ndigits))), nil)
	if ndigits >= 0 {
		r.Mul(r, new(big.Rat).SetInt(scale))
	} else {
		r.Quo(r, new(big.Rat).SetInt(scale))
	}
	n := oracleRoundHalfEven(r)
	if ndigits >= 0 {
		r.SetFrac(n, scale)
	} else {
		r.SetInt(n.Mul(n, scale))
	}
	f, _ := r.Float64()
	if math.IsInf(f, 0) {
		return 0, newError("OverflowError", "rounded value too large to represent")
	}
	if f == 0 {
		return math.Copysign(0, x), nil
	}
	return f, nil
}

func oracleRoundHalfEven(r *big.Rat) *big.Int {
	num, den := r.Num(), r.Denom()
	q, m := new(big.Int).DivMod(num, den, new(big.Int))
	twice := new(big.Int).Lsh(m, 1)
	switch c := twice.Cmp(den); {
	case c > 0, c == 0 && q.Bit(0) == 1:
		q.Add(q, big.NewInt(1))
	}
	return q
}

func checkRound(t *testing.T, x float64, nd int) {
	t.Helper()
	want, werr := oracleRound(x, nd)
	got, err := Round(x, nd)
	if (err == nil) != (werr == nil) || err != nil && err.Error() != werr.Error() {
		t.Errorf("Round(%v, %d): error %v, want %v", x, nd, err, werr)
		return
	}
	if math.Float64bits(got) != math.Float64bits(want) {
		t.Errorf("Round(%v, %d) = %v, want %v", x, nd, got, want)
	}
}

// TestRoundOracle compares Round with the big.Rat version on ties, huge, tiny and subnormal
// floats, negative ones, and every ndigits that matters.
func TestRoundOracle(t *testing.T) {
	xs := []float64{
		0.5, 1.5, 2.5, -2.5, 2.675, 0.125, 0.375, -0.375, 5e-324, -5e-324, 1e-320, 2.2250738585072014e-308,
		1e308, -1e308, math.MaxFloat64, -math.MaxFloat64, 1.7976931348623157e308 / 3, 123456789.123456789,
		0.1, 0.05, 0.15, 25, 35, 250, 1250, 1e22, 1e23, 9.5e307, 0.5e-300, math.Copysign(0, -1),
		math.Inf(1), math.Inf(-1), math.NaN(),
	}
	nds := []int{-400, -309, -308, -307, -300, -22, -3, -2, -1, 0, 1, 2, 3, 15, 16, 17, 300, 308, 320, 322, 323, 324}
	for _, x := range xs {
		for _, nd := range nds {
			checkRound(t, x, nd)
		}
	}
	r := rand.New(rand.NewSource(3))
	for range 20000 {
		x := math.Float64frombits(r.Uint64())
		if r.Intn(2) == 0 {
			x = float64(r.Intn(100000)-50000) / float64(int(1)<<r.Intn(12)) // often a tie in decimal
		}
		checkRound(t, x, r.Intn(680)-340)
	}
}

// TestRoundIntOracle compares RoundInt with rounding through big.Rat.
func TestRoundIntOracle(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	for range 5000 {
		x := new(big.Int).Rand(r, new(big.Int).Lsh(big.NewInt(1), uint(r.Intn(300)+1)))
		if r.Intn(2) == 0 {
			x.Neg(x)
		}
		if r.Intn(3) == 0 {
			x.Mul(x, big.NewInt(5)) // more ties
		}
		nd := -r.Intn(40)
		scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-nd)), nil)
		want := oracleRoundHalfEven(new(big.Rat).SetFrac(x, scale))
		want.Mul(want, scale)
		if got := RoundInt(x, nd); got.Cmp(want) != 0 {
			t.Errorf("RoundInt(%v, %d) = %v, want %v", x, nd, got, want)
		}
	}
}
