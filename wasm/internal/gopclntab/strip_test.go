//go:build !js

package gopclntab

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/asobiba/asobiba/wasm/internal/wasmfile"
	"github.com/asobiba/asobiba/wasm/internal/wasmtest"
)

// TestStripLinesOnAGoProgram builds testdata/caller for the browser's platform, runs it
// under Node.js before and after StripLines, and checks that only file:line changed.
func TestStripLinesOnAGoProgram(t *testing.T) {
	linked, module := wasmtest.BuildCaller(t)
	execNode := func(wasm string) string {
		return wasmtest.Run(t, nil, "node", wasmtest.GoWasmFile(t, "wasm_exec_node.js"), wasm)
	}
	before := execNode(linked)
	const wantBefore = "caller main.go 36 true\nsum 1001000\ntrace names main.fail true\ntrace has main.go true\n"
	if before != wantBefore {
		t.Fatalf("the program itself printed\n%s\nwant\n%s", before, wantBefore)
	}

	sections, err := wasmfile.Parse(module)
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range sections {
		if s.ID != wasmfile.SectionData {
			continue
		}
		img, _, err := wasmfile.DecodeData(s.Payload)
		if err != nil {
			t.Fatal(err)
		}
		st, err := StripLines(img.Bytes, img.Base)
		if err != nil {
			t.Fatal(err)
		}
		if st.Funcs < 500 || st.Tables < st.Funcs/2 || st.ZeroedBytes == 0 {
			t.Errorf("implausible stats %+v", st)
		}
		if _, err := StripLines(img.Bytes, img.Base); err != nil {
			t.Errorf("stripping again: %v", err)
		}
		payload, _, err := wasmfile.EncodeData(img, 8)
		if err != nil {
			t.Fatal(err)
		}
		sections[i].Payload = payload
	}
	stripped := filepath.Join(t.TempDir(), "stripped.wasm")
	if err := os.WriteFile(stripped, wasmfile.Encode(sections), 0o644); err != nil {
		t.Fatal(err)
	}
	after := execNode(stripped)
	const wantAfter = "caller ? 0 true\nsum 1001000\ntrace names main.fail true\ntrace has main.go false\n"
	if after != wantAfter {
		t.Errorf("after StripLines the program printed\n%s\nwant\n%s", after, wantAfter)
	}
}

func TestStripLinesRefusesOtherData(t *testing.T) {
	mem := make([]byte, 4096)
	for i := range mem {
		mem[i] = byte(i * 7)
	}
	if _, err := StripLines(mem, 0); err == nil {
		t.Error("StripLines found a function table in noise")
	}
	before := append([]byte(nil), mem...)
	// A header whose section offsets are out of order is not one.
	copy(mem[64:], []byte{0xf1, 0xff, 0xff, 0xff, 0, 0, 1, 8})
	mem[64+32] = 200
	mem[64+40] = 100
	if _, err := StripLines(mem, 0); err == nil {
		t.Error("StripLines accepted a header with offsets out of order")
	}
	for i := range mem {
		if i >= 64 && i < 64+48 {
			continue
		}
		if mem[i] != before[i] {
			t.Fatalf("StripLines changed byte %d of memory it refused", i)
		}
	}
}
