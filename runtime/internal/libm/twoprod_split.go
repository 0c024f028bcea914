//go:build wasm

package libm

// twoProd returns p = fl(a*b) and the exact rounding error e, so that p + e == a * b.
// WebAssembly has no fused multiply-add (Go's math.FMA is emulated there, slowly), so this is
// Dekker's algorithm: each factor is split into two 26-bit halves whose products are exact.
// The arguments here stay far from overflow, which the splitting needs.
func twoProd(a, b float64) (p, e float64) {
	p = a * b
	ah, al := split(a)
	bh, bl := split(b)
	e = ((ah*bh - p) + ah*bl + al*bh) + al*bl
	return
}

// split returns hi + lo == a with hi holding the top 26 bits of a's significand.
func split(a float64) (hi, lo float64) {
	const splitter = 1<<27 + 1
	t := splitter * a
	hi = t - (t - a)
	lo = a - hi
	return
}
