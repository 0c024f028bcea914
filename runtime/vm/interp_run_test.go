package vm_test

import (
	"bytes"
	"errors"
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

func TestStepBudget(t *testing.T) {
	for _, budget := range []int64{100, 10000} {
		var stdout, stderr bytes.Buffer
		th := newThread(&stdout, &stderr)
		th.StepBudget = budget
		err := vm.RunMain(th, "main.py", []byte("try:\n    while True: pass\nfinally:\n    print('finally')\n"))
		var stop *vm.Stopped
		if !errors.As(err, &stop) || !stop.Budget {
			t.Fatalf("got %v, want a step-budget stop", err)
		}
		if stdout.Len() != 0 {
			t.Errorf("a stopped run ran its finally clause: %q", stdout.String())
		}
		if n := th.StepCount(); n != budget {
			t.Errorf("stopped after %d steps, want %d", n, budget)
		}
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

func TestDeepRecursion(t *testing.T) {
	// Pure Python recursion runs in the eval loop without growing the Go stack: a raised
	// limit allows deep recursion, as in CPython 3.11.
	src := "import sys\nsys.setrecursionlimit(100000)\ndef depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\nprint(depth(50000))\n" +
		"def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('caught', e)\n" +
		// Recursion through Go (class instantiation) is capped before the Go stack is.
		"class Node:\n    def __init__(self, n):\n        self.child = Node(n + 1)\ntry:\n    Node(0)\nexcept RecursionError as e:\n    print('caught', e)\n"
	out, errText, err := runSource(t, src)
	want := "50000\ncaught maximum recursion depth exceeded\ncaught maximum recursion depth exceeded\n"
	if err != nil || out != want {
		t.Fatalf("out %q want %q err %q %v", out, want, errText, err)
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

// myPrograms are the behaviour programs written with the interpreter; TestProgramsLikeCPython
// checks them by default.
var myPrograms = []string{
	"functions/arg_errors.py", "functions/defaults_closures.py", "functions/unbound_locals.py",
	"functions/attributes_reprs.py", "functions/star_calls.py", "functions/recursion.py",
	"functions/call_protocol.py", "generators/send_next.py", "generators/send_errors.py",
	"generators/throw_close.py", "generators/pep479.py", "generators/yield_from.py",
	"generators/genexpr_state.py", "generators/exc_state_frames.py", "generators/break_runs_finally.py", "coroutines/drive_by_hand.py",
	"coroutines/throw_into_await.py", "coroutines/await_errors.py", "coroutines/async_with_for_by_hand.py",
	"coroutines/never_awaited_warning.py", "coroutines/asyncgen_by_hand.py",
	"coroutines/asyncgen_asend_athrow.py", "coroutines/asyncgen_errors.py", "classes/super_chain.py",
	"classes/metaclass_hooks.py", "classes/class_body_scope.py", "classes/dunder_dispatch.py",
	"classes/class_features.py", "exceptions/context_cause.py", "exceptions/bare_raise_exc_info.py",
	"exceptions/finally_flow.py", "exceptions/with_statement.py", "exceptions/except_star.py",
	"exceptions/unpack_errors.py", "tracebacks/uncaught_in_function.py", "tracebacks/chained_cause.py",
	"tracebacks/during_handling.py", "tracebacks/name_suggestion.py", "tracebacks/attribute_suggestion.py",
	"tracebacks/recursion_limit.py", "tracebacks/group_uncaught.py", "tracebacks/notes_custom.py",
	"tracebacks/syntax_unclosed.py", "tracebacks/exec_syntax_error.py", "tracebacks/generator_raises.py",
	"tracebacks/pep479_uncaught.py", "tracebacks/finally_then_raise.py", "imports/stdlib_imports.py",
	"imports/import_errors.py", "imports/import_star_dunders.py", "imports/exec_eval_compile.py",
	"basics/loops_operators.py", "fstrings/conversions.py", "comprehensions/scopes.py",
	"scope/del_unbound.py",
}

// TestProgramsLikeCPython runs behaviour programs of runtime/testdata/py in Asobiba and in
// python3 (when installed) and compares what they print: the programs listed in myPrograms,
// or with ASOBIBA_PYTESTS=1 every program except those needing asyncio's virtual clock. It
// is a development aid; the engine's TestPrograms checks the same programs against their
// golden files.
func TestProgramsLikeCPython(t *testing.T) {
	root := filepath.Join("..", "testdata", "py")
	files := myPrograms
	if os.Getenv("ASOBIBA_PYTESTS") != "" {
		all, _ := filepath.Glob(filepath.Join(root, "*", "*.py"))
		files = nil
		for _, f := range all {
			if rel, _ := filepath.Rel(root, f); !strings.HasPrefix(rel, "asyncio") {
				files = append(files, filepath.ToSlash(rel))
			}
		}
	}
	for _, rel := range files {
		src, err := os.ReadFile(filepath.Join(root, rel))
		if err != nil {
			t.Fatal(err)
		}
		t.Run(rel, func(t *testing.T) { checkLikeCPython(t, string(src)) })
	}
}

// TestRunFile runs the program named by $ASOBIBA_RUN and prints its output (a development
// aid: go test -run TestRunFile -v).
func TestRunFile(t *testing.T) {
	path := os.Getenv("ASOBIBA_RUN")
	if path == "" {
		t.Skip("set ASOBIBA_RUN")
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out, errText, _ := runSource(t, string(src))
	t.Logf("stdout:\n%s\nstderr:\n%s", out, errText)
}
