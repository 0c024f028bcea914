// Package wasmfile reads and writes the sections of a WebAssembly binary module, and turns
// its data section into an image of the linear memory it initialises and back.
//
// It knows the little of the binary format (https://webassembly.github.io/spec/core/binary/)
// that wasm/enginepack needs: a module is a header and a list of sections; only the data
// section's contents are decoded. Every other section is kept byte for byte.
package wasmfile

import (
	"bytes"
	"errors"
	"strconv"
)

// Section IDs of the sections this package looks into.
const (
	SectionData      byte = 11
	SectionDataCount byte = 12
)

// header is the magic number and version 1 that start every binary module.
var header = []byte{0x00, 'a', 's', 'm', 0x01, 0x00, 0x00, 0x00}

// Section is one section of a module: its ID and its contents, without the ID and size.
type Section struct {
	ID      byte
	Payload []byte
}

// Parse splits a binary module into its sections, in order. The payloads share b's memory.
func Parse(b []byte) ([]Section, error) {
	if !bytes.HasPrefix(b, header) {
		return nil, errors.New("not a WebAssembly binary module (version 1)")
	}
	var sections []Section
	r := reader{b: b, pos: len(header)}
	for r.pos < len(b) {
		start := r.pos
		id := r.byte()
		size := r.u32()
		if r.err != nil || size > uint32(len(b)-r.pos) {
			return nil, errors.New("section at byte " + strconv.Itoa(start) + " runs past the end of the module")
		}
		sections = append(sections, Section{ID: id, Payload: b[r.pos : r.pos+int(size)]})
		r.pos += int(size)
	}
	return sections, nil
}

// Encode writes sections as a binary module, each with a minimal-length size.
func Encode(sections []Section) []byte {
	n := len(header)
	for _, s := range sections {
		n += 1 + 5 + len(s.Payload)
	}
	out := append(make([]byte, 0, n), header...)
	for _, s := range sections {
		out = append(out, s.ID)
		out = AppendU32(out, uint32(len(s.Payload)))
		out = append(out, s.Payload...)
	}
	return out
}

// reader decodes the binary format's integers from b; the first error sticks in err, after
// which every read returns zero.
type reader struct {
	b   []byte
	pos int
	err error
}

var errShort = errors.New("unexpected end of data")

func (r *reader) byte() byte {
	if r.err != nil || r.pos >= len(r.b) {
		r.err = errShort
		return 0
	}
	c := r.b[r.pos]
	r.pos++
	return c
}

// u32 reads an unsigned LEB128 number of at most 32 bits.
func (r *reader) u32() uint32 {
	var v uint32
	for shift := 0; shift < 35; shift += 7 {
		c := r.byte()
		v |= uint32(c&0x7f) << shift
		if c&0x80 == 0 {
			if shift == 28 && c > 0x0f {
				break
			}
			return v
		}
	}
	if r.err == nil {
		r.err = errors.New("malformed unsigned LEB128 number at byte " + strconv.Itoa(r.pos))
	}
	return 0
}

// i32 reads a signed LEB128 number of at most 32 bits.
func (r *reader) i32() int32 {
	var v int64
	for shift := 0; shift < 35; shift += 7 {
		c := r.byte()
		v |= int64(c&0x7f) << shift
		if c&0x80 == 0 {
			if c&0x40 != 0 {
				v -= 1 << (shift + 7)
			}
			if v < -1<<31 || v >= 1<<31 {
				break
			}
			return int32(v)
		}
	}
	if r.err == nil {
		r.err = errors.New("malformed signed LEB128 number at byte " + strconv.Itoa(r.pos))
	}
	return 0
}

// bytes reads n bytes.
func (r *reader) bytes(n uint32) []byte {
	if r.err != nil || n > uint32(len(r.b)-r.pos) {
		r.err = errShort
		return nil
	}
	s := r.b[r.pos : r.pos+int(n)]
	r.pos += int(n)
	return s
}

// AppendU32 appends v to b as unsigned LEB128.
func AppendU32(b []byte, v uint32) []byte {
	for v >= 0x80 {
		b = append(b, byte(v)|0x80)
		v >>= 7
	}
	return append(b, byte(v))
}

// AppendI32 appends v to b as signed LEB128.
func AppendI32(b []byte, v int32) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}
