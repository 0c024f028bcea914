//go:build !js

// Package wasmtest helps the tests of wasm/enginepack and its packages: it builds a small Go
// program for the browser's platform, reads its memory image, and runs commands (the go tool,
// Node.js) whose failure fails the test.
package wasmtest

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/asobiba/asobiba/wasm/internal/wasmfile"
)

// Run runs a command with env added to the environment and returns its standard output; it
// fails the test with the command's standard error if it fails.
func Run(t testing.TB, env []string, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Env = append(os.Environ(), env...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
	}
	return string(out)
}

// GoWasmFile returns the path of a file of Go's own WebAssembly support ("wasm_exec.js",
// "wasm_exec_node.js"), in $GOROOT/lib/wasm.
func GoWasmFile(t testing.TB, name string) string {
	t.Helper()
	goroot := strings.TrimSpace(Run(t, nil, "go", "env", "GOROOT"))
	return filepath.Join(goroot, "lib", "wasm", name)
}

// BuildCaller builds wasm/internal/gopclntab/testdata/caller for GOOS=js GOARCH=wasm into a
// temporary folder and returns the file's path and bytes. The program prints where
// runtime.Caller says it is, collects garbage through a deep stack and prints a recovered
// panic's stack trace: everything that reads the runtime's function table.
func BuildCaller(t testing.TB) (string, []byte) {
	t.Helper()
	_, here, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("wasmtest: cannot find its own source")
	}
	src := filepath.Join(filepath.Dir(here), "..", "gopclntab", "testdata", "caller")
	linked := filepath.Join(t.TempDir(), "caller.wasm")
	c := exec.Command("go", "build", "-trimpath", "-o", linked, ".")
	c.Dir = src
	c.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := c.CombinedOutput(); err != nil {
		t.Fatalf("building %s: %v\n%s", src, err, out)
	}
	module, err := os.ReadFile(linked)
	if err != nil {
		t.Fatal(err)
	}
	return linked, module
}

// DataImage returns the memory image that module's data section initialises.
func DataImage(t testing.TB, module []byte) *wasmfile.Image {
	t.Helper()
	sections, err := wasmfile.Parse(module)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sections {
		if s.ID == wasmfile.SectionData {
			img, _, err := wasmfile.DecodeData(s.Payload)
			if err != nil {
				t.Fatal(err)
			}
			return img
		}
	}
	t.Fatal("the module has no data section")
	return nil
}
