//go:build amd64 || arm64 || ppc64 || ppc64le || s390x || riscv64

package libm

import "math"

// twoProd returns p = fl(a*b) and the exact error e = a*b-p, with the fused multiply-add
// these architectures have in hardware.
func twoProd(a, b float64) (p, e float64) {
	p = a * b
	e = math.FMA(a, b, -p)
	return
}
