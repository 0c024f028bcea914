package compile

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/asobiba/asobiba/runtime/syntax"
)

// FuzzCompile parses and compiles arbitrary input. Syntax errors are fine; a panic, or an
// internal error (a panic that Compile recovered), is a bug.
func FuzzCompile(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	more, _ := filepath.Glob("testdata/symtable/*.txt")
	for _, path := range append(files, more...) {
		for _, c := range readChunks(&testing.T{}, path) {
			f.Add(c.src)
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		mod, _, err := syntax.ParseFile("fuzz.py", []byte(src))
		if err != nil {
			return
		}
		for _, mode := range []Mode{Exec, Single} {
			code, err := Compile(mod, "fuzz.py", mode)
			if err != nil {
				if strings.Contains(err.Error(), "internal error") {
					t.Fatalf("%v\nsource:\n%s", err, src)
				}
				continue
			}
			_ = Disassemble(code)
		}
	})
}
