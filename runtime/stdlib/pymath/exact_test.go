package pymath

import (
	"math"
	"math/big"
	"math/rand"
	"testing"

	"github.com/asobiba/asobiba/runtime/vm"
)

// The oracles: the big.Float code these functions had before issue #5 took big.Float out.

func oracleMantExp(x *big.Int) (float64, int) {
	mant := new(big.Float).SetInt(x)
	exp := mant.MantExp(mant)
	m, _ := mant.Float64()
	if m == 1 { // the engine's big.Float code missed this step of CPython's
		return 0.5, exp + 1
	}
	return m, exp
}

func oracleSumprod(xs, ys []float64) float64 {
	acc := new(big.Float).SetPrec(4096)
	for i := range xs {
		bx := new(big.Float).SetPrec(4096).SetFloat64(xs[i])
		by := new(big.Float).SetPrec(4096).SetFloat64(ys[i])
		acc.Add(acc, bx.Mul(bx, by))
	}
	f, _ := acc.Float64()
	return f
}

func TestMantExpOracle(t *testing.T) {
	r := rand.New(rand.NewSource(6))
	for range 20000 {
		n := r.Intn(3000) + 1
		x := new(big.Int).Rand(r, new(big.Int).Lsh(big.NewInt(1), uint(n)))
		if r.Intn(3) == 0 { // all ones, or a tie, at 53 bits
			x.SetInt64(1).Lsh(x, uint(n)).Sub(x, big.NewInt(1))
			if r.Intn(2) == 0 {
				x.Rsh(x, uint(n-54)).Lsh(x, uint(n-54))
			}
		}
		if x.Sign() == 0 {
			continue
		}
		m, e := mantExp(x)
		wm, we := oracleMantExp(x)
		if math.Float64bits(m) != math.Float64bits(wm) || e != we {
			t.Errorf("mantExp(%v) = %v, %d; want %v, %d", x, m, e, wm, we)
		}
	}
}

func TestFloatToIntOracle(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	for range 20000 {
		x := math.Trunc(math.Float64frombits(r.Uint64()))
		if math.IsInf(x, 0) || math.IsNaN(x) {
			continue
		}
		want, _ := big.NewFloat(x).Int(nil)
		v, err := floatToInt(x)
		if err != nil || bigOfValue(v).Cmp(want) != 0 {
			t.Errorf("floatToInt(%v) = %v, %v; want %v", x, v, err, want)
		}
	}
}

// randomFloat returns a finite float, often subnormal, tiny or huge.
func randomFloat(r *rand.Rand) float64 {
	switch r.Intn(4) {
	case 0:
		return math.Float64frombits(r.Uint64() &^ (0x7ff << 52)) // subnormal
	case 1:
		return float64(r.Intn(2000)-1000) / 8
	}
	x := math.Float64frombits(r.Uint64())
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return 1
	}
	return x
}

func TestSumprodOracle(t *testing.T) {
	r := rand.New(rand.NewSource(8))
	for range 5000 {
		n := r.Intn(8) + 1
		xs, ys := make([]float64, n), make([]float64, n)
		for i := range xs {
			xs[i], ys[i] = randomFloat(r), randomFloat(r)
			if math.IsInf(xs[i]*ys[i], 0) {
				xs[i], ys[i] = 1, 0.5 // sumprod sums infinite products apart
			}
			if i > 0 && r.Intn(4) == 0 { // cancel an earlier product, up to a little
				xs[i], ys[i] = -xs[i-1], ys[i-1]*float64(1+r.Intn(2))
			}
		}
		var s exactSum
		for i := range xs {
			s.addProduct(xs[i], ys[i])
		}
		if got, want := s.float(), oracleSumprod(xs, ys); math.Float64bits(got) != math.Float64bits(want) {
			t.Errorf("exact sum of products of %v and %v = %v, want %v", xs, ys, got, want)
		}
	}
}

func bigOfValue(v vm.Value) *big.Int {
	switch x := v.(type) {
	case vm.Int:
		return big.NewInt(int64(x))
	case *vm.BigInt:
		return x.Big()
	}
	return nil
}
