package gopclntab

import (
	"encoding/binary"
	"testing"
)

// FuzzStripLines runs StripLines over memory that holds a well-formed pcHeader followed by
// arbitrary bytes: it must refuse or edit, and never panic or read outside mem.
func FuzzStripLines(f *testing.F) {
	f.Add([]byte{}, uint8(0))
	f.Add(make([]byte, 256), uint8(3))
	f.Add([]byte{1, 0, 0, 0, 0x80, 0, 0, 0, 8, 0, 0, 0, 16, 0, 0, 0}, uint8(1))
	f.Fuzz(func(t *testing.T, rest []byte, nfunc uint8) {
		mem := make([]byte, headerSize+len(rest))
		le := binary.LittleEndian
		le.PutUint32(mem, magic)
		mem[6], mem[7] = 1, 8
		le.PutUint64(mem[hdrNfunc:], uint64(nfunc))
		// funcname, cutab, filetab, pctab and pclntab offsets, in order, inside mem.
		n := uint64(len(mem))
		for i, off := range []uint64{headerSize, headerSize, headerSize, headerSize + n/4, headerSize + n/2} {
			le.PutUint64(mem[hdrFuncname+8*i:], min(off, n))
		}
		copy(mem[headerSize:], rest)
		StripLines(mem, 0)
	})
}
