package digest

import (
	"encoding/binary"
	"math/bits"
	"sync"
)

var (
	sha224Spec = &mdSpec{size: 28, blockSize: 64, iv: func() (iv [8]uint64) {
		for i, w := range sha2Sqrt[8:] {
			iv[i] = w & 0xffffffff
		}
		return iv
	}, block: sha256Compression}
	sha256Spec = &mdSpec{size: 32, blockSize: 64, iv: func() (iv [8]uint64) {
		for i, w := range sha2Sqrt[:8] {
			iv[i] = w >> 32
		}
		return iv
	}, block: sha256Compression}
	sha384Spec = &mdSpec{size: 48, blockSize: 128, iv: func() [8]uint64 {
		return [8]uint64(sha2Sqrt[8:])
	}, block: sha512Compression}
	sha512Spec = &mdSpec{size: 64, blockSize: 128, iv: func() [8]uint64 {
		return [8]uint64(sha2Sqrt[:8])
	}, block: sha512Compression}
	sha512_224Spec = &mdSpec{size: 28, blockSize: 128, iv: sha512tIV("SHA-512/224"), block: sha512Compression}
	sha512_256Spec = &mdSpec{size: 32, blockSize: 128, iv: sha512tIV("SHA-512/256"), block: sha512Compression}
)

// sha512tIV returns the initial hash value of SHA-512/t (FIPS 180-4, section 5.3.6): the
// SHA-512 digest of the name, computed from SHA-512's initial value xored with a5a5...
func sha512tIV(name string) func() [8]uint64 {
	return sync.OnceValue(func() (iv [8]uint64) {
		spec := &mdSpec{size: 64, blockSize: 128, block: sha512Compression, iv: func() [8]uint64 {
			iv := sha512Spec.iv()
			for i := range iv {
				iv[i] ^= 0xa5a5a5a5a5a5a5a5
			}
			return iv
		}}
		h := newMD(spec)
		h.Write([]byte(name))
		sum := h.Sum(nil)
		for i := range iv {
			iv[i] = binary.BigEndian.Uint64(sum[8*i:])
		}
		return iv
	})
}

func sha256Block(s *[8]uint64, p []byte) {
	k := &sha2K
	var w [64]uint32
	for i := 0; i < 16; i++ {
		w[i] = binary.BigEndian.Uint32(p[4*i:])
	}
	for i := 16; i < 64; i++ {
		s0 := bits.RotateLeft32(w[i-15], -7) ^ bits.RotateLeft32(w[i-15], -18) ^ w[i-15]>>3
		s1 := bits.RotateLeft32(w[i-2], -17) ^ bits.RotateLeft32(w[i-2], -19) ^ w[i-2]>>10
		w[i] = w[i-16] + s0 + w[i-7] + s1
	}
	var v [8]uint32
	for i := range v {
		v[i] = uint32(s[i])
	}
	a, b, c, d, e, f, g, h := v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]
	for i := 0; i < 64; i++ {
		t1 := h + (bits.RotateLeft32(e, -6) ^ bits.RotateLeft32(e, -11) ^ bits.RotateLeft32(e, -25)) +
			((e & f) ^ (^e & g)) + uint32(k[i]>>32) + w[i]
		t2 := (bits.RotateLeft32(a, -2) ^ bits.RotateLeft32(a, -13) ^ bits.RotateLeft32(a, -22)) +
			((a & b) ^ (a & c) ^ (b & c))
		h, g, f, e, d, c, b, a = g, f, e, d+t1, c, b, a, t1+t2
	}
	for i, x := range [8]uint32{a, b, c, d, e, f, g, h} {
		s[i] = uint64(uint32(s[i]) + x)
	}
}

func sha512Block(s *[8]uint64, p []byte) {
	k := &sha2K
	var w [80]uint64
	for i := 0; i < 16; i++ {
		w[i] = binary.BigEndian.Uint64(p[8*i:])
	}
	for i := 16; i < 80; i++ {
		s0 := bits.RotateLeft64(w[i-15], -1) ^ bits.RotateLeft64(w[i-15], -8) ^ w[i-15]>>7
		s1 := bits.RotateLeft64(w[i-2], -19) ^ bits.RotateLeft64(w[i-2], -61) ^ w[i-2]>>6
		w[i] = w[i-16] + s0 + w[i-7] + s1
	}
	a, b, c, d, e, f, g, h := s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]
	for i := 0; i < 80; i++ {
		t1 := h + (bits.RotateLeft64(e, -14) ^ bits.RotateLeft64(e, -18) ^ bits.RotateLeft64(e, -41)) +
			((e & f) ^ (^e & g)) + k[i] + w[i]
		t2 := (bits.RotateLeft64(a, -28) ^ bits.RotateLeft64(a, -34) ^ bits.RotateLeft64(a, -39)) +
			((a & b) ^ (a & c) ^ (b & c))
		h, g, f, e, d, c, b, a = g, f, e, d+t1, c, b, a, t1+t2
	}
	for i, x := range [8]uint64{a, b, c, d, e, f, g, h} {
		s[i] += x
	}
}
