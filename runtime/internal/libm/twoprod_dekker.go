//go:build !(amd64 || arm64 || ppc64 || ppc64le || s390x || riscv64)

package libm

// twoProd returns p = fl(a*b) and the exact error e = a*b-p by Dekker's splitting, which
// needs no fused multiply-add (WebAssembly has none; Go's software FMA would be slower).
func twoProd(a, b float64) (p, e float64) {
	p = a * b
	ah, al := split(a)
	bh, bl := split(b)
	e = ((ah*bh - p) + ah*bl + al*bh) + al*bl
	return
}
