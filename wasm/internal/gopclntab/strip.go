// Package gopclntab edits the function table that Go's linker writes into a program's data
// (the "pclntab", read by Go's runtime/symtab.go), in a memory image of a linked program.
//
// It makes two edits. FindFuncTab (findfunctab.go) lets the runtime's pc → function lookup
// table be left out of the data and built again when the program starts. StripLines removes
// the tables that map a program counter to a source file and line. Go's runtime reads them
// only to print file:line in stack traces (panics, runtime/debug.Stack, runtime.Caller); a
// function whose table offset is 0 reports "?" and line 0 there (runtime.funcline1), and
// then never reads the file names (cutab, filetab) or a function's compilation unit, and its
// first line only reaches runtime.Frame's unexported startLine, so those go too. The tables
// it needs to run (the stack-pointer deltas and the pcdata of the garbage collector's stack
// maps) and the function names are kept.
//
// The layout is Go 1.20's and later (magic 0xfffffff1), for 64-bit pointers. Both check
// what they read, and change nothing unless the whole table makes sense.
package gopclntab

import (
	"encoding/binary"
	"errors"
	"strconv"
)

// magic starts the pcHeader of Go 1.20 and later (abi.Go120PCLnTabMagic).
const magic = 0xfffffff1

// Offsets in the pcHeader (runtime.pcHeader): magic uint32, pad1, pad2, minLC, ptrSize
// uint8, then nfunc, nfiles, an unused word, and the offsets of funcnametab, cutab, filetab,
// pctab and pclntab from the header, each 8 bytes.
const (
	hdrNfunc     = 8
	hdrFuncname  = 32
	hdrCutab     = 40
	hdrPctab     = 56
	hdrPclntab   = 64
	headerSize   = 72
	funcPcsp     = 16 // offsets in a _func (runtime._func)
	funcPcfile   = 20
	funcPcln     = 24
	funcNpcdata  = 28
	funcCuOffset = 32
	funcStart    = 36
	funcNfuncdat = 43
	funcSize     = 44 // where its pcdata offsets start
)

// Stats says what StripLines removed.
type Stats struct {
	Funcs       int // functions in the table
	Tables      int // distinct file and line tables dropped
	ZeroedBytes int // bytes of those tables no other table shares, now zero
}

// StripLines finds the one Go function table in mem, the memory from address base on. It
// points every function's file and line tables at "none" (offset 0) and zeroes the bytes of
// those tables that no kept table shares (the linker stores identical tables once). It also
// zeroes the file names and each function's compilation unit and first line, so that all of
// it compresses to nothing.
func StripLines(mem []byte, base uint32) (Stats, error) {
	h, err := findHeader(mem, base)
	if err != nil {
		return Stats{}, err
	}
	le := binary.LittleEndian
	word := func(off int) int { return int(le.Uint64(mem[h+off:])) }
	nfunc := word(hdrNfunc)
	cutab := h + word(hdrCutab)
	pctab := h + word(hdrPctab)
	functab := h + word(hdrPclntab)
	if nfunc <= 0 || nfunc > len(mem)/8 || functab+8*(nfunc+1) > len(mem) || pctab >= functab {
		return Stats{}, errors.New("pclntab: function table out of range")
	}
	pctabLen := functab - pctab

	type table struct{ off, n int }
	var kept, dropped []table
	seenDropped := map[int]bool{}
	funcs := make([]int, nfunc)
	for i := range nfunc {
		f := functab + int(le.Uint32(mem[functab+8*i+4:]))
		if f+funcSize > len(mem) {
			return Stats{}, errors.New("pclntab: function " + strconv.Itoa(i) + " out of range")
		}
		npcdata := int(le.Uint32(mem[f+funcNpcdata:]))
		if npcdata > 64 || f+funcSize+4*npcdata+4*int(mem[f+funcNfuncdat]) > len(mem) {
			return Stats{}, errors.New("pclntab: function " + strconv.Itoa(i) + " has a malformed header")
		}
		funcs[i] = f
		measure := func(off uint32) (table, error) {
			if off == 0 {
				return table{}, nil
			}
			n, ok := tableLen(mem[pctab:pctab+pctabLen], int(off))
			if !ok {
				return table{}, errors.New("pclntab: function " + strconv.Itoa(i) + " has a table that runs past pctab")
			}
			return table{int(off), n}, nil
		}
		for _, field := range []int{funcPcfile, funcPcln} {
			t, err := measure(le.Uint32(mem[f+field:]))
			if err != nil {
				return Stats{}, err
			}
			if t.n > 0 && !seenDropped[t.off] {
				seenDropped[t.off] = true
				dropped = append(dropped, t)
			}
		}
		keptOffs := []uint32{le.Uint32(mem[f+funcPcsp:])}
		for j := range npcdata {
			keptOffs = append(keptOffs, le.Uint32(mem[f+funcSize+4*j:]))
		}
		for _, off := range keptOffs {
			t, err := measure(off)
			if err != nil {
				return Stats{}, err
			}
			if t.n > 0 {
				kept = append(kept, t)
			}
		}
	}

	// Every check passed: edit.
	keep := make([]bool, pctabLen)
	for _, t := range kept {
		for j := t.off; j < t.off+t.n; j++ {
			keep[j] = true
		}
	}
	st := Stats{Funcs: nfunc, Tables: len(dropped)}
	for _, t := range dropped {
		for j := t.off; j < t.off+t.n; j++ {
			if !keep[j] && mem[pctab+j] != 0 {
				mem[pctab+j] = 0
				st.ZeroedBytes++
			}
		}
	}
	for _, f := range funcs {
		for _, field := range []int{funcPcfile, funcPcln, funcCuOffset, funcStart} {
			le.PutUint32(mem[f+field:], 0)
		}
	}
	clear(mem[cutab:pctab]) // cutab and filetab

	return st, nil
}

// findHeader returns the offset of the one pcHeader in mem: an 8-byte aligned magic number
// followed by the padding, instruction size and pointer size of a 64-bit WebAssembly
// program, and section offsets in increasing order within mem.
func findHeader(mem []byte, base uint32) (int, error) {
	le := binary.LittleEndian
	found := -1
	for h := int(-base & 7); h+headerSize <= len(mem); h += 8 {
		if le.Uint32(mem[h:]) != magic || mem[h+4] != 0 || mem[h+5] != 0 || mem[h+6] != 1 || mem[h+7] != 8 {
			continue
		}
		prev := uint64(headerSize)
		ok := true
		for off := hdrFuncname; off <= hdrPclntab; off += 8 {
			v := le.Uint64(mem[h+off:])
			if v < prev || v > uint64(len(mem)-h) {
				ok = false
				break
			}
			prev = v
		}
		if !ok {
			continue
		}
		if found >= 0 {
			return 0, errors.New("pclntab: more than one Go function table header")
		}
		found = h
	}
	if found < 0 {
		return 0, errors.New("pclntab: no Go 1.20+ function table header for a 64-bit WebAssembly program")
	}
	return found, nil
}

// tableLen returns the length in bytes of the pc-value table at off in pctab, including its
// terminating zero: pairs of a value delta and a pc delta, each a varint, until a value delta
// of 0 that is not the first (runtime.step).
func tableLen(pctab []byte, off int) (int, bool) {
	p := off
	varint := func() bool {
		for p < len(pctab) {
			c := pctab[p]
			p++
			if c&0x80 == 0 {
				return true
			}
		}
		return false
	}
	for first := true; ; first = false {
		if p >= len(pctab) {
			return 0, false
		}
		if pctab[p] == 0 && !first {
			return p + 1 - off, true
		}
		if !varint() || !varint() {
			return 0, false
		}
	}
}
