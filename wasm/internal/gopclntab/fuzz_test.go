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
		putHeader(mem, uint64(nfunc), headerSize)
		copy(mem[headerSize:], rest)
		StripLines(mem, 0)
	})
}

// FuzzLocateFindFuncTab runs LocateFindFuncTab over memory that holds a well-formed pcHeader,
// a module data that points at it with arbitrary table addresses and PC range, and
// arbitrary bytes: it must refuse or find, and never panic or read outside mem.
func FuzzLocateFindFuncTab(f *testing.F) {
	f.Add([]byte{}, uint8(1), uint32(300), uint64(0x10000000), uint64(0x10020000), uint64(0))
	f.Add(make([]byte, 4096), uint8(2), uint32(4096), uint64(1<<16), uint64(3<<16), uint64(1<<16))
	f.Fuzz(func(t *testing.T, rest []byte, nfunc uint8, table uint32, minpc, maxpc, text uint64) {
		const base, md, tables = 4096, headerSize, headerSize + mdSize
		mem := make([]byte, tables+len(rest))
		putHeader(mem, uint64(nfunc), tables)
		copy(mem[tables:], rest)
		le := binary.LittleEndian
		ftab := base + le.Uint64(mem[hdrPclntab:])
		le.PutUint64(mem[md:], base)
		le.PutUint64(mem[md+mdFuncnametab:], base+le.Uint64(mem[hdrFuncname:]))
		le.PutUint64(mem[md+mdPclntable:], ftab)
		le.PutUint64(mem[md+mdFtab:], ftab)
		le.PutUint64(mem[md+mdFtab+8:], uint64(nfunc)+1)
		le.PutUint64(mem[md+mdFindfunctab:], uint64(table))
		le.PutUint64(mem[md+mdMinpc:], minpc)
		le.PutUint64(mem[md+mdMaxpc:], maxpc)
		le.PutUint64(mem[md+mdText:], text)
		before := append([]byte(nil), mem...)
		LocateFindFuncTab(mem, base)
		if string(before) != string(mem) {
			t.Fatal("LocateFindFuncTab changed the memory")
		}
	})
}

// putHeader writes a well-formed pcHeader at the start of mem: nfunc functions, and the
// funcname, cutab, filetab, pctab and pclntab offsets in order from tables to the end of mem.
func putHeader(mem []byte, nfunc, tables uint64) {
	le := binary.LittleEndian
	le.PutUint32(mem, magic)
	mem[6], mem[7] = 1, 8
	le.PutUint64(mem[hdrNfunc:], nfunc)
	n := uint64(len(mem))
	for i, off := range []uint64{tables, tables, tables, tables + (n-tables)/4, tables + (n-tables)/2} {
		le.PutUint64(mem[hdrFuncname+8*i:], min(off, n))
	}
}
