//go:build objwip && interpwip

package vm_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/asobiba/asobiba/runtime/stdlib"
	"github.com/asobiba/asobiba/runtime/vm"
)

// newThread makes an interpreter with the builtins and the standard library, writing to the
// given buffers.
func newThread(stdout, stderr *bytes.Buffer) *vm.Thread {
	ip := &vm.Interp{
		Builtins:       vm.NewBuiltins(),
		Modules:        vm.NewDict(),
		Loaders:        stdlib.Loaders(),
		FindSource:     stdlib.FindSource,
		Stdout:         stdout,
		Stderr:         stderr,
		RecursionLimit: 1000,
		Argv:           []string{"main.py"},
	}
	bm := vm.NewModule("builtins")
	bm.Dict = ip.Builtins
	ip.Modules.SetStr("builtins", bm)
	return &vm.Thread{Interp: ip, Name: "MainThread"}
}

// runSource runs src as main.py and returns stdout and stderr, the uncaught exception
// printed as CPython prints it.
func runSource(t testing.TB, src string) (string, string, error) {
	var stdout, stderr bytes.Buffer
	th := newThread(&stdout, &stderr)
	err := vm.RunMain(th, "main.py", []byte(src))
	var exc *vm.Exception
	if errors.As(err, &exc) {
		if exc.Class.IsSubtype(vm.SystemExitType) {
			// What the engine does: SystemExit("msg") prints msg; codes are silent.
			if len(exc.Args) == 1 {
				if s, ok := exc.Args[0].(vm.Str); ok {
					stderr.WriteString(string(s) + "\n")
				}
			}
		} else {
			th.PrintException(&stderr, exc)
		}
	}
	th.ReportUnawaitedCoroutines(&stderr)
	return stdout.String(), stderr.String(), err
}

var caretLine = regexp.MustCompile(`(?m)^\s*[~^]+\s*\n`)

// runCPython runs src with python3 as main.py; ok is false when python3 is missing.
func runCPython(t testing.TB, src string) (string, string, bool) {
	py, err := exec.LookPath("python3")
	if err != nil {
		return "", "", false
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "main.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, "main.py")
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	_ = cmd.Run()
	errText := strings.ReplaceAll(stderr.String(), path, "main.py")
	errText = caretLine.ReplaceAllString(errText, "")
	return stdout.String(), errText, true
}

// checkLikeCPython runs src in Asobiba and in CPython and compares both outputs.
func checkLikeCPython(t *testing.T, src string) {
	t.Helper()
	wantOut, wantErr, ok := runCPython(t, src)
	if !ok {
		t.Skip("python3 not available")
	}
	gotOut, gotErr, _ := runSource(t, src)
	gotErr = caretLine.ReplaceAllString(gotErr, "")
	if gotOut != wantOut {
		t.Errorf("stdout differs\n--- want\n%s--- got\n%s", wantOut, gotOut)
	}
	if gotErr != wantErr {
		t.Errorf("stderr differs\n--- want\n%s--- got\n%s", wantErr, gotErr)
	}
}

// TestLikeCPython runs the programs of testdata/interp/*.py (sections separated by lines of
// "# ---") in Asobiba and in python3 and compares what they print.
func TestLikeCPython(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "interp", "*.py"))
	if err != nil || len(files) == 0 {
		t.Fatal("no test programs", err)
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for i, section := range strings.Split(string(data), "\n# ---\n") {
			name := strings.TrimSuffix(filepath.Base(file), ".py") + "/" + sectionName(section, i)
			t.Run(name, func(t *testing.T) { checkLikeCPython(t, section) })
		}
	}
}

// sectionName takes a test's name from its first line ("# name: ...") or its index.
func sectionName(s string, i int) string {
	first, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	if n, ok := strings.CutPrefix(first, "# "); ok {
		return strings.ReplaceAll(strings.TrimSpace(n), " ", "_")
	}
	return fmt.Sprintf("%02d", i)
}

func TestStepBudget(t *testing.T) {
	var stdout, stderr bytes.Buffer
	th := newThread(&stdout, &stderr)
	th.StepBudget = 10000
	err := vm.RunMain(th, "main.py", []byte("try:\n    while True: pass\nfinally:\n    print('finally')\n"))
	var stop *vm.Stopped
	if !errors.As(err, &stop) || !stop.Budget {
		t.Fatalf("got %v, want a step-budget stop", err)
	}
	if stdout.Len() != 0 {
		t.Errorf("a stopped run ran its finally clause: %q", stdout.String())
	}
	if n := th.StepCount(); n != 10000 {
		t.Errorf("stopped after %d steps, want 10000", n)
	}
}

func TestCancel(t *testing.T) {
	var stdout, stderr bytes.Buffer
	th := newThread(&stdout, &stderr)
	polls := 0
	th.Cancel = func() bool { polls++; return polls > 3 }
	err := vm.RunMain(th, "main.py", []byte("def f():\n    while True:\n        try:\n            pass\n        except BaseException:\n            pass\nf()\n"))
	var stop *vm.Stopped
	if !errors.As(err, &stop) || stop.Budget {
		t.Fatalf("got %v, want a cancel stop", err)
	}
}

func TestDeepRecursionIsCaught(t *testing.T) {
	src := "import sys\nsys.setrecursionlimit(100000)\ndef f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('caught', e)\n"
	out, errText, err := runSource(t, src)
	if err != nil || !strings.HasPrefix(out, "caught maximum recursion depth exceeded") {
		t.Fatalf("out %q err %q %v", out, errText, err)
	}
}

const fibSource = `
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
fib(27)
`

func BenchmarkFib27(b *testing.B) {
	for range b.N {
		var stdout, stderr bytes.Buffer
		th := newThread(&stdout, &stderr)
		if err := vm.RunMain(th, "main.py", []byte(fibSource)); err != nil {
			b.Fatal(err)
		}
	}
}

const loopSource = `
s = 0
for i in range(10**6):
    s += i * i
`

func BenchmarkLoop1M(b *testing.B) {
	for range b.N {
		var stdout, stderr bytes.Buffer
		th := newThread(&stdout, &stderr)
		if err := vm.RunMain(th, "main.py", []byte(loopSource)); err != nil {
			b.Fatal(err)
		}
	}
}

// TestProgramsLikeCPython runs the behaviour programs of runtime/testdata/py (except those
// needing asyncio's virtual clock) in Asobiba and in python3 and compares their output. It
// is a development aid, enabled by ASOBIBA_PYTESTS=1; the engine's TestPrograms checks the
// same programs against their golden files.
func TestProgramsLikeCPython(t *testing.T) {
	if os.Getenv("ASOBIBA_PYTESTS") == "" {
		t.Skip("set ASOBIBA_PYTESTS=1")
	}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "py", "*", "*.py"))
	for _, file := range files {
		if strings.Contains(file, "asyncio") {
			continue
		}
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(filepath.Join("..", "testdata", "py"), file)
		t.Run(rel, func(t *testing.T) { checkLikeCPython(t, string(src)) })
	}
}
