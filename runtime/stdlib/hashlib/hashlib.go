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

// constructor returns the hash of one of CPython's algorithm names. It is a switch rather
// than a map, which the engine would build at start-up for programs that never hash.
func constructor(name string) (func() hash.Hash, bool) {
	switch name {
	case "md5":
		return digest.NewMD5, true
	case "sha1":
		return digest.NewSHA1, true
	case "sha224":
		return digest.NewSHA224, true
	case "sha256":
		return digest.NewSHA256, true
	case "sha384":
		return digest.NewSHA384, true
	case "sha512":
		return digest.NewSHA512, true
	case "sha512_224":
		return digest.NewSHA512_224, true
	case "sha512_256":
		return digest.NewSHA512_256, true
	case "sha3_224":
		return digest.NewSHA3_224, true
	case "sha3_256":
		return digest.NewSHA3_256, true
	case "sha3_384":
		return digest.NewSHA3_384, true
	case "sha3_512":
		return digest.NewSHA3_512, true
	}
	return nil, false
}

// bytesArg accepts bytes, bytearray and memoryview-like values (anything modkit.Bytes
// reads) and reports CPython's error for str and other objects.
func bytesArg(th *vm.Thread, v vm.Value) ([]byte, error) {
	if b, ok, err := modkit.Buffer(th, v); ok || err != nil {
		return b, err
	}
	if _, isStr := v.(vm.Str); isStr {
		return nil, vm.Errorf(vm.TypeErrorType, "Strings must be encoded before hashing")
	}
	return nil, vm.Errorf(vm.TypeErrorType, "object supporting the buffer API required")
}

func newHash(name string) (hash.Hash, error) {
	c, ok := constructor(name)
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
		data, err := bytesArg(th, a[1])
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
		data, err := bytesArg(th, a[1])
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
		c, ok := constructor(name)
		if !ok {
			return nil, vm.Errorf(vm.ValueErrorType, "unsupported hash type %s", name)
		}
		password, err := bytesArg(th, a[1])
		if err != nil {
			return nil, err
		}
		salt, err := bytesArg(th, a[2])
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
