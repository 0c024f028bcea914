package digest

import (
	"encoding/binary"
	"hash"
)

// copier is a hash whose state can be set from another of the same kind; every hash of
// this package is one.
type copier interface {
	hash.Hash
	copyFrom(h copier)
}

func (d *mdHash) copyFrom(h copier) { *d = *h.(*mdHash) }
func (s *sponge) copyFrom(h copier) { *s = *h.(*sponge) }

// hmac is HMAC (RFC 2104) over a hash. It keeps the states after the padded keys, so that a
// MAC costs the hashing of the message only, which PBKDF2's thousands of rounds repeat.
type hmac struct {
	inner, outer copier // after the inner and the outer padded key
	in, out      copier // scratch
	sum1         []byte // scratch
}

func newHMAC(h func() hash.Hash, key []byte) *hmac {
	inner, outer := h().(copier), h().(copier)
	bs := inner.BlockSize()
	if len(key) > bs {
		outer.Write(key)
		key = outer.Sum(nil)
		outer.Reset()
	}
	ipad := make([]byte, bs)
	opad := make([]byte, bs)
	copy(ipad, key)
	copy(opad, key)
	for i := range ipad {
		ipad[i] ^= 0x36
		opad[i] ^= 0x5c
	}
	inner.Write(ipad)
	outer.Write(opad)
	return &hmac{inner: inner, outer: outer, in: h().(copier), out: h().(copier)}
}

// sum appends the MAC of the concatenated parts to dst.
func (m *hmac) sum(dst []byte, parts ...[]byte) []byte {
	m.in.copyFrom(m.inner)
	for _, p := range parts {
		m.in.Write(p)
	}
	m.sum1 = m.in.Sum(m.sum1[:0])
	m.out.copyFrom(m.outer)
	m.out.Write(m.sum1)
	return m.out.Sum(dst)
}

// PBKDF2 derives a key of keyLen bytes with PBKDF2-HMAC (RFC 8018, section 5.2), as
// hashlib.pbkdf2_hmac does, with a hash of this package. iter and keyLen must be positive.
func PBKDF2(h func() hash.Hash, password, salt []byte, iter, keyLen int) []byte {
	prf := newHMAC(h, password)
	var key, u, next []byte
	for block := uint32(1); len(key) < keyLen; block++ {
		u = prf.sum(u[:0], salt, binary.BigEndian.AppendUint32(nil, block))
		t := append([]byte(nil), u...)
		for i := 1; i < iter; i++ {
			next = prf.sum(next[:0], u)
			u, next = next, u
			for j := range t {
				t[j] ^= u[j]
			}
		}
		key = append(key, t...)
	}
	return key[:keyLen]
}
