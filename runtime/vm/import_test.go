package vm_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asobiba/asobiba/runtime/stdlib"
	"github.com/asobiba/asobiba/runtime/vm"
)

// importFiles is a small tree of user modules exercising the import system.
var importFiles = map[string]string{
	"pkg/__init__.py":     "from .sub import helper\nfrom . import mod\n__all__ = ['helper', 'VALUE']\nVALUE = 1\nprint('pkg init', __name__, __package__)\n",
	"pkg/mod.py":          "from . import sub\nfrom .sub import deep\nprint('mod', __name__, __package__, sub.__name__)\n",
	"pkg/sub/__init__.py": "def helper():\n    return 'helped'\n",
	"pkg/sub/deep.py":     "from .. import mod\nX = 42\n",
	"circ_a.py":           "import circ_b\nA = 1\n",
	"circ_b.py":           "from circ_a import A\n",
	"broken.py":           "x = 1\nraise ValueError('broken module')\n",
	"badsyntax.py":        "def f(:\n    pass\n",
}

var importMain = `import pkg
from pkg import *
print(helper(), VALUE, pkg.mod.__name__, pkg.sub.deep.X)
import pkg.sub.deep as d
print(d.X, d.__name__, d.__package__)
from pkg.sub import deep
print(deep is d)
import sys
print('pkg.mod' in sys.modules, sorted(k for k in sys.modules if k.startswith('pkg')))
try:
    import circ_a
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
try:
    import broken
except ValueError as e:
    print('broken:', e, 'broken' in sys.modules)
try:
    import nosuch.thing
except ModuleNotFoundError as e:
    print(e)
try:
    import pkg.nosuch
except ModuleNotFoundError as e:
    print(e)
try:
    from pkg import nosuch
except ImportError as e:
    print(str(e).split(' (')[0])
try:
    import badsyntax
except SyntaxError as e:
    print(e.msg, e.lineno)
print(__import__('pkg.sub', fromlist=['helper']).helper(), __import__('pkg.sub').__name__)
`

func TestImportsLikeCPython(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not available")
	}
	dir := t.TempDir()
	for name, src := range importFiles {
		path := filepath.Join(dir, name)
		_ = os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "main.py"), []byte(importMain), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, "-B", "main.py")
	cmd.Dir = dir
	want, _ := cmd.CombinedOutput()

	var stdout, stderr bytes.Buffer
	th := newThread(&stdout, &stderr)
	th.Interp.FindSource = func(name string) ([]byte, string, bool, bool) {
		p := strings.ReplaceAll(name, ".", "/")
		if src, ok := importFiles[p+".py"]; ok {
			return []byte(src), p + ".py", false, true
		}
		if src, ok := importFiles[p+"/__init__.py"]; ok {
			return []byte(src), p + "/__init__.py", true, true
		}
		return stdlib.FindSource(name)
	}
	err = vm.RunMain(th, "main.py", []byte(importMain))
	var exc *vm.Exception
	if errors.As(err, &exc) {
		th.PrintException(&stderr, exc)
	}
	if got := stdout.String() + stderr.String(); got != string(want) {
		t.Errorf("output differs\n--- want\n%s--- got\n%s", want, got)
	}
}
