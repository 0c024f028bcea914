// Package mt19937 reproduces, bit for bit, the Mersenne Twister of CPython's _random module.
//
// Python programs that call random.seed(42) and then print random numbers are common in
// teaching material, and learners compare what Asobiba prints with what CPython prints. So this
// package does not merely implement "a Mersenne Twister": it follows the exact path CPython's
// _randommodule.c takes from a seed to every word it returns: the 624-word MT19937 state,
// init_genrand and init_by_array for seeding, genrand_uint32 for output, random() built from
// two 32-bit draws (27 + 26 bits), and getrandbits(k) assembled from 32-bit words, least
// significant word first. Everything above that (randrange, shuffle, the distributions) is
// Python code in random.py, as in CPython, and consumes the generator only through these.
//
// Seeding follows random.seed(a, version=2): an int seeds with the 32-bit chunks of its
// absolute value; str, bytes and bytearray are turned into the integer
// int.from_bytes(a + sha512(a).digest()) first (SeedBytes). A float seed uses hash(a), which
// the caller computes. Seeding with None (operating-system entropy in CPython) is the caller's
// decision; this package never reads a clock or entropy source.
package mt19937

import (
	"math/big"
	"math/bits"

	"github.com/asobiba/asobiba/runtime/internal/digest"
)

const (
	n         = 624
	m         = 397
	matrixA   = 0x9908b0df
	upperMask = 0x80000000
	lowerMask = 0x7fffffff
)

// MT is the MT19937 generator state, seeded and consumed exactly as CPython's C random object.
// The zero value is an all-zero state, as in a _random.Random that CPython has allocated but
// not yet seeded: it returns only zeros until it is seeded.
type MT struct {
	state [n]uint32
	index int
}

// initGenrand fills the state from a single 32-bit seed.
func (g *MT) initGenrand(s uint32) {
	g.state[0] = s
	for i := 1; i < n; i++ {
		prev := g.state[i-1]
		g.state[i] = 1812433253*(prev^(prev>>30)) + uint32(i)
	}
	g.index = n
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

// SeedBytes seeds the generator from bytes (or a str's UTF-8 encoding) as random.seed does
// with the default version=2: the seed is int.from_bytes(b + sha512(b).digest(), 'big').
func (g *MT) SeedBytes(b []byte) {
	sum := digest.SumSHA512(b)
	all := make([]byte, 0, len(b)+len(sum))
	all = append(append(all, b...), sum...)
	g.Seed(new(big.Int).SetBytes(all))
}

// StateSize is the number of values in a state: the 624 words and the position of the next.
const StateSize = n + 1

// State returns the generator's state as _random.Random.getstate() does: the 624 words of
// the state followed by the index of the next word to use.
func (g *MT) State() [StateSize]uint32 {
	var s [StateSize]uint32
	copy(s[:n], g.state[:])
	s[n] = uint32(g.index)
	return s
}

// SetState restores a state that State returned. It reports false, changing nothing, when the
// index is out of range (CPython's "invalid state").
func (g *MT) SetState(s [StateSize]uint32) bool {
	if s[n] > n {
		return false
	}
	copy(g.state[:], s[:n])
	g.index = int(s[n])
	return true
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

// RandBelow returns a random int in [0, n) as random.py's _randbelow_with_getrandbits draws
// it: getrandbits(n.bit_length()) until the result is below n. It returns 0 when n <= 0
// (where random.py would loop for ever).
func (g *MT) RandBelow(n int64) int64 {
	if n <= 0 {
		return 0
	}
	k := bits.Len64(uint64(n))
	x := int64(g.Bits64(k))
	for x >= n {
		x = int64(g.Bits64(k))
	}
	return x
}

// RandBelowBig is RandBelow for any n.
func (g *MT) RandBelowBig(n *big.Int) *big.Int {
	if n.Sign() <= 0 {
		return new(big.Int)
	}
	if n.IsInt64() {
		return big.NewInt(g.RandBelow(n.Int64()))
	}
	k := n.BitLen()
	x := g.GetRandBits(k)
	for x.Cmp(n) >= 0 {
		x = g.GetRandBits(k)
	}
	return x
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
