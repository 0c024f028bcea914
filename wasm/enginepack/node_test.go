//go:build !js

package main

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/asobiba/asobiba/wasm/internal/gopclntab"
	"github.com/asobiba/asobiba/wasm/internal/wasmfile"
	"github.com/asobiba/asobiba/wasm/internal/wasmtest"
)

// TestPackedProgramBuildsItsFindFuncTab packs a Go program for the browser's platform with
// the default options, instantiates it under Node.js and checks that the start function
// wrote the runtime's findfunctab byte for byte as the linker did, then runs it and checks
// that it prints what it printed unpacked, except file:line (its panic's stack trace and
// garbage collection through a deep stack both look functions up by PC).
func TestPackedProgramBuildsItsFindFuncTab(t *testing.T) {
	linked, module := wasmtest.BuildCaller(t)
	dir := filepath.Dir(linked)
	img := wasmtest.DataImage(t, module)
	table, err := gopclntab.LocateFindFuncTab(img.Bytes, img.Base)
	if err != nil {
		t.Fatal(err)
	}
	if table.Len < 100_000 {
		t.Fatalf("implausible table %+v", table)
	}
	want := img.Bytes[table.Addr-img.Base : table.Addr-img.Base+table.Len]

	packed, err := pack(module, options{})
	if err != nil {
		t.Fatal(err)
	}
	packedPath := filepath.Join(dir, "packed.wasm")
	if err := os.WriteFile(packedPath, packed, 0o644); err != nil {
		t.Fatal(err)
	}
	// The packed module's data leaves the table out: its memory there is zero.
	packedSections, err := wasmfile.Parse(packed)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range packedSections {
		if s.ID != wasmfile.SectionData {
			continue
		}
		got, _, err := wasmfile.DecodeData(s.Payload)
		if err != nil {
			t.Fatal(err)
		}
		for addr := table.Addr; addr < table.Addr+table.Len; addr++ {
			if addr >= got.Base && int(addr-got.Base) < len(got.Bytes) && got.Bytes[addr-got.Base] != 0 {
				t.Fatalf("the packed data still holds the table (byte %d)", addr-table.Addr)
			}
		}
	}
	wantPath := filepath.Join(dir, "table.bin")
	if err := os.WriteFile(wantPath, want, 0o644); err != nil {
		t.Fatal(err)
	}
	const script = `
const [, execJS, wasm, addr, wantPath] = process.argv;
const fs = require("fs");
require("vm").runInThisContext(fs.readFileSync(execJS, "utf8"));
const go = new Go();
WebAssembly.instantiate(fs.readFileSync(wasm), go.importObject).then(({ instance }) => {
  const want = fs.readFileSync(wantPath);
  const got = Buffer.from(instance.exports.mem.buffer, Number(addr), want.length);
  const diff = want.findIndex((b, i) => b !== got[i]);
  console.log(diff < 0 ? "same" : "differs at byte " + diff);
});`
	if got := wasmtest.Run(t, nil, "node", "-e", script, wasmtest.GoWasmFile(t, "wasm_exec.js"), packedPath, strconv.Itoa(int(table.Addr)), wantPath); got != "same\n" {
		t.Errorf("after instantiation the table %s", got)
	}

	execNode := func(wasm string) string {
		return wasmtest.Run(t, nil, "node", wasmtest.GoWasmFile(t, "wasm_exec_node.js"), wasm)
	}
	const wantOut = "caller ? 0 true\nsum 1001000\ntrace names main.fail true\ntrace has main.go false\n"
	if got := execNode(packedPath); got != wantOut {
		t.Errorf("the packed program printed\n%s\nwant\n%s", got, wantOut)
	}
}
