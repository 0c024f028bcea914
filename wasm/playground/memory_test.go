//go:build js && wasm

package main

import (
	"strings"
	"testing"

	"github.com/asobiba/asobiba/runtime/engine"
	"github.com/asobiba/asobiba/runtime/vm"
)

// In the browser's engine too, a program that fills memory ends with MemoryError and a
// traceback, where Go's out-of-memory error would end the worker. (Go's runtime on js/wasm
// must report the heap's size for this to work.)
func TestGrowingHeapRaisesMemoryErrorOnWasm(t *testing.T) {
	defer vm.SetMemoryLimit(vm.SetMemoryLimit(32 << 20))
	var stderr strings.Builder
	res := engine.Run([]byte("rows = []\nwhile True:\n    rows.append([0] * 1000)\n"), engine.Options{}, func(ev engine.Event) {
		if ev.Kind == "stderr" {
			stderr.WriteString(ev.Data)
		}
	})
	if res.ExitStatus != 1 || !strings.HasSuffix(stderr.String(), "\nMemoryError\n") {
		t.Fatalf("status %d, stderr %q", res.ExitStatus, stderr.String())
	}
}
