// Package digest computes the message digests of Python's hashlib (MD5, SHA-1, the SHA-2
// family, SHA-3 and SHAKE) and PBKDF2-HMAC, written from their specifications (RFC 1321,
// FIPS 180-4, FIPS 202, RFC 2104, RFC 8018).
//
// Go's crypto packages compute the same digests, but linking any of them brings in the
// whole FIPS 140 module (AES, a DRBG, HMAC, self-tests run at start-up), which made the
// browser engine about 160 KB bigger. The playground hashes small inputs, so plain code
// without assembly or unrolled loops is fast enough. The tests compare every digest with
// Go's crypto packages.
//
// The round constants are computed, not written out, the first time a digest needs them:
// MD5's from the sine function, SHA-2's from the roots of the first primes, SHA-3's from its
// linear feedback shift register.
package digest

import (
	"encoding/binary"
	"hash"
)

// mdHash is a Merkle–Damgård hash (MD5, SHA-1, SHA-2): a state of words updated by a
// compression function for every block of input, and a final block padded with the
// message's length in bits.
type mdHash struct {
	spec   *mdSpec
	state  [8]uint64 // 32-bit words for the hashes with 64-byte blocks
	buf    [128]byte
	nbuf   int
	length uint64 // bytes written
}

// mdSpec describes one Merkle–Damgård hash.
type mdSpec struct {
	size      int  // digest size in bytes
	blockSize int  // 64, or 128 for SHA-384 and SHA-512
	little    bool // little-endian words and length (MD5)
	iv        func() [8]uint64
	block     compression
}

// compression names a compression function. It is not a func value, so that the escape
// analysis sees that the blocks passed to it stay on the stack.
type compression int

const (
	md5Compression compression = iota
	sha1Compression
	sha256Compression
	sha512Compression
)

// compress runs the compression function on one block.
func (d *mdHash) compress(p []byte) {
	switch d.spec.block {
	case md5Compression:
		md5Block(&d.state, p)
	case sha1Compression:
		sha1Block(&d.state, p)
	case sha256Compression:
		sha256Block(&d.state, p)
	default:
		sha512Block(&d.state, p)
	}
}

func newMD(spec *mdSpec) hash.Hash {
	d := &mdHash{spec: spec}
	d.Reset()
	return d
}

func (d *mdHash) Size() int      { return d.spec.size }
func (d *mdHash) BlockSize() int { return d.spec.blockSize }

func (d *mdHash) Reset() {
	d.state = d.spec.iv()
	d.nbuf = 0
	d.length = 0
}

func (d *mdHash) Write(p []byte) (int, error) {
	n := len(p)
	d.length += uint64(n)
	bs := d.spec.blockSize
	if d.nbuf > 0 {
		k := copy(d.buf[d.nbuf:bs], p)
		d.nbuf += k
		p = p[k:]
		if d.nbuf < bs {
			return n, nil
		}
		d.compress(d.buf[:bs])
		d.nbuf = 0
	}
	for len(p) >= bs {
		d.compress(p[:bs])
		p = p[bs:]
	}
	d.nbuf = copy(d.buf[:], p)
	return n, nil
}

// Sum appends the digest of what was written so far to b; it does not change d.
func (d *mdHash) Sum(b []byte) []byte {
	c := *d
	bs := c.spec.blockSize
	lenSize := bs / 8 // 8 bytes of length for 64-byte blocks, 16 for 128-byte ones
	bits := c.length << 3
	var padBuf [256]byte
	n := bs - int(c.length%uint64(bs)) // 0x80, zeros, then the length: at least 1+lenSize
	if n < 1+lenSize {
		n += bs
	}
	pad := padBuf[:n]
	pad[0] = 0x80
	tail := pad[n-8:]
	if c.spec.little {
		binary.LittleEndian.PutUint64(tail, bits)
	} else {
		binary.BigEndian.PutUint64(tail, bits)
		if lenSize == 16 {
			binary.BigEndian.PutUint64(pad[n-16:], c.length>>61)
		}
	}
	c.Write(pad)
	var outBuf [64]byte
	out := outBuf[:0]
	for _, w := range c.state {
		switch {
		case bs == 128:
			out = binary.BigEndian.AppendUint64(out, w)
		case c.spec.little:
			out = binary.LittleEndian.AppendUint32(out, uint32(w))
		default:
			out = binary.BigEndian.AppendUint32(out, uint32(w))
		}
	}
	return append(b, out[:c.spec.size]...)
}

// The constructors of the hashes.

// NewMD5 returns an MD5 hash.
func NewMD5() hash.Hash { return newMD(md5Spec) }

// NewSHA1 returns a SHA-1 hash.
func NewSHA1() hash.Hash { return newMD(sha1Spec) }

// NewSHA224 returns a SHA-224 hash.
func NewSHA224() hash.Hash { return newMD(sha224Spec) }

// NewSHA256 returns a SHA-256 hash.
func NewSHA256() hash.Hash { return newMD(sha256Spec) }

// NewSHA384 returns a SHA-384 hash.
func NewSHA384() hash.Hash { return newMD(sha384Spec) }

// NewSHA512 returns a SHA-512 hash.
func NewSHA512() hash.Hash { return newMD(sha512Spec) }

// NewSHA512_224 returns a SHA-512/224 hash.
func NewSHA512_224() hash.Hash { return newMD(sha512_224Spec) }

// NewSHA512_256 returns a SHA-512/256 hash.
func NewSHA512_256() hash.Hash { return newMD(sha512_256Spec) }

// SumSHA512 returns the SHA-512 digest of b.
func SumSHA512(b []byte) []byte {
	h := NewSHA512()
	h.Write(b)
	return h.Sum(nil)
}
