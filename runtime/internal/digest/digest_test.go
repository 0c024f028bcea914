package digest

import (
	"bytes"
	"crypto/md5"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"hash"
	"math/rand/v2"
	"testing"
)

// lengths are input sizes around the block boundaries (64, 128, and SHA-3's rates).
var lengths = []int{0, 1, 3, 55, 56, 57, 63, 64, 65, 71, 72, 73, 103, 104, 111, 112, 113, 127, 128, 129, 135, 136, 137, 143, 144, 167, 168, 169, 200, 1000, 4099}

// TestDigests compares every digest with Go's crypto packages on inputs of many lengths,
// written whole and in pieces.
func TestDigests(t *testing.T) {
	cases := []struct {
		name      string
		ours, std func() hash.Hash
	}{
		{"md5", NewMD5, md5.New},
		{"sha1", NewSHA1, sha1.New},
		{"sha224", NewSHA224, sha256.New224},
		{"sha256", NewSHA256, sha256.New},
		{"sha384", NewSHA384, sha512.New384},
		{"sha512", NewSHA512, sha512.New},
		{"sha512_224", NewSHA512_224, sha512.New512_224},
		{"sha512_256", NewSHA512_256, sha512.New512_256},
		{"sha3_224", NewSHA3_224, func() hash.Hash { return sha3.New224() }},
		{"sha3_256", NewSHA3_256, func() hash.Hash { return sha3.New256() }},
		{"sha3_384", NewSHA3_384, func() hash.Hash { return sha3.New384() }},
		{"sha3_512", NewSHA3_512, func() hash.Hash { return sha3.New512() }},
	}
	r := rand.New(rand.NewPCG(1, 2))
	for _, c := range cases {
		for _, n := range lengths {
			data := make([]byte, n)
			for i := range data {
				data[i] = byte(r.Uint32())
			}
			want := c.std()
			want.Write(data)
			h := c.ours()
			if h.Size() != want.Size() || h.BlockSize() != want.BlockSize() {
				t.Errorf("%s: size %d block %d, want %d %d", c.name, h.Size(), h.BlockSize(), want.Size(), want.BlockSize())
			}
			h.Write(data)
			if got := h.Sum([]byte("x")); !bytes.Equal(got[1:], want.Sum(nil)) || got[0] != 'x' {
				t.Errorf("%s of %d bytes: %x, want %x", c.name, n, got[1:], want.Sum(nil))
			}
			// In pieces, after a Sum and a Reset.
			h.Sum(nil)
			h.Reset()
			for rest := data; len(rest) > 0; {
				k := min(len(rest), 1+r.IntN(70))
				h.Write(rest[:k])
				rest = rest[k:]
			}
			if got := h.Sum(nil); !bytes.Equal(got, want.Sum(nil)) {
				t.Errorf("%s of %d bytes in pieces: %x, want %x", c.name, n, got, want.Sum(nil))
			}
		}
	}
	if got, want := SumSHA512([]byte("abc")), sha512.Sum512([]byte("abc")); !bytes.Equal(got, want[:]) {
		t.Errorf("SumSHA512: %x", got)
	}
}

// TestShake compares SHAKE output of many lengths with Go's.
func TestShake(t *testing.T) {
	for _, bits := range []int{128, 256} {
		for _, n := range lengths {
			data := bytes.Repeat([]byte{byte(n)}, n)
			for _, size := range []int{0, 1, 32, 135, 136, 137, 168, 169, 500} {
				var want []byte
				if bits == 128 {
					want = sha3.SumSHAKE128(data, size)
				} else {
					want = sha3.SumSHAKE256(data, size)
				}
				if got := Shake(bits, data, size); !bytes.Equal(got, want) {
					t.Errorf("SHAKE%d of %d bytes, %d out: %x, want %x", bits, n, size, got, want)
				}
			}
		}
	}
}

// TestPBKDF2 compares PBKDF2-HMAC with Go's, with keys shorter and longer than a block.
func TestPBKDF2(t *testing.T) {
	for _, h := range []func() hash.Hash{NewSHA1, NewSHA256, NewSHA512, NewMD5, NewSHA3_256} {
		std := map[int]func() hash.Hash{16: md5.New, 20: sha1.New, 32: sha256.New, 64: sha512.New}[h().Size()]
		if h().BlockSize() == 136 {
			std = func() hash.Hash { return sha3.New256() }
		}
		for _, pw := range []string{"", "password", string(bytes.Repeat([]byte("k"), 200))} {
			for _, keyLen := range []int{1, 20, 32, 65, 100} {
				want, err := pbkdf2.Key(std, pw, []byte("salt"), 3, keyLen)
				if err != nil {
					t.Fatal(err)
				}
				if got := PBKDF2(h, []byte(pw), []byte("salt"), 3, keyLen); !bytes.Equal(got, want) {
					t.Errorf("PBKDF2 size %d, password %d bytes, key %d: %x, want %x", h().Size(), len(pw), keyLen, got, want)
				}
			}
		}
	}
}
