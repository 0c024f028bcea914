package vm

import (
	"testing"

	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/compile/codefile"
	"github.com/asobiba/asobiba/runtime/syntax"
)

// TestUseStdlibCodes installs a set file and finds a module in it only for its very source.
func TestUseStdlibCodes(t *testing.T) {
	t.Cleanup(func() { SetStdlibCodes(nil) })
	if err := UseStdlibCodes([]byte("not a set")); err == nil {
		t.Fatal("a file that is not a set was accepted")
	}
	const name = "<stdlib>/tiny.py"
	src := []byte("x = 1\n")
	mod, _, err := syntax.ParseFile(name, src)
	if err != nil {
		t.Fatal(err)
	}
	code, err := compile.Compile(mod, name, compile.Exec)
	if err != nil {
		t.Fatal(err)
	}
	data, err := codefile.EncodeSet([]codefile.Module{{Filename: name, Source: src, Code: code}})
	if err != nil {
		t.Fatal(err)
	}
	if err := UseStdlibCodes(data); err != nil {
		t.Fatal(err)
	}
	if got, ok := precompiledStdlib(name, src); !ok || len(got.Instrs) != len(code.Instrs) {
		t.Errorf("the module was not found for its own source: %v, %v", got, ok)
	}
	if _, ok := precompiledStdlib(name, []byte("x = 2\n")); ok {
		t.Error("the module was found for a changed source")
	}
}
