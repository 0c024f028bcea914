//go:build !js

package gopclntab

import (
	"strings"
	"testing"

	"github.com/asobiba/asobiba/wasm/internal/wasmtest"
)

// TestFindFuncTabOfAGoProgram checks that LocateFindFuncTab finds the linker's table in a
// real program, that Build writes it again into zeroed memory, and that a table differing
// from its function table in one byte is refused.
func TestFindFuncTabOfAGoProgram(t *testing.T) {
	_, module := wasmtest.BuildCaller(t)
	img := wasmtest.DataImage(t, module)
	tab, err := LocateFindFuncTab(img.Bytes, img.Base)
	if err != nil {
		t.Fatal(err)
	}
	// Every function but the last spans 1<<16 PCs: 16 buckets of 20 bytes.
	if tab.Nfunc < 500 || tab.Len < (tab.Nfunc-1)*16*20 || tab.Span < (tab.Nfunc-1)<<16 {
		t.Fatalf("implausible table %+v", tab)
	}
	at := tab.Addr - img.Base
	want := append([]byte(nil), img.Bytes[at:at+tab.Len]...)
	clear(img.Bytes[at : at+tab.Len])
	if err := tab.Build(img.Bytes, img.Base); err != nil {
		t.Fatal(err)
	}
	if string(img.Bytes[at:at+tab.Len]) != string(want) {
		t.Fatal("Build did not write the linker's table again")
	}
	img.Bytes[at+tab.Len/2+7]++
	if _, err := LocateFindFuncTab(img.Bytes, img.Base); err == nil || !strings.Contains(err.Error(), "not the one") {
		t.Errorf("a table changed in one byte: got %v, want a refusal", err)
	}
}

func TestLocateFindFuncTabRefusesNoise(t *testing.T) {
	mem := make([]byte, 4096)
	for i := range mem {
		mem[i] = byte(i * 13)
	}
	if _, err := LocateFindFuncTab(mem, 0); err == nil {
		t.Error("LocateFindFuncTab found a table in noise")
	}
}
