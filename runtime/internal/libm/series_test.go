package libm

import "testing"

// TestSeriesTables recomputes the written-out coefficient tables of series.go, as the
// engine once did at start-up, and requires every double-double to be the same.
func TestSeriesTables(t *testing.T) {
	f := dd{1, 0}
	for n := range invFactorial {
		if n > 0 {
			f = f.mulFloat(float64(n))
		}
		if want := (dd{1, 0}).div(f); invFactorial[n] != want {
			t.Errorf("invFactorial[%d] = %v, want %v", n, invFactorial[n], want)
		}
	}
	for k := range invOdd {
		if want := (dd{1, 0}).divFloat(float64(2*k + 1)); invOdd[k] != want {
			t.Errorf("invOdd[%d] = %v, want %v", k, invOdd[k], want)
		}
	}
}
