package engine

import (
	"strings"
	"testing"

	"github.com/asobiba/asobiba/runtime/vm"
)

// A program that fills memory step by step gets MemoryError at the limit, which it can catch
// and live on from, instead of ending the process as Go's out-of-memory error would.
func TestGrowingHeapRaisesMemoryError(t *testing.T) {
	defer vm.SetMemoryLimit(vm.SetMemoryLimit(64 << 20))
	src := `
rows = []
try:
    while True:
        rows.append([0] * 1000)
except MemoryError as e:
    filled = len(rows)
    rows = None
    print(type(e).__name__, e.args, filled > 1000)
print(sum(len(r) for r in [[1, 2], [3]]))
`
	out, errOut, res := runString(t, src, Options{})
	if res.ExitStatus != 0 || out != "MemoryError () True\n3\n" {
		t.Fatalf("status %d, stdout %q, stderr %q", res.ExitStatus, out, errOut)
	}
}

// Collecting an iterator in Go (list(range(...))) runs no bytecode, and still stops at the
// limit; uncaught, the MemoryError ends the program with CPython's traceback.
func TestCollectingRaisesMemoryError(t *testing.T) {
	defer vm.SetMemoryLimit(vm.SetMemoryLimit(64 << 20))
	_, errOut, res := runString(t, "x = list(range(10**9))\n", Options{})
	want := "Traceback (most recent call last):\n  File \"main.py\", line 1, in <module>\n    x = list(range(10**9))\n        ^^^^^^^^^^^^^^^^^^\nMemoryError\n"
	if res.ExitStatus != 1 || errOut != want {
		t.Fatalf("status %d, stderr %q", res.ExitStatus, errOut)
	}
}

// One allocation sized by the program is refused before it is made when it would cross the
// limit, although it is far below the fixed bound on sequence lengths.
func TestOneBigAllocationRaisesMemoryError(t *testing.T) {
	defer vm.SetMemoryLimit(vm.SetMemoryLimit(64 << 20))
	for _, expr := range []string{"[None] * (10**7)", "b'x' * (10**8)", "'ab' * (10**8)", "bytes(10**8)", "(1, 2) * (10**7)"} {
		_, errOut, res := runString(t, "x = "+expr+"\n", Options{})
		if res.ExitStatus != 1 || !strings.HasSuffix(errOut, "\nMemoryError\n") {
			t.Errorf("%s: status %d, stderr %q", expr, res.ExitStatus, errOut)
		}
	}
}
