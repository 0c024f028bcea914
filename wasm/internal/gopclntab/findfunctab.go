package gopclntab

import (
	"bytes"
	"encoding/binary"
	"errors"
	"strconv"

	"github.com/asobiba/asobiba/wasm/internal/wasmfile"
)

// The runtime's pc → function lookup table (runtime.findfunctab, read by runtime.findfunc):
// one bucket per bucketSize PCs, each the index of the first function in it (uint32) and
// one byte per subbucket of subbucketSize PCs, the index of the subbucket's first function
// counted from the bucket's (abi.FuncTabBucketSize, findfuncbucket).
const (
	bucketSize    = 4096
	subbuckets    = 16
	subbucketSize = bucketSize / subbuckets
	bucketBytes   = 4 + subbuckets
)

// Offsets in the module's runtime.moduledata (Go 1.20 to 1.26): the header pointer, then
// six slices (pointer, length, capacity) of which the first five start at a header offset
// and the sixth is the function table, then findfunctab, minpc and maxpc, then text.
const (
	mdFuncnametab = 8
	mdPclntable   = 104
	mdFtab        = 128
	mdFindfunctab = 152
	mdMinpc       = 160
	mdMaxpc       = 168
	mdText        = 176
	mdSize        = 184
)

// FindFuncTab says where a linked WebAssembly program keeps runtime.findfunctab, and what
// Build needs to write it again: the table is a function of the function table (ftab),
// whose entries hold a function's index (a WebAssembly "PC" is the function's index << 16
// plus a block number, and the first function's index is not 0), and of the PC range it
// covers.
// In a large program the table is megabytes, mostly zeros between small numbers that no
// segment boundary can skip, and costs the browser decoding and copying time; rebuilt at
// start-up it costs a loop over the functions.
type FindFuncTab struct {
	Addr  uint32 // memory address of the table
	Len   uint32 // its length in bytes
	Ftab  uint32 // memory address of the function table: Nfunc+1 (entryoff, funcoff) pairs of uint32
	Nfunc uint32 // functions in the function table
	Span  uint32 // maxpc - minpc: the PCs the table covers
	Skip  uint32 // minpc - text: the PCs before the first function (ftab counts from text)
}

// LocateFindFuncTab finds the one Go module in mem, the memory from address base on, and
// returns where its findfunctab lies. It fails unless the module's header (runtime.moduledata)
// agrees with its function table's, and unless Build gives back the table's bytes exactly.
func LocateFindFuncTab(mem []byte, base uint32) (FindFuncTab, error) {
	h, err := findHeader(mem, base)
	if err != nil {
		return FindFuncTab{}, err
	}
	le := binary.LittleEndian
	hdrWord := func(off int) uint64 { return le.Uint64(mem[h+off:]) }
	hdrAddr := uint64(base) + uint64(h)
	nfunc := hdrWord(hdrNfunc)

	// runtime.firstmoduledata starts with a pointer to the header and the header's tables.
	var md = -1
	for off := int(-base & 7); off+mdSize <= len(mem); off += 8 {
		if le.Uint64(mem[off:]) != hdrAddr || le.Uint64(mem[off+mdFuncnametab:]) != hdrAddr+hdrWord(hdrFuncname) {
			continue
		}
		if md >= 0 {
			return FindFuncTab{}, errors.New("findfunctab: more than one module points at the function table")
		}
		md = off
	}
	if md < 0 {
		return FindFuncTab{}, errors.New("findfunctab: no module data points at the function table")
	}
	word := func(off int) uint64 { return le.Uint64(mem[md+off:]) }
	ftab, ftabLen := word(mdFtab), word(mdFtab+8)
	minpc, maxpc := word(mdMinpc), word(mdMaxpc)
	if ftab != hdrAddr+hdrWord(hdrPclntab) || word(mdPclntable) != ftab || ftabLen != nfunc+1 {
		return FindFuncTab{}, errors.New("findfunctab: the module data's function table is not the header's")
	}
	if text := word(mdText); text > minpc || minpc-text >= 1<<32 || maxpc <= minpc || maxpc-minpc >= 1<<32 {
		return FindFuncTab{}, errors.New("findfunctab: implausible PC range " + strconv.FormatUint(minpc, 16) + "–" + strconv.FormatUint(maxpc, 16))
	}
	span := maxpc - minpc
	t := FindFuncTab{
		Addr:  uint32(word(mdFindfunctab)),
		Len:   uint32((span+bucketSize-1)/bucketSize*4 + (span+subbucketSize-1)/subbucketSize),
		Ftab:  uint32(ftab),
		Nfunc: uint32(nfunc),
		Span:  uint32(span),
		Skip:  uint32(minpc - word(mdText)),
	}
	if uint64(t.Addr) != word(mdFindfunctab) || t.Addr < base || uint64(t.Addr-base)+uint64(t.Len) > uint64(len(mem)) {
		return FindFuncTab{}, errors.New("findfunctab: the table lies outside the data")
	}
	if ftabEnd := uint64(t.Ftab-base) + 8*(nfunc+1); ftabEnd > uint64(len(mem)) {
		return FindFuncTab{}, errors.New("findfunctab: the function table lies outside the data")
	}
	if uint64(t.Ftab-base) < uint64(t.Addr-base)+uint64(t.Len) && uint64(t.Addr-base) < uint64(t.Ftab-base)+8*(nfunc+1) {
		return FindFuncTab{}, errors.New("findfunctab: the table overlaps the function table")
	}
	scratch := append([]byte(nil), mem...)
	at := t.Addr - base
	clear(scratch[at : at+t.Len])
	if err := t.Build(scratch, base); err != nil {
		return FindFuncTab{}, err
	}
	if !bytes.Equal(scratch[at:at+t.Len], mem[at:at+t.Len]) {
		return FindFuncTab{}, errors.New("findfunctab: the table is not the one its function table gives")
	}
	return t, nil
}

// Build writes the table into mem, the memory from address base on, where the table's bytes
// are zero: each subbucket gets the index of the first function whose PCs reach into it.
// It is the Go twin of the WebAssembly start function that wasm/enginepack adds (StartBody),
// and does what Go's linker does (cmd/link's findfunctab) from the function table alone.
func (t FindFuncTab) Build(mem []byte, base uint32) error {
	le := binary.LittleEndian
	nsub := (uint64(t.Span) + subbucketSize - 1) / subbucketSize
	sub := uint64(0) // the next subbucket to fill
	for idx := uint32(0); idx < t.Nfunc; idx++ {
		q := uint64(t.Span)
		if idx+1 < t.Nfunc {
			q = uint64(le.Uint32(mem[t.Ftab-base+8*(idx+1):]))<<16 - uint64(t.Skip)
		}
		if q == 0 {
			continue
		}
		last := min((q-1)/subbucketSize+1, nsub)
		for sub < last {
			at := t.Addr - base + uint32(sub/subbuckets)*bucketBytes
			if sub%subbuckets == 0 {
				// The bucket starts in idx, and so do its subbuckets up to last: their
				// bytes, idx counted from the bucket's, stay 0.
				le.PutUint32(mem[at:], idx)
				sub = min(sub+subbuckets, last)
				continue
			}
			delta := idx - le.Uint32(mem[at:])
			if delta >= 256 {
				return errors.New("findfunctab: more than 255 functions start in one bucket")
			}
			mem[at+4+uint32(sub%subbuckets)] = byte(delta)
			sub++
		}
	}
	if sub != nsub {
		return errors.New("findfunctab: the functions do not cover the PC range")
	}
	return nil
}

// WebAssembly instructions StartBody uses.
const (
	opBlock   = 0x02
	opLoop    = 0x03
	opIf      = 0x04
	opElse    = 0x05
	opEnd     = 0x0b
	opBr      = 0x0c
	opBrIf    = 0x0d
	opSelect  = 0x1b
	opGet     = 0x20
	opSet     = 0x21
	opTee     = 0x22
	opLoad    = 0x28
	opStore   = 0x36
	opStore8  = 0x3a
	opConst   = 0x41
	opEqz     = 0x45
	opLtU     = 0x49
	opGtU     = 0x4b
	opGeU     = 0x4f
	opAdd     = 0x6a
	opSub     = 0x6b
	opMul     = 0x6c
	opAnd     = 0x71
	opShl     = 0x74
	opShrU    = 0x76
	blockVoid = 0x40
	typeI32   = 0x7f
)

// StartBody returns the code of a WebAssembly function that does what Build does, in the
// memory of the module it is added to (wasmfile.AddStartFunction): its locals, instructions
// and final end. Its picture, with idx the function, sub the next subbucket to fill, q the
// end of idx's PCs, last the subbucket after them, at a bucket's offset in the table:
//
//	for idx := 0; idx < Nfunc; idx++ {
//		q := select(ftab[idx+1].entryoff<<16 - Skip, Span, idx+1 < Nfunc)
//		if q != 0 {
//			last := min((q-1)>>8 + 1, subbuckets)
//			for sub < last {
//				at := sub>>4 * 20
//				if sub&15 == 0 {
//					table[at].idx = idx
//					sub = min(sub+16, last) // the bucket's other bytes up to last stay 0
//				} else {
//					table[at].sub[sub&15] = idx - table[at].idx
//					sub++
//				}
//			}
//		}
//	}
func (t FindFuncTab) StartBody() []byte {
	const idx, q, sub, at, last = 0, 1, 2, 3, 4
	nsub := (uint64(t.Span) + subbucketSize - 1) / subbucketSize
	b := []byte{1, 5, typeI32} // one run of five i32 locals
	op := func(ops ...byte) { b = append(b, ops...) }
	num := func(v uint32) { op(opConst); b = wasmfile.AppendI32(b, int32(v)) }
	local := func(o byte, i byte) { op(o, i) }
	mem := func(o byte, offset uint32) { op(o, 0); b = wasmfile.AppendU32(b, offset) } // alignment 1: only a hint
	op(opBlock, blockVoid, opLoop, blockVoid)
	{ // idx loop
		local(opGet, idx)
		num(t.Nfunc)
		op(opGeU, opBrIf, 1)
		// q = select(load(ftab + 8*idx + 8)<<16 - Skip, Span, idx+1 < Nfunc)
		local(opGet, idx)
		num(8)
		op(opMul)
		mem(opLoad, t.Ftab+8)
		num(16)
		op(opShl)
		num(t.Skip)
		op(opSub)
		num(t.Span)
		local(opGet, idx)
		num(1)
		op(opAdd)
		num(t.Nfunc)
		op(opLtU, opSelect)
		local(opTee, q)
		op(opEqz, opEqz, opIf, blockVoid)
		{
			local(opGet, q)
			num(1)
			op(opSub)
			num(subbucketSize)
			op(0x6e) // i32.div_u
			num(1)
			op(opAdd)
			local(opTee, last)
			num(uint32(nsub))
			op(opGtU, opIf, blockVoid)
			num(uint32(nsub))
			local(opSet, last)
			op(opEnd)
			op(opBlock, blockVoid, opLoop, blockVoid)
			{ // sub loop
				local(opGet, sub)
				local(opGet, last)
				op(opGeU, opBrIf, 1)
				local(opGet, sub)
				num(4)
				op(opShrU)
				num(bucketBytes)
				op(opMul)
				local(opSet, at)
				local(opGet, sub)
				num(subbuckets - 1)
				op(opAnd, opEqz, opIf, blockVoid)
				{ // a bucket's first subbucket: its base, then on to last or the next bucket
					local(opGet, at)
					local(opGet, idx)
					mem(opStore, t.Addr)
					local(opGet, sub)
					num(subbuckets)
					op(opAdd)
					local(opTee, sub)
					local(opGet, last)
					op(opGtU, opIf, blockVoid)
					local(opGet, last)
					local(opSet, sub)
					op(opEnd)
				}
				op(opElse) // one subbucket's byte
				{
					local(opGet, at)
					local(opGet, sub)
					num(subbuckets - 1)
					op(opAnd, opAdd)
					local(opGet, idx)
					local(opGet, at)
					mem(opLoad, t.Addr)
					op(opSub)
					mem(opStore8, t.Addr+4)
					local(opGet, sub)
					num(1)
					op(opAdd)
					local(opSet, sub)
				}
				op(opEnd, opBr, 0)
			}
			op(opEnd, opEnd)
		}
		op(opEnd)
		local(opGet, idx)
		num(1)
		op(opAdd)
		local(opSet, idx)
		op(opBr, 0)
	}
	op(opEnd, opEnd, opEnd)
	return b
}
