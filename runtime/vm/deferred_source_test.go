package vm_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/compile/codefile"
	"github.com/asobiba/asobiba/runtime/stdlib"
	"github.com/asobiba/asobiba/runtime/syntax"
	"github.com/asobiba/asobiba/runtime/vm"
)

// withoutPositions returns a copy of code and its nested code objects without their spans.
func withoutPositions(code *compile.Code) *compile.Code {
	c := *code
	c.Positions = nil
	c.Consts = append([]compile.Const(nil), code.Consts...)
	for i, k := range c.Consts {
		if sub, ok := k.(*compile.Code); ok {
			c.Consts[i] = withoutPositions(sub)
		}
	}
	return &c
}

// TestDeferredSource imports standard-library modules whose finder defers their text, as
// the browser engine does: the one in the shipped set runs without its text being read, a
// traceback through it reads the text once and shows its lines and carets as a compiled
// source does, and the one the set lacks is read and compiled on import.
func TestDeferredSource(t *testing.T) {
	t.Cleanup(func() { vm.SetStdlibCodes(nil); vm.SetDeferredSource(nil) })
	texts := map[string]string{
		"<stdlib>/deferred_shipped.py": "def fail(x):\n    return 1 + (x\n        // 0)\n",
		"<stdlib>/deferred_other.py":   "def fail():\n    raise KeyError('k')\n",
	}
	const name = "<stdlib>/deferred_shipped.py"
	src := []byte(texts[name])
	mod, _, err := syntax.ParseFile(name, src)
	if err != nil {
		t.Fatal(err)
	}
	code, err := compile.Compile(mod, name, compile.Exec)
	if err != nil {
		t.Fatal(err)
	}
	// The set leaves out the spans of instructions, as wasm/stdlibcodes does: the traceback
	// compiles the text again for its carets.
	set, err := codefile.EncodeSet([]codefile.Module{{Filename: name, Source: src, Code: withoutPositions(code)}})
	if err != nil {
		t.Fatal(err)
	}
	if err := vm.UseStdlibCodes(set); err != nil {
		t.Fatal(err)
	}
	var loads []string
	vm.SetDeferredSource(func(filename string) ([]byte, error) {
		loads = append(loads, filename)
		if text, ok := texts[filename]; ok {
			return []byte(text), nil
		}
		return nil, errors.New("no such file")
	})
	// run runs main; the finder defers the modules' text, or with given gives it.
	run := func(main string, given bool) string {
		var stdout, stderr bytes.Buffer
		th := newThread(&stdout, &stderr)
		th.Interp.FindSource = func(module string) ([]byte, string, bool, bool) {
			if filename := "<stdlib>/" + module + ".py"; texts[filename] != "" {
				if given {
					return []byte(texts[filename]), filename, false, true
				}
				return nil, filename, false, true
			}
			return stdlib.FindSource(module)
		}
		var exc *vm.Exception
		if err := vm.RunMain(th, "main.py", []byte(main)); errors.As(err, &exc) {
			th.PrintException(&stderr, exc)
		}
		return stdout.String() + stderr.String()
	}
	if got := run("import deferred_shipped\nprint(deferred_shipped.fail.__name__)\n", false); got != "fail\n" || len(loads) != 0 {
		t.Fatalf("importing a shipped module: %q, read %v", got, loads)
	}
	const failing = "import deferred_shipped\ndeferred_shipped.fail(1)\n"
	// The traceback as it is when the module is compiled with its text at hand, which is
	// what CPython prints.
	want := run(failing, true)
	if !strings.Contains(want, "    return 1 + (x\n                ^\n") || len(loads) != 0 {
		t.Fatalf("the traceback from the source lacks the line and its carets:\n%s", want)
	}
	for range 2 {
		if got := run(failing, false); got != want {
			t.Errorf("traceback through a shipped module:\n%s\nwant:\n%s", got, want)
		}
	}
	if len(loads) != 1 || loads[0] != name {
		t.Errorf("the shipped module's text was read %v, want once", loads)
	}
	loads = nil
	if got := run("import deferred_other\ndeferred_other.fail()\n", false); !strings.Contains(got, "    raise KeyError('k')\n") || len(loads) != 1 {
		t.Errorf("a module the set lacks: %q, read %v", got, loads)
	}
}
