// Package hashlib implements _hashlib, the digests behind the hashlib, hmac and binascii
// modules (written in Python in pylib): Go's crypto packages compute them.
package hashlib

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"hash"
	"hash/crc32"

	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// constructors maps hashlib's algorithm names to Go's implementations.
var constructors = map[string]func() hash.Hash{
	"md5":      md5.New,
	"sha1":     sha1.New,
	"sha224":   sha256.New224,
	"sha256":   sha256.New,
	"sha384":   sha512.New384,
	"sha512":   sha512.New,
	"sha3_224": func() hash.Hash { return sha3.New224() },
	"sha3_256": func() hash.Hash { return sha3.New256() },
	"sha3_384": func() hash.Hash { return sha3.New384() },
	"sha3_512": func() hash.Hash { return sha3.New512() },
}

// Load builds the _hashlib module.
func Load(th *vm.Thread) (*vm.Module, error) {
	m := modkit.NewModule("_hashlib", "Digests computed by Go's crypto packages.")
	var names []vm.Value
	for name := range constructors {
		names = append(names, vm.Str(name))
	}
	modkit.Set(m, "names", vm.Tuple(names))
	modkit.Function(m, "digest", "name, data, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		name, _ := modkit.Str(a[0])
		newHash, ok := constructors[name]
		if !ok {
			return nil, vm.Errorf(vm.ValueErrorType, "unsupported hash type %s", name)
		}
		data, ok := modkit.Bytes(a[1])
		if !ok {
			return nil, vm.Errorf(vm.TypeErrorType, "object supporting the buffer API required")
		}
		h := newHash()
		h.Write(data)
		return vm.Bytes(h.Sum(nil)), nil
	})
	modkit.Function(m, "sizes", "name, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		name, _ := modkit.Str(a[0])
		newHash, ok := constructors[name]
		if !ok {
			return nil, vm.Errorf(vm.ValueErrorType, "unsupported hash type %s", name)
		}
		h := newHash()
		return vm.Tuple{vm.Int(int64(h.Size())), vm.Int(int64(h.BlockSize()))}, nil
	})
	modkit.Function(m, "shake", "bits, data, length, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		bits, err := modkit.Int64(th, a[0])
		if err != nil {
			return nil, err
		}
		data, _ := modkit.Bytes(a[1])
		n, err := modkit.Int64(th, a[2])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, vm.Errorf(vm.ValueErrorType, "negative digest length")
		}
		out := make([]byte, n)
		if bits == 128 {
			h := sha3.NewSHAKE128()
			h.Write(data)
			h.Read(out)
		} else {
			h := sha3.NewSHAKE256()
			h.Write(data)
			h.Read(out)
		}
		return vm.Bytes(out), nil
	})
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
