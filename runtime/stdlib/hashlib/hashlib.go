// Package hashlib implements _hashlib, the Go half of Python's hashlib module: one-shot
// digests of byte strings (computed by runtime/internal/digest), and PBKDF2.
//
// The hash objects themselves (update, copy, hexdigest, ...) live in pylib's hashlib.py,
// which keeps the bytes fed so far and asks digest for the result. Keeping the state in
// Python makes copy() trivial; the cost, hashing everything again on each digest(), is
// negligible for the sizes a playground program hashes.
package hashlib

import (
	"hash"
	"hash/crc32"

	"github.com/asobiba/asobiba/runtime/internal/digest"
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// constructors maps CPython's algorithm names to the hashes.
var constructors = map[string]func() hash.Hash{
	"md5":        digest.NewMD5,
	"sha1":       digest.NewSHA1,
	"sha224":     digest.NewSHA224,
	"sha256":     digest.NewSHA256,
	"sha384":     digest.NewSHA384,
	"sha512":     digest.NewSHA512,
	"sha512_224": digest.NewSHA512_224,
	"sha512_256": digest.NewSHA512_256,
	"sha3_224":   digest.NewSHA3_224,
	"sha3_256":   digest.NewSHA3_256,
	"sha3_384":   digest.NewSHA3_384,
	"sha3_512":   digest.NewSHA3_512,
}

// bytesArg accepts bytes, bytearray and memoryview-like values (anything modkit.Bytes
// reads) and reports CPython's error for str and other objects.
func bytesArg(v vm.Value) ([]byte, error) {
	if b, ok := modkit.Bytes(v); ok {
		return b, nil
	}
	if _, isStr := v.(vm.Str); isStr {
		return nil, vm.Errorf(vm.TypeErrorType, "Strings must be encoded before hashing")
	}
	return nil, vm.Errorf(vm.TypeErrorType, "object supporting the buffer API required")
}

func newHash(name string) (hash.Hash, error) {
	c, ok := constructors[name]
	if !ok {
		return nil, vm.Errorf(vm.ValueErrorType, "unsupported hash type %s", name)
	}
	return c(), nil
}

// Load builds the _hashlib module.
func Load(th *vm.Thread) (*vm.Module, error) {
	m := modkit.NewModule("_hashlib", "Digests for hashlib.")
	modkit.Function(m, "digest", "name, data, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		name, err := modkit.StrArg("digest", 1, a[0])
		if err != nil {
			return nil, err
		}
		data, err := bytesArg(a[1])
		if err != nil {
			return nil, err
		}
		h, err := newHash(name)
		if err != nil {
			return nil, err
		}
		h.Write(data)
		return vm.Bytes(h.Sum(nil)), nil
	})
	modkit.Function(m, "sizes", "name, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		name, err := modkit.StrArg("sizes", 1, a[0])
		if err != nil {
			return nil, err
		}
		h, err := newHash(name)
		if err != nil {
			return nil, err
		}
		return vm.Tuple{vm.Int(h.Size()), vm.Int(h.BlockSize())}, nil
	})
	modkit.Function(m, "shake", "bits, data, length, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		bits, err := modkit.Int64(th, a[0])
		if err != nil {
			return nil, err
		}
		data, err := bytesArg(a[1])
		if err != nil {
			return nil, err
		}
		n, err := modkit.Int64(th, a[2])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, vm.Errorf(vm.ValueErrorType, "length must be non-negative")
		}
		if bits != 128 {
			bits = 256
		}
		return vm.Bytes(digest.Shake(int(bits), data, int(n))), nil
	})
	modkit.Function(m, "pbkdf2_hmac", "hash_name, password, salt, iterations, dklen", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		name, err := modkit.StrArg("pbkdf2_hmac", 1, a[0])
		if err != nil {
			return nil, err
		}
		c, ok := constructors[name]
		if !ok {
			return nil, vm.Errorf(vm.ValueErrorType, "unsupported hash type %s", name)
		}
		password, err := bytesArg(a[1])
		if err != nil {
			return nil, err
		}
		salt, err := bytesArg(a[2])
		if err != nil {
			return nil, err
		}
		iter, err := modkit.Int64(th, a[3])
		if err != nil {
			return nil, err
		}
		if iter < 1 {
			return nil, vm.Errorf(vm.ValueErrorType, "iteration value must be greater than 0.")
		}
		dklen, err := modkit.Int64(th, a[4])
		if err != nil {
			return nil, err
		}
		if dklen < 1 {
			return nil, vm.Errorf(vm.ValueErrorType, "key length must be greater than 0.")
		}
		return vm.Bytes(digest.PBKDF2(c, password, salt, int(iter), int(dklen))), nil
	})
	// crc32 serves binascii.crc32 and zlib-style checksums.
	modkit.Function(m, "crc32", "data, crc=0, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		data, ok := modkit.Bytes(a[0])
		if !ok {
			return nil, vm.Errorf(vm.TypeErrorType, "a bytes-like object is required, not '%s'", a[0].Type().Name)
		}
		start, err := modkit.Int64(th, modkit.Or(a[1], vm.Int(0)))
		if err != nil {
			return nil, err
		}
		return vm.Int(int64(crc32.Update(uint32(start), crc32.IEEETable, data))), nil
	})
	return m, nil
}
