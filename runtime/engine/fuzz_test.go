package engine

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzRun runs arbitrary source through the whole engine — parse, compile, execute — with a
// small step budget. Whatever the input, the host must not crash: a Go panic would surface
// as exit status 70 (internal error), which fails the fuzz target.
func FuzzRun(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("..", "testdata", "py", "*", "*.py"))
	for _, path := range seeds {
		if src, err := os.ReadFile(path); err == nil && !strings.Contains(string(src), "import asyncio") {
			f.Add(src)
		}
	}
	for _, s := range []string{"", "x", "1/0", "def f(:", "class C(C): pass", "[0] * 10**12",
		"def f(): return f()\nf()", "while True: pass", "a = []\na.append(a)\nprint(a)",
		"print(*range(3), sep=None)", "import sys\nsys.exit('bye')", "raise SystemExit(3)"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		var stderr strings.Builder
		res := Run(src, Options{Filename: "fuzz.py", StepBudget: 20_000}, func(e Event) {
			if e.Kind == "stderr" && stderr.Len() < 4096 {
				stderr.WriteString(e.Data)
			}
		})
		if res.ExitStatus == InternalErrorExitStatus {
			t.Fatalf("internal error for %q:\n%s", src, stderr.String())
		}
	})
}
