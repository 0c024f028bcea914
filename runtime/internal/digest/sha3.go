package digest

import (
	"encoding/binary"
	"hash"
	"math/bits"
	"sync"
)

// keccakConsts holds Keccak-f[1600]'s round constants and rotation offsets (FIPS 202,
// sections 3.2.2 and 3.2.5), computed as the specification defines them.
type keccakConsts struct {
	rc  [24]uint64
	rot [25]int // by lane index x+5y
}

var keccak = sync.OnceValue(func() *keccakConsts {
	c := new(keccakConsts)
	x, y := 1, 0
	for t := 0; t < 24; t++ {
		c.rot[x+5*y] = ((t + 1) * (t + 2) / 2) % 64
		x, y = y, (2*x+3*y)%5
	}
	// rc(t) is the output of an 8-bit LFSR; bit 2^j-1 of round i's constant is rc(j+7i).
	lfsr := uint16(1)
	out := func() uint64 { // the LFSR's current bit, then one step
		b := uint64(lfsr & 1)
		lfsr <<= 1
		if lfsr&0x100 != 0 {
			lfsr ^= 0x171
		}
		return b
	}
	for i := range c.rc {
		for j := 0; j < 7; j++ {
			c.rc[i] |= out() << (1<<j - 1)
		}
	}
	return c
})

func keccakF(a *[25]uint64) {
	k := keccak()
	var b [25]uint64
	var c, d [5]uint64
	for round := 0; round < 24; round++ {
		for x := 0; x < 5; x++ {
			c[x] = a[x] ^ a[x+5] ^ a[x+10] ^ a[x+15] ^ a[x+20]
		}
		for x := 0; x < 5; x++ {
			d[x] = c[(x+4)%5] ^ bits.RotateLeft64(c[(x+1)%5], 1)
		}
		for i := range a {
			a[i] ^= d[i%5]
		}
		for x := 0; x < 5; x++ {
			for y := 0; y < 5; y++ {
				b[y+5*((2*x+3*y)%5)] = bits.RotateLeft64(a[x+5*y], k.rot[x+5*y])
			}
		}
		for y := 0; y < 25; y += 5 {
			for x := 0; x < 5; x++ {
				a[y+x] = b[y+x] ^ (^b[y+(x+1)%5] & b[y+(x+2)%5])
			}
		}
		a[0] ^= k.rc[round]
	}
}

// sponge is the Keccak sponge of SHA-3 and SHAKE.
type sponge struct {
	a       [25]uint64
	buf     [200]byte
	n       int  // bytes buffered (absorbing) or left to read in buf (squeezing)
	rate    int  // bytes
	size    int  // digest size in bytes (SHA-3)
	domain  byte // 0x06 for SHA-3, 0x1f for SHAKE
	squeeze bool
}

func (s *sponge) Size() int      { return s.size }
func (s *sponge) BlockSize() int { return s.rate }

func (s *sponge) Reset() {
	*s = sponge{rate: s.rate, size: s.size, domain: s.domain}
}

func (s *sponge) absorbBlock() {
	for i := 0; i < s.rate/8; i++ {
		s.a[i] ^= binary.LittleEndian.Uint64(s.buf[8*i:])
	}
	keccakF(&s.a)
}

// Write absorbs p; it must not be called after Read.
func (s *sponge) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		k := copy(s.buf[s.n:s.rate], p)
		s.n += k
		p = p[k:]
		if s.n == s.rate {
			s.absorbBlock()
			s.n = 0
		}
	}
	return n, nil
}

// Read squeezes output (SHAKE); the first Read ends the input.
func (s *sponge) Read(out []byte) (int, error) {
	if !s.squeeze {
		clear(s.buf[s.n:s.rate])
		s.buf[s.n] ^= s.domain
		s.buf[s.rate-1] ^= 0x80
		s.absorbBlock()
		s.squeeze = true
		s.n = 0
	}
	n := len(out)
	for len(out) > 0 {
		if s.n == 0 {
			for i := 0; i < s.rate/8; i++ {
				binary.LittleEndian.PutUint64(s.buf[8*i:], s.a[i])
			}
			s.n = s.rate
		}
		k := copy(out, s.buf[s.rate-s.n:s.rate])
		s.n -= k
		out = out[k:]
		if s.n == 0 {
			keccakF(&s.a)
		}
	}
	return n, nil
}

// Sum appends the SHA-3 digest of what was written so far to b; it does not change s.
func (s *sponge) Sum(b []byte) []byte {
	c := *s
	out := make([]byte, c.size)
	c.Read(out)
	return append(b, out...)
}

func newSHA3(size int) hash.Hash {
	return &sponge{rate: 200 - 2*size, size: size, domain: 0x06}
}

// NewSHA3_224 returns a SHA3-224 hash.
func NewSHA3_224() hash.Hash { return newSHA3(28) }

// NewSHA3_256 returns a SHA3-256 hash.
func NewSHA3_256() hash.Hash { return newSHA3(32) }

// NewSHA3_384 returns a SHA3-384 hash.
func NewSHA3_384() hash.Hash { return newSHA3(48) }

// NewSHA3_512 returns a SHA3-512 hash.
func NewSHA3_512() hash.Hash { return newSHA3(64) }

// Shake returns n bytes of SHAKE128 (bits 128) or SHAKE256 (bits 256) output for data.
func Shake(bits int, data []byte, n int) []byte {
	s := &sponge{rate: 200 - bits/4, domain: 0x1f}
	s.Write(data)
	out := make([]byte, n)
	s.Read(out)
	return out
}
