// Command enginepack makes the linked browser engine smaller to download without changing
// the code Go compiled:
//
//   - It drops the Go function table's file and line tables (wasm/internal/gopclntab), which
//     only stack traces of Go panics read; they then show function names without file:line.
//     -keep-lines keeps them, for debugging the engine itself.
//   - It leaves out the runtime's pc → function lookup table (runtime.findfunctab, 2.3 MB
//     in the engine, mostly zeros between small numbers), and adds a start function that
//     builds it again from the function table when the module is instantiated
//     (wasm/internal/gopclntab's FindFuncTab). The browser then has 2.3 MB less to
//     decompress and copy before the engine starts. -keep-findfunctab keeps the table as
//     the linker wrote it.
//   - It writes the data section again as a few large segments (wasm/internal/wasmfile).
//     Go's linker starts a new segment after every run of 8 zero bytes, up to 100,000
//     segments, and most of them are 2-byte entries of the runtime's function lookup table,
//     each behind a 7-byte header whose offset brotli cannot predict. As zeros they cost a
//     little more raw and about 100 KB less compressed.
//
// It decodes its own output again and fails unless that gives the memory image it meant to
// write.
//
// Usage:
//
//	enginepack [-keep-lines] [-keep-findfunctab] -o OUT IN
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"slices"

	"github.com/asobiba/asobiba/wasm/internal/gopclntab"
	"github.com/asobiba/asobiba/wasm/internal/wasmfile"
)

// minGap is the shortest run of zeros that ends a data segment (see wasmfile.EncodeData):
// in the engine, shorter gaps cost more as segment headers than as compressed zeros.
const minGap = 256

func main() {
	out := flag.String("o", "", "write the packed module to this `file`")
	var opts options
	flag.BoolVar(&opts.keepLines, "keep-lines", false, "keep the Go function table's file and line tables")
	flag.BoolVar(&opts.keepFindFuncTab, "keep-findfunctab", false, "keep the runtime's pc → function lookup table in the data")
	flag.Parse()
	if *out == "" || flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: enginepack [-keep-lines] [-keep-findfunctab] -o OUT IN")
		os.Exit(2)
	}
	in, err := os.ReadFile(flag.Arg(0))
	if err == nil {
		var packed []byte
		packed, err = pack(in, opts)
		if err == nil {
			err = os.WriteFile(*out, packed, 0o644)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "enginepack:", err)
		os.Exit(1)
	}
}

// options are the command's flags: what pack leaves as the linker wrote it.
type options struct {
	keepLines       bool
	keepFindFuncTab bool
}

// pack returns module with its data section packed, its line tables stripped and its
// findfunctab left to a start function, except what opts keeps.
func pack(module []byte, opts options) ([]byte, error) {
	sections, err := wasmfile.Parse(module)
	if err != nil {
		return nil, err
	}
	data := -1
	for i, s := range sections {
		if s.ID == wasmfile.SectionData {
			data = i
		}
		if s.ID == wasmfile.SectionDataCount {
			return nil, errors.New("the module has a data count section, which Go's linker does not write")
		}
	}
	if data < 0 {
		return nil, errors.New("the module has no data section")
	}
	img, _, err := wasmfile.DecodeData(sections[data].Payload)
	if err != nil {
		return nil, err
	}
	if !opts.keepLines {
		if _, err := gopclntab.StripLines(img.Bytes, img.Base); err != nil {
			return nil, err
		}
	}
	if !opts.keepFindFuncTab {
		t, err := gopclntab.LocateFindFuncTab(img.Bytes, img.Base)
		if err != nil {
			return nil, err
		}
		clear(img.Bytes[t.Addr-img.Base : t.Addr-img.Base+t.Len])
		if sections, err = wasmfile.AddStartFunction(sections, t.StartBody()); err != nil {
			return nil, err
		}
		data = slices.IndexFunc(sections, func(s wasmfile.Section) bool { return s.ID == wasmfile.SectionData })
	}
	payload, _, err := wasmfile.EncodeData(img, minGap)
	if err != nil {
		return nil, err
	}
	check, _, err := wasmfile.DecodeData(payload)
	if err != nil {
		return nil, fmt.Errorf("the packed data section does not decode: %v", err)
	}
	if !sameMemory(img, check) {
		return nil, errors.New("the packed data section initialises different memory")
	}
	sections[data].Payload = payload
	return wasmfile.Encode(sections), nil
}

// sameMemory reports whether a and b initialise the same memory; they may differ in leading
// and trailing zeros.
func sameMemory(a, b *wasmfile.Image) bool {
	at := func(img *wasmfile.Image, addr uint64) byte {
		if addr < uint64(img.Base) || addr >= uint64(img.Base)+uint64(len(img.Bytes)) {
			return 0
		}
		return img.Bytes[addr-uint64(img.Base)]
	}
	lo := min(uint64(a.Base), uint64(b.Base))
	hi := max(uint64(a.Base)+uint64(len(a.Bytes)), uint64(b.Base)+uint64(len(b.Bytes)))
	if lo == uint64(a.Base) && hi == lo+uint64(len(a.Bytes)) && lo == uint64(b.Base) && hi == lo+uint64(len(b.Bytes)) {
		return bytes.Equal(a.Bytes, b.Bytes)
	}
	for addr := lo; addr < hi; addr++ {
		if at(a, addr) != at(b, addr) {
			return false
		}
	}
	return true
}
