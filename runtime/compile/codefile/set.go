package codefile

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"sync"

	"github.com/asobiba/asobiba/runtime/compile"
)

// A set file holds many compiled modules, each under its file name and with a hash of the
// source it was compiled from, so that a module whose source has changed since is not used:
//
//	"ASOS" version count (name-length name fnv64a(source) code-length code)...
//
// where code is a file written by Encode and fnv64a is 8 bytes, little-endian.
const setMagic = "ASOS"

// Module is one entry of a set: a module's file name, its source and its compiled code.
type Module struct {
	Filename string
	Source   []byte
	Code     *compile.Code
}

// EncodeSet writes modules as one set file, in the order given.
func EncodeSet(modules []Module) ([]byte, error) {
	out := append([]byte(setMagic), version)
	out = binary.AppendUvarint(out, uint64(len(modules)))
	for _, m := range modules {
		data, err := Encode(m.Code)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", m.Filename, err)
		}
		out = binary.AppendUvarint(out, uint64(len(m.Filename)))
		out = append(out, m.Filename...)
		out = binary.LittleEndian.AppendUint64(out, sourceHash(m.Source))
		out = binary.AppendUvarint(out, uint64(len(data)))
		out = append(out, data...)
	}
	return out, nil
}

// Set is a read set file. Its modules are decoded when first asked for.
type Set struct {
	entries map[string]*setEntry
}

type setEntry struct {
	hash uint64
	data []byte
	once sync.Once
	code *compile.Code
	err  error
}

// OpenSet indexes a set file without decoding its modules. The data must not change
// afterwards.
func OpenSet(data []byte) (*Set, error) {
	if len(data) < len(setMagic)+1 || string(data[:len(setMagic)]) != setMagic {
		return nil, errors.New("codefile: not a set of compiled modules")
	}
	if v := data[len(setMagic)]; v != version {
		return nil, fmt.Errorf("codefile: set format version %d, want %d", v, version)
	}
	d := &decoder{data: data, pos: len(setMagic) + 1}
	n := d.uint()
	if n > uint64(len(data)) {
		return nil, errTruncated
	}
	s := &Set{entries: map[string]*setEntry{}}
	for i := uint64(0); i < n && d.err == nil; i++ {
		name := d.bytes()
		hash := d.uint64Bits()
		code := d.bytes()
		s.entries[string(name)] = &setEntry{hash: hash, data: code}
	}
	if d.err != nil {
		return nil, d.err
	}
	if d.pos != len(data) {
		return nil, errors.New("codefile: trailing data after the set")
	}
	return s, nil
}

// Len returns the number of modules in the set.
func (s *Set) Len() int { return len(s.entries) }

// Find returns the compiled code of the module with this file name when the set holds it
// for this very source. A module that cannot be decoded is reported as missing, so that the
// caller compiles its source instead. It is safe to call from several goroutines.
func (s *Set) Find(filename string, src []byte) (*compile.Code, bool) {
	e := s.entries[filename]
	if e == nil || e.hash != sourceHash(src) {
		return nil, false
	}
	e.once.Do(func() { e.code, e.err = Decode(e.data) })
	return e.code, e.err == nil
}

// bytes reads a length-prefixed byte string.
func (d *decoder) bytes() []byte {
	n := d.uint()
	if d.err != nil || n > uint64(len(d.data)-d.pos) {
		d.fail(errTruncated)
		return nil
	}
	b := d.data[d.pos : d.pos+int(n)]
	d.pos += int(n)
	return b
}

func sourceHash(src []byte) uint64 {
	h := fnv.New64a()
	h.Write(src)
	return h.Sum64()
}
