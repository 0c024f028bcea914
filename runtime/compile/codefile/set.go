package codefile

import (
	"encoding/binary"
	"errors"
	"hash/fnv"
	"sync"

	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
)

// A set file holds many compiled modules, each under its file name and with a hash of the
// source it was compiled from, so that a module whose source has changed since is not used:
//
//	"ASOS" version table count (name-length name fnv64a(source) stream-lengths)... streams
//
// where table is the string table of all the modules, fnv64a is 8 bytes, little-endian,
// stream-lengths are the lengths of the module's streams (numStreams of them, in stream
// order), and streams hold every module's first stream, then every module's second, and so
// on. Sharing the table stores the names that every module uses once, and keeping each kind
// of stream together across modules lets the compressor see all the opcodes (or all the
// line deltas) of the standard library as one run of similar data.
const setMagic = "ASOS"

// Module is one entry of a set: a module's file name, its source and its compiled code.
type Module struct {
	Filename string
	Source   []byte
	Code     *compile.Code
}

// EncodeSet writes modules as one set file, in the order given.
func EncodeSet(modules []Module) ([]byte, error) {
	codes := make([]*compile.Code, len(modules))
	for i, m := range modules {
		codes[i] = m.Code
	}
	t, err := newTable(codes)
	if err != nil {
		return nil, err
	}
	all := make([][numStreams][]byte, len(modules))
	for i, m := range modules {
		if all[i], err = t.streams(m.Code); err != nil {
			return nil, msgfmt.Errorf("%s: %w", m.Filename, err)
		}
	}
	out := append([]byte(setMagic), version)
	out = t.append(out)
	out = binary.AppendUvarint(out, uint64(len(modules)))
	for i, m := range modules {
		out = binary.AppendUvarint(out, uint64(len(m.Filename)))
		out = append(out, m.Filename...)
		out = binary.LittleEndian.AppendUint64(out, sourceHash(m.Source))
		for _, s := range all[i] {
			out = binary.AppendUvarint(out, uint64(len(s)))
		}
	}
	for k := range numStreams {
		for i := range all {
			out = append(out, all[i][k]...)
		}
	}
	return out, nil
}

// Set is a read set file. Its modules are decoded when first asked for.
type Set struct {
	table   []string
	entries map[string]*setEntry
}

type setEntry struct {
	hash    uint64
	streams [numStreams][]byte
	once    sync.Once
	code    *compile.Code
	err     error
}

// OpenSet indexes a set file without decoding its modules. The data must not change
// afterwards.
func OpenSet(data []byte) (*Set, error) {
	if len(data) < len(setMagic)+1 || string(data[:len(setMagic)]) != setMagic {
		return nil, errors.New("codefile: not a set of compiled modules")
	}
	if v := data[len(setMagic)]; v != version {
		return nil, msgfmt.Errorf("codefile: set format version %d, want %d", v, version)
	}
	var err error
	r := &reader{data: data, pos: len(setMagic) + 1, err: &err}
	table := r.table()
	n := r.uint()
	if err != nil {
		return nil, err
	}
	if n > uint64(len(data)) {
		return nil, errTruncated
	}
	s := &Set{table: table, entries: map[string]*setEntry{}}
	order := make([]*setEntry, 0, n)
	sizes := make([][numStreams]uint64, 0, n)
	for i := uint64(0); i < n && err == nil; i++ {
		name := r.bytes(r.uint())
		e := &setEntry{hash: r.uint64Bits()}
		var size [numStreams]uint64
		for k := range size {
			size[k] = r.uint()
		}
		s.entries[string(name)] = e
		order = append(order, e)
		sizes = append(sizes, size)
	}
	for k := range numStreams {
		for i, e := range order {
			e.streams[k] = r.bytes(sizes[i][k])
		}
	}
	if err != nil {
		return nil, err
	}
	if r.pos != len(data) {
		return nil, errors.New("codefile: trailing data after the set")
	}
	return s, nil
}

// Len returns the number of modules in the set.
func (s *Set) Len() int { return len(s.entries) }

// Find returns the compiled code of the module with this file name when the set holds it
// for this very source. A nil src (not an empty one) finds the module by its file name
// alone, for a caller that does not have the source at hand and trusts the set to come from
// the same build as the sources. A module that cannot be decoded is reported as missing, so
// that the caller compiles its source instead. It is safe to call from several goroutines.
func (s *Set) Find(filename string, src []byte) (*compile.Code, bool) {
	e := s.entries[filename]
	if e == nil || src != nil && e.hash != sourceHash(src) {
		return nil, false
	}
	e.once.Do(func() { e.code, e.err = decodeStreams(&e.streams, s.table) })
	return e.code, e.err == nil
}

func sourceHash(src []byte) uint64 {
	h := fnv.New64a()
	h.Write(src)
	return h.Sum64()
}
