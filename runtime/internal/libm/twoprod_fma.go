//go:build !wasm

package libm

import "math"

// twoProd returns p = fl(a*b) and the exact rounding error e, so that p + e == a * b. Here the
// hardware has a fused multiply-add, which gives the error in one instruction.
func twoProd(a, b float64) (p, e float64) {
	p = a * b
	e = math.FMA(a, b, -p)
	return
}
