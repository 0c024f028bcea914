package pymath

import (
	"math"
	"testing"
)

// The expected values were printed by CPython's math.fsum and math.hypot.
func TestFsumAndNorm(t *testing.T) {
	cases := []struct {
		xs   []float64
		want float64
	}{
		{[]float64{0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}, 1.0},
		{[]float64{1e-16, 1, 1e16}, 1.0000000000000002e16},
		{[]float64{1e308, -1e308, 1}, 1},
		{nil, 0},
	}
	for _, c := range cases {
		got, err := Fsum(c.xs)
		if err != nil || got != c.want {
			t.Errorf("Fsum(%v) = %v, %v; want %v", c.xs, got, err, c.want)
		}
	}
	if _, err := Fsum([]float64{1e308, 1e308}); err == nil {
		t.Error("Fsum overflow: no error")
	}
	if _, err := Fsum([]float64{math.Inf(1), math.Inf(-1)}); err == nil {
		t.Error("Fsum(inf, -inf): no error")
	}
	if got := norm([]float64{3, 4}); got != 5 {
		t.Errorf("norm(3, 4) = %v", got)
	}
}
