package vm

import (
	"math"
	"math/big"
	"math/rand"
	"testing"
)

// TestIntFloatExact compares int/float conversion and comparison with what big.Float and
// big.Rat give (the engine's code before issue #5 took them out), on ints of every size
// against floats near them, tiny, huge and subnormal.
func TestIntFloatExact(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	for range 20000 {
		n := new(big.Int).Rand(r, new(big.Int).Lsh(big.NewInt(1), uint(r.Intn(1100)+1)))
		if r.Intn(2) == 0 {
			n.Neg(n)
		}
		v := MakeInt(n)
		bf, _ := new(big.Float).SetInt(n).Float64()
		f, err := intToFloat(v)
		if math.IsInf(bf, 0) {
			if err == nil {
				t.Errorf("intToFloat(%v) = %v, want OverflowError", n, f)
			}
		} else if err != nil || math.Float64bits(f) != math.Float64bits(bf) {
			t.Errorf("intToFloat(%v) = %v, %v; want %v", n, f, err, bf)
		}
		for _, x := range []float64{bf, math.Nextafter(bf, 0), math.Nextafter(bf, math.Inf(1)),
			math.Float64frombits(r.Uint64()), float64(r.Int63n(1<<20)) / 1024} {
			if math.IsNaN(x) {
				continue
			}
			want := 0
			if math.IsInf(x, 0) {
				want = -int(math.Copysign(1, x))
			} else {
				want = new(big.Rat).SetInt(n).Cmp(new(big.Rat).SetFloat64(x))
			}
			if got, ok := compareIntFloat(v, x); !ok || got != want {
				t.Errorf("compareIntFloat(%v, %v) = %d, %v; want %d", n, x, got, ok, want)
			}
		}
	}
}
