package warnings_test

import (
	"testing"

	"github.com/asobiba/asobiba/runtime/stdlib/internal/testrun"
	"github.com/asobiba/asobiba/runtime/stdlib/warnings"
	"github.com/asobiba/asobiba/runtime/vm"
)

// goWarn is a builtin through which the Python programs below make Go code warn.
var goWarn = map[string]vm.BuiltinFunc{
	"go_warn": func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		msg, _ := args[0].(vm.Str)
		return vm.None, warnings.Warn(th, vm.RuntimeWarningType, string(msg), 1)
	},
	"go_warn_explicit": func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		msg, _ := args[0].(vm.Str)
		return vm.None, warnings.WarnExplicit(th, vm.DeprecationWarningType, string(msg), "lib.py", 7, nil)
	},
}

// TestWarnFromGo checks that warnings issued by Go code go through the filters and the
// registry, before and after the module is imported. A DeprecationWarning issued while
// __main__ runs is shown, as the default filters show those of __main__.
func TestWarnFromGo(t *testing.T) {
	out, errOut := testrun.Run(t, `
go_warn("before import")
for i in range(2):
    go_warn("in a loop")
import warnings
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    go_warn("recorded")
    go_warn_explicit("explicit")
print([(str(w.message), w.category.__name__, w.filename, w.lineno) for w in log])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        go_warn("as error")
    except RuntimeWarning as e:
        print("raised", e)
go_warn_explicit("from __main__")
`, goWarn)
	wantOut := "[('recorded', 'RuntimeWarning', 'main.py', 8), ('explicit', 'DeprecationWarning', 'lib.py', 7)]\nraised as error\n"
	if out != wantOut {
		t.Errorf("stdout:\n%s\nwant:\n%s", out, wantOut)
	}
	wantErr := "main.py:2: RuntimeWarning: before import\n  go_warn(\"before import\")\n" +
		"main.py:4: RuntimeWarning: in a loop\n  go_warn(\"in a loop\")\n" +
		"lib.py:7: DeprecationWarning: from __main__\n"
	if errOut != wantErr {
		t.Errorf("stderr:\n%s\nwant:\n%s", errOut, wantErr)
	}
}

// TestShowAndFormat checks the standard format, a replaced showwarning and the source line.
// The expected output was printed by CPython 3.12.
func TestShowAndFormat(t *testing.T) {
	out, errOut := testrun.Run(t, `
import warnings
def f():
    warnings.warn("look", stacklevel=2)
f()
warnings.showwarning = lambda m, c, fn, ln, file=None, line=None: print("custom", m, c.__name__, fn, ln)
f()
print(repr(warnings.formatwarning("m", UserWarning, "x.py", 1, " src ")))
`, nil)
	if want := "custom look UserWarning main.py 7\n'x.py:1: UserWarning: m\\n  src\\n'\n"; out != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", out, want)
	}
	if want := "main.py:5: UserWarning: look\n  f()\n"; errOut != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", errOut, want)
	}
}

// TestUnawaitedCoroutine checks that the VM's never-awaited warning obeys the filters once
// the module is imported.
func TestUnawaitedCoroutine(t *testing.T) {
	out, errOut := testrun.Run(t, `
import warnings
async def job():
    pass
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    job()
print([(str(w.message), w.lineno, type(w.source).__name__) for w in log])
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    job()
job()
`, nil)
	if want := "[(\"coroutine 'job' was never awaited\", 7, 'coroutine')]\n"; out != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", out, want)
	}
	want := "main.py:12: RuntimeWarning: coroutine 'job' was never awaited\n  job()\n" +
		"RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
	if errOut != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", errOut, want)
	}
}
