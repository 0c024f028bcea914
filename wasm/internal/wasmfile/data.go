package wasmfile

import (
	"errors"
	"strconv"
)

// MaxSegments is the most data segments a module may have before browsers refuse it (V8's
// limit, which Go's linker also keeps to).
const MaxSegments = 100000

// maxImage bounds the memory a data section may describe, so that a corrupt offset cannot
// make DecodeData allocate gigabytes. The engine's data is under 5 MiB.
const maxImage = 64 << 20

// Image is the part of linear memory 0 that a data section initialises: Bytes holds the
// memory from address Base on. Every byte outside it, and every byte in it that no segment
// wrote, is zero when the module is instantiated.
type Image struct {
	Base  uint32
	Bytes []byte
}

// segment is one active data segment: bytes to copy to address offset.
type segment struct {
	offset uint32
	data   []byte
}

// DecodeData builds the memory image that a data section's payload initialises, and returns
// it with the number of segments the payload has. It accepts what Go's linker writes: active
// segments for memory 0, each with an i32.const offset. Where segments overlap, a later one
// overwrites an earlier one, as instantiation does.
func DecodeData(payload []byte) (*Image, int, error) {
	r := reader{b: payload}
	n := r.u32()
	if r.err != nil {
		return nil, 0, errors.New("data section: " + r.err.Error())
	}
	if n > MaxSegments {
		return nil, 0, errors.New("data section has " + strconv.Itoa(int(n)) + " segments, more than a browser accepts")
	}
	segments := make([]segment, 0, n)
	lo, hi := uint64(1<<32), uint64(0)
	for i := uint32(0); i < n && r.err == nil; i++ {
		flag := r.u32()
		op := r.byte()
		offset := uint32(r.i32())
		end := r.byte()
		size := r.u32()
		data := r.bytes(size)
		if r.err != nil {
			break
		}
		if flag != 0 || op != 0x41 || end != 0x0b {
			return nil, 0, errors.New("data segment " + strconv.Itoa(int(i)) + " is not an active segment of memory 0 at an i32.const offset")
		}
		if len(data) == 0 {
			continue
		}
		if uint64(offset)+uint64(len(data)) > 1<<32 {
			return nil, 0, errors.New("data segment " + strconv.Itoa(int(i)) + " runs past the end of 32-bit memory")
		}
		segments = append(segments, segment{offset, data})
		lo = min(lo, uint64(offset))
		hi = max(hi, uint64(offset)+uint64(len(data)))
	}
	if r.err != nil {
		return nil, 0, errors.New("data section: " + r.err.Error())
	}
	if r.pos != len(payload) {
		return nil, 0, errors.New("data section has bytes after its last segment")
	}
	if len(segments) == 0 {
		return &Image{}, int(n), nil
	}
	if hi-lo > maxImage {
		return nil, 0, errors.New("data section spans more than 64 MiB of memory")
	}
	img := &Image{Base: uint32(lo), Bytes: make([]byte, hi-lo)}
	for _, s := range segments {
		copy(img.Bytes[s.offset-img.Base:], s.data)
	}
	return img, int(n), nil
}

// EncodeData writes img as a data section's payload, and returns it with its number of
// segments. A segment ends only where at least minGap zero bytes follow: a shorter run of
// zeros is cheaper to keep, since a segment's header costs bytes that compress badly (its
// offset changes from one segment to the next) while zeros compress to almost nothing.
// Leading and trailing zeros are dropped. It fails if that makes more than MaxSegments
// segments.
func EncodeData(img *Image, minGap int) ([]byte, int, error) {
	minGap = max(minGap, 1)
	var spans [][2]int // [start, end) in img.Bytes
	b := img.Bytes
	for i := 0; i < len(b); {
		if b[i] == 0 {
			i++
			continue
		}
		start := i
		end := i
		for i < len(b) {
			if b[i] != 0 {
				i++
				end = i
				continue
			}
			z := i
			for i < len(b) && b[i] == 0 {
				i++
			}
			if i-z >= minGap || i == len(b) {
				break
			}
		}
		spans = append(spans, [2]int{start, end})
	}
	if len(spans) > MaxSegments {
		return nil, 0, errors.New(strconv.Itoa(len(spans)) + " data segments would be more than a browser accepts; use a larger gap")
	}
	out := AppendU32(nil, uint32(len(spans)))
	for _, s := range spans {
		out = append(out, 0x00, 0x41) // active, memory 0; i32.const
		out = AppendI32(out, int32(img.Base+uint32(s[0])))
		out = append(out, 0x0b) // end
		out = AppendU32(out, uint32(s[1]-s[0]))
		out = append(out, b[s[0]:s[1]]...)
	}
	return out, len(spans), nil
}
