package digest

import (
	"encoding/binary"
	"math"
	"math/bits"
	"sync"
)

// md5K holds MD5's additive constants, floor(|sin(i+1)| * 2^32) (RFC 1321, section 3.4).
var md5K = sync.OnceValue(func() (k [64]uint32) {
	for i := range k {
		k[i] = uint32(math.Floor(math.Abs(math.Sin(float64(i+1))) * (1 << 32)))
	}
	return k
})

// md5Shifts holds the rotation of each round's four steps.
var md5Shifts = [4][4]int{{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}}

var md5Spec = &mdSpec{
	size: 16, blockSize: 64, little: true,
	iv: func() [8]uint64 {
		return [8]uint64{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476}
	},
	block: md5Compression,
}

func md5Block(s *[8]uint64, p []byte) {
	var m [16]uint32
	for i := range m {
		m[i] = binary.LittleEndian.Uint32(p[4*i:])
	}
	k := md5K()
	a, b, c, d := uint32(s[0]), uint32(s[1]), uint32(s[2]), uint32(s[3])
	for i := 0; i < 64; i++ {
		var f uint32
		var g int
		switch i / 16 {
		case 0:
			f, g = (b&c)|(^b&d), i
		case 1:
			f, g = (d&b)|(^d&c), (5*i+1)%16
		case 2:
			f, g = b^c^d, (3*i+5)%16
		default:
			f, g = c^(b|^d), (7*i)%16
		}
		f += a + k[i] + m[g]
		a, d, c = d, c, b
		b += bits.RotateLeft32(f, md5Shifts[i/16][i%4])
	}
	s[0] = uint64(uint32(s[0]) + a)
	s[1] = uint64(uint32(s[1]) + b)
	s[2] = uint64(uint32(s[2]) + c)
	s[3] = uint64(uint32(s[3]) + d)
}

var sha1Spec = &mdSpec{
	size: 20, blockSize: 64,
	iv: func() [8]uint64 {
		return [8]uint64{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0}
	},
	block: sha1Compression,
}

func sha1Block(s *[8]uint64, p []byte) {
	var w [80]uint32
	for i := 0; i < 16; i++ {
		w[i] = binary.BigEndian.Uint32(p[4*i:])
	}
	for i := 16; i < 80; i++ {
		w[i] = bits.RotateLeft32(w[i-3]^w[i-8]^w[i-14]^w[i-16], 1)
	}
	a, b, c, d, e := uint32(s[0]), uint32(s[1]), uint32(s[2]), uint32(s[3]), uint32(s[4])
	for i := 0; i < 80; i++ {
		var f, k uint32
		switch i / 20 {
		case 0:
			f, k = (b&c)|(^b&d), 0x5a827999
		case 1:
			f, k = b^c^d, 0x6ed9eba1
		case 2:
			f, k = (b&c)|(b&d)|(c&d), 0x8f1bbcdc
		default:
			f, k = b^c^d, 0xca62c1d6
		}
		t := bits.RotateLeft32(a, 5) + f + e + k + w[i]
		e, d, c, b, a = d, c, bits.RotateLeft32(b, 30), a, t
	}
	for i, v := range [5]uint32{a, b, c, d, e} {
		s[i] = uint64(uint32(s[i]) + v)
	}
}
