// Command enginepack makes the linked browser engine smaller to download without changing
// its code:
//
//   - It drops the Go function table's file and line tables (wasm/internal/gopclntab), which
//     only stack traces of Go panics read; they then show function names without file:line.
//     -keep-lines keeps them, for debugging the engine itself.
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
//	enginepack [-keep-lines] -o OUT IN
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/asobiba/asobiba/wasm/internal/gopclntab"
	"github.com/asobiba/asobiba/wasm/internal/wasmfile"
)

// minGap is the shortest run of zeros that ends a data segment (see wasmfile.EncodeData):
// in the engine, shorter gaps cost more as segment headers than as compressed zeros.
const minGap = 256

func main() {
	out := flag.String("o", "", "write the packed module to this `file`")
	keepLines := flag.Bool("keep-lines", false, "keep the Go function table's file and line tables")
	flag.Parse()
	if *out == "" || flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: enginepack [-keep-lines] -o OUT IN")
		os.Exit(2)
	}
	in, err := os.ReadFile(flag.Arg(0))
	if err == nil {
		var packed []byte
		packed, err = pack(in, *keepLines)
		if err == nil {
			err = os.WriteFile(*out, packed, 0o644)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "enginepack:", err)
		os.Exit(1)
	}
}

// pack returns module with its data section packed, and its line tables stripped unless
// keepLines.
func pack(module []byte, keepLines bool) ([]byte, error) {
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
	if !keepLines {
		if _, err := gopclntab.StripLines(img.Bytes, img.Base); err != nil {
			return nil, err
		}
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
