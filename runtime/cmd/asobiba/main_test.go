package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runPy writes src to a temporary main.py and runs "asobiba run" on it.
func runPy(t *testing.T, src, stdin string, args ...string) (stdout, stderr string, status int, path string) {
	t.Helper()
	path = filepath.Join(t.TempDir(), "main.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	status = cli(append([]string{"run", path}, args...), strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), status, path
}

func TestRunHello(t *testing.T) {
	out, errOut, status, _ := runPy(t, "print(\"こんにちは\")\n", "")
	if out != "こんにちは\n" || errOut != "" || status != 0 {
		t.Errorf("got stdout %q stderr %q status %d", out, errOut, status)
	}
}

// TestRunStreamsArgsStdinExit checks what python3 does with the same program:
// separate streams, sys.argv, input() and sys.exit.
func TestRunStreamsArgsStdinExit(t *testing.T) {
	src := `import sys
print("out")
print("err", file=sys.stderr)
print(sys.argv[1:])
print(input())
sys.exit(3)
`
	out, errOut, status, _ := runPy(t, src, "行\n", "a", "b")
	if want := "out\n['a', 'b']\n行\n"; out != want {
		t.Errorf("stdout %q, want %q", out, want)
	}
	if errOut != "err\n" || status != 3 {
		t.Errorf("stderr %q status %d, want \"err\\n\" 3", errOut, status)
	}
}

func TestRunSyntaxError(t *testing.T) {
	out, errOut, status, path := runPy(t, "print(\"hi\"\n", "")
	want := "  File \"" + path + "\", line 1\n    print(\"hi\"\n         ^\nSyntaxError: '(' was never closed\n"
	if out != "" || errOut != want || status != 1 {
		t.Errorf("got stdout %q stderr %q status %d, want stderr %q", out, errOut, status, want)
	}
}

func TestRunUsageErrors(t *testing.T) {
	var out, errOut bytes.Buffer
	missing := filepath.Join(t.TempDir(), "missing.py")
	if status := cli([]string{"run", missing}, nil, &out, &errOut); status != 2 {
		t.Errorf("missing file: status %d", status)
	}
	if want := "asobiba: can't open file '" + missing + "': [Errno 2] No such file or directory\n"; errOut.String() != want {
		t.Errorf("missing file: stderr %q, want %q", errOut.String(), want)
	}
	for _, args := range [][]string{nil, {"run"}, {"frobnicate"}, {"run", "--step-budget", "x", "a.py"}} {
		if status := cli(args, nil, &out, &errOut); status != 2 {
			t.Errorf("cli(%q): status %d, want 2", args, status)
		}
	}
}

func TestServeRejectsMissingDir(t *testing.T) {
	var out, errOut bytes.Buffer
	dir := filepath.Join(t.TempDir(), "nothing")
	if status := cli([]string{"serve", "--addr", "127.0.0.1:0", "--dir", dir}, nil, &out, &errOut); status != 1 {
		t.Errorf("status %d, stderr %q", status, errOut.String())
	}
}

// TestRunScriptPaths checks what python3 does with a script named by a relative path:
// sys.argv[0] is the path as given, __file__ and code objects carry the absolute path.
func TestRunScriptPaths(t *testing.T) {
	dir := t.TempDir()
	src := "import sys\nprint(sys.argv[0])\nprint(__file__)\nprint(print.__module__, (lambda: 0).__code__.co_filename)\n"
	if err := os.WriteFile(filepath.Join(dir, "rel.py"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	var out, errOut bytes.Buffer
	if status := cli([]string{"run", "rel.py"}, nil, &out, &errOut); status != 0 {
		t.Fatalf("status %d, stderr %q", status, errOut.String())
	}
	abs, err := filepath.Abs("rel.py")
	if err != nil {
		t.Fatal(err)
	}
	if want := "rel.py\n" + abs + "\nbuiltins " + abs + "\n"; out.String() != want {
		t.Errorf("stdout %q, want %q", out.String(), want)
	}
}
