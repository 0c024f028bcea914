// Package mt19937 reproduces, bit for bit, the pseudo-random numbers of CPython's random module.
//
// # Design
//
// Python programs that call random.seed(42) and then print random numbers are common in
// teaching material, and learners compare what Asobiba prints with what CPython prints. So this
// package does not merely implement "a Mersenne Twister": it follows the exact path CPython
// takes from a seed to every value it returns.
//
// There are two layers, as in CPython. The lower layer, MT, is the generator written in C in
// CPython's _randommodule.c: the 624-word MT19937 state, init_genrand and init_by_array for
// seeding, genrand_uint32 for output, random() built from two 32-bit draws (27 + 26 bits), and
// getrandbits(k) assembled from 32-bit words, least significant word first.
//
// The upper layer, Random, is a transliteration of the Python code in Lib/random.py: the
// rejection-sampling randbelow, randrange, randint, choice, shuffle, sample, choices, and the
// real-valued distributions. Every algorithm consumes the generator in exactly the same order
// as CPython's, so sequences stay in lock step. Where Python code works on arbitrary
// sequences, the Go functions work on lengths and return indices; the VM maps the indices
// back to elements. Where Python integers may be arbitrarily large, there is a *big.Int form
// and an int64 fast path that gives identical results.
//
// Seeding follows random.seed(a, version=2): an int seeds with the 32-bit chunks of its
// absolute value; str, bytes and bytearray are turned into the integer
// int.from_bytes(a + sha512(a).digest()) first. A float seed uses hash(a), which the VM
// computes and passes to Seed. Seeding with None (operating-system entropy in CPython) is the
// VM's decision; this package never reads a clock or entropy source.
//
// Errors carry the Python exception type name and the CPython 3.12 message, so the VM can
// raise them unchanged.
//
// # Known differences from CPython
//
// The distributions that call log, exp, sin, cos, sqrt or pow use Go's math package, not the
// platform C library. Go's functions are accurate to within about one unit in the last place
// but are not always bit-identical to glibc's, so gauss, normalvariate, expovariate and friends
// may differ from CPython in the last digit or two; the uniform draws they consume are the
// same, so a rare rejection-test disagreement is the only way a sequence could drift.
// binomialvariate (new in 3.12) is not provided. getstate and setstate are not provided.
package mt19937

import (
	"math/big"
)

const (
	n         = 624
	m         = 397
	matrixA   = 0x9908b0df
	upperMask = 0x80000000
	lowerMask = 0x7fffffff
)

// MT is the MT19937 generator state, seeded and consumed exactly as CPython's C random object.
// The zero value is usable but unseeded: it behaves as if seeded with init_genrand(5489),
// the reference implementation's default, which CPython never uses.
type MT struct {
	state  [n]uint32
	index  int
	seeded bool
}

// initGenrand fills the state from a single 32-bit seed.
func (g *MT) initGenrand(s uint32) {
	g.state[0] = s
	for i := 1; i < n; i++ {
		prev := g.state[i-1]
		g.state[i] = 1812433253*(prev^(prev>>30)) + uint32(i)
	}
	g.index = n
	g.seeded = true
}

// SeedArray seeds the generator from a key of 32-bit words with the reference init_by_array
// algorithm, as CPython does for every integer seed. An empty key is treated as [0].
func (g *MT) SeedArray(key []uint32) {
	if len(key) == 0 {
		key = []uint32{0}
	}
	g.initGenrand(19650218)
	mt := &g.state
	i, j := 1, 0
	k := n
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		prev := mt[i-1]
		mt[i] = (mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= n {
			mt[0] = mt[n-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = n - 1; k > 0; k-- {
		prev := mt[i-1]
		mt[i] = (mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= n {
			mt[0] = mt[n-1]
			i = 1
		}
	}
	mt[0] = 0x80000000
	g.index = n
}

// Seed seeds the generator from a Python int, using the 32-bit chunks of its absolute value,
// least significant first, as CPython's random_seed does. A nil x is treated as 0.
func (g *MT) Seed(x *big.Int) {
	var key []uint32
	if x != nil {
		words := new(big.Int).Abs(x).Bits() // little-endian machine words
		for _, w := range words {
			key = append(key, uint32(w))
			if wordBits == 64 {
				key = append(key, uint32(uint64(w)>>32))
			}
		}
		for len(key) > 1 && key[len(key)-1] == 0 {
			key = key[:len(key)-1]
		}
	}
	g.SeedArray(key)
}

// wordBits is the size of a big.Word in bits (32 or 64).
const wordBits = 32 << (^big.Word(0) >> 63)

// generate refills the state with the next 624 words.
func (g *MT) generate() {
	mt := &g.state
	var y uint32
	kk := 0
	for ; kk < n-m; kk++ {
		y = (mt[kk] & upperMask) | (mt[kk+1] & lowerMask)
		mt[kk] = mt[kk+m] ^ (y >> 1) ^ (-(y & 1) & matrixA)
	}
	for ; kk < n-1; kk++ {
		y = (mt[kk] & upperMask) | (mt[kk+1] & lowerMask)
		mt[kk] = mt[kk+(m-n)] ^ (y >> 1) ^ (-(y & 1) & matrixA)
	}
	y = (mt[n-1] & upperMask) | (mt[0] & lowerMask)
	mt[n-1] = mt[m-1] ^ (y >> 1) ^ (-(y & 1) & matrixA)
	g.index = 0
}

// Uint32 returns the next 32-bit output of the generator (CPython's genrand_uint32).
func (g *MT) Uint32() uint32 {
	if !g.seeded {
		g.initGenrand(5489)
	}
	if g.index >= n {
		g.generate()
	}
	y := g.state[g.index]
	g.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// Random returns a float in [0.0, 1.0) with 53 random bits, built as CPython's random() does
// from the top 27 bits of one draw and the top 26 bits of the next.
func (g *MT) Random() float64 {
	a := g.Uint32() >> 5
	b := g.Uint32() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// Bits64 returns getrandbits(k) for 0 <= k <= 64 as a uint64, consuming the generator exactly
// as CPython does for the same k. It panics if k is outside that range.
func (g *MT) Bits64(k int) uint64 {
	switch {
	case k < 0 || k > 64:
		panic("mt19937: Bits64 needs 0 <= k <= 64")
	case k == 0:
		return 0
	case k <= 32:
		return uint64(g.Uint32() >> (32 - k))
	}
	lo := uint64(g.Uint32())
	hi := uint64(g.Uint32() >> (64 - k))
	return hi<<32 | lo
}

// GetRandBits returns getrandbits(k), a non-negative int below 2**k, for any k >= 0.
// The words are drawn least significant first, the last one shifted right to drop excess
// bits, as in CPython. It panics if k is negative; the VM raises ValueError
// ("number of bits must be non-negative") before calling it.
func (g *MT) GetRandBits(k int) *big.Int {
	if k < 0 {
		panic("mt19937: GetRandBits with negative k")
	}
	if k <= 64 {
		return new(big.Int).SetUint64(g.Bits64(k))
	}
	words := (k-1)/32 + 1
	buf := make([]byte, words*4)
	for i := 0; i < words; i++ {
		r := g.Uint32()
		if k < 32 {
			r >>= 32 - k
		}
		// Store big-endian: word i goes to the end of the buffer.
		off := (words - 1 - i) * 4
		buf[off] = byte(r >> 24)
		buf[off+1] = byte(r >> 16)
		buf[off+2] = byte(r >> 8)
		buf[off+3] = byte(r)
		k -= 32
	}
	return new(big.Int).SetBytes(buf)
}
