package syntax

// These tests parse external corpora: the Python standard library, when a
// CPython installation is present (they skip cleanly otherwise), and the
// files of testdata/corpus with their CPython-generated dumps.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// stdlibDirs are the standard library directories parsed by the tests.
var stdlibDirs = []string{
	"/root/.pyenv/versions/3.11.7/lib/python3.11",
	"/root/.pyenv/versions/3.12.1/lib/python3.12",
}

// python312 returns the path of a Python 3.12 interpreter, or "".
func python312() string {
	for _, p := range []string{os.Getenv("PYTHON312"), "/root/.pyenv/versions/3.12.1/bin/python3", "python3.12"} {
		if p == "" {
			continue
		}
		if path, err := exec.LookPath(p); err == nil {
			out, err := exec.Command(path, "-c", "import sys; print(sys.version_info[:2] == (3, 12))").Output()
			if err == nil && strings.TrimSpace(string(out)) == "True" {
				return path
			}
		}
	}
	return ""
}

// TestParseStdlib parses every top-level module of the standard library.
func TestParseStdlib(t *testing.T) {
	found := false
	for _, dir := range stdlibDirs {
		files, _ := filepath.Glob(filepath.Join(dir, "*.py"))
		for _, file := range files {
			found = true
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if _, _, err := ParseFile(file, src); err != nil {
				var e *Error
				if errors.As(err, &e) && strings.Contains(e.Msg, "not supported in Asobiba") {
					continue
				}
				t.Errorf("%v", err)
			}
		}
	}
	if !found {
		t.Skip("no Python standard library found")
	}
}

// TestStdlibDumps compares our trees, with their positions, with CPython
// 3.12's for the modules of its standard library, when Python 3.12 is
// available. Set ASOBIBA_FULL_STDLIB=1 to include the packages and the
// test suite (about two minutes).
func TestStdlibDumps(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	files, _ := filepath.Glob(filepath.Join(stdlibDirs[1], "*.py"))
	if os.Getenv("ASOBIBA_FULL_STDLIB") != "" {
		files = nil
		filepath.WalkDir(stdlibDirs[1], func(path string, d os.DirEntry, err error) error {
			if err == nil && strings.HasSuffix(path, ".py") {
				files = append(files, path)
			}
			return nil
		})
	}
	compareWithCPython(t, files)
}

// TestSeedCases compares our trees with CPython's for the project's seed
// programs, when they and Python 3.12 are available.
func TestSeedCases(t *testing.T) {
	files, _ := filepath.Glob("/work/shared/seed-cases/*.py")
	compareWithCPython(t, files)
}

// compareWithCPython parses files with CPython 3.12 and with ParseFile and
// compares the trees with their positions. It skips the test if Python
// 3.12 or the files are missing.
func compareWithCPython(t *testing.T, files []string) {
	py := python312()
	if py == "" {
		t.Skip("Python 3.12 not found")
	}
	if len(files) == 0 {
		t.Skip("no files")
	}
	const script = `
import ast, json, sys, warnings
warnings.simplefilter("ignore")
out = {}
for path in sys.stdin.read().split("\n"):
    # Asobiba reads source as UTF-8 text, as compile() does for a str.
    try:
        with open(path, "rb") as f:
            text = f.read().decode("utf-8-sig")
    except UnicodeDecodeError:
        out[path] = "__skip__"
        continue
    try:
        tree = compile(text, path, "exec", flags=ast.PyCF_ONLY_AST, dont_inherit=True)
        out[path] = ast.dump(tree, include_attributes=True)
    except (SyntaxError, ValueError) as e:
        out[path] = None
json.dump(out, sys.stdout)
`
	cmd := exec.Command(py, "-c", script)
	cmd.Stdin = strings.NewReader(strings.Join(files, "\n"))
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	if err := cmd.Run(); err != nil {
		t.Fatalf("running %s: %v", py, err)
	}
	var want map[string]*string
	if err := json.Unmarshal(stdout.Bytes(), &want); err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		mod, _, err := ParseFile(file, src)
		w := want[file]
		switch {
		case w == nil && err == nil:
			t.Errorf("%s: CPython rejects the file, we accept it", file)
		case w == nil || *w == "__skip__":
		case err != nil:
			if !strings.Contains(err.Error(), "not supported in Asobiba") {
				t.Errorf("%v", err)
			}
		default:
			if got := dumpWithPositions(mod, mod.Lines); got != *w {
				t.Errorf("%s: dump mismatch\n%s", file, diffHint(got, *w))
			}
		}
	}
}

// TestCorpus compares the dumps of testdata/corpus/*.py with CPython's.
func TestCorpus(t *testing.T) {
	files, _ := filepath.Glob("testdata/corpus/*.py")
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(strings.TrimSuffix(file, ".py") + ".dump")
		if err != nil {
			t.Errorf("%s: no .dump file (run go generate)", file)
			continue
		}
		mod, _, err := ParseFile(file, src)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		if got := dumpWithPositions(mod, mod.Lines); got != strings.TrimSuffix(string(want), "\n") {
			t.Errorf("%s: dump mismatch\n%s", file, diffHint(got, string(want)))
		}
	}
}

// TestMutationsAgainstCPython breaks valid programs in thousands of random
// ways (testdata/mutate.py) and compares our syntax errors, with their
// positions, with CPython 3.12's. CPython's PEG parser backtracks in ways
// a recursive descent parser only imitates, so a few exotic cases differ;
// the test fails if more than 1.5% do. It needs Python 3.12.
func TestMutationsAgainstCPython(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	py := python312()
	if py == "" {
		t.Skip("Python 3.12 not found")
	}
	out := filepath.Join(t.TempDir(), "cases.json")
	if msg, err := exec.Command(py, "testdata/mutate.py", "1", out).CombinedOutput(); err != nil {
		t.Fatalf("mutate.py: %v\n%s", err, msg)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct{ Src, Want string }
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	bad := 0
	for _, c := range cases {
		got := "OK"
		if _, _, err := ParseFile("<m>", []byte(c.Src)); err != nil {
			e := err.(*Error)
			if strings.Contains(e.Msg, "not supported in Asobiba") {
				continue
			}
			got = fmt.Sprintf("%d:%d: %s: %s", e.Pos.Line, e.Pos.Col, e.Kind, e.Msg)
		}
		if got != c.Want {
			bad++
			t.Logf("%q\n  got  %s\n  want %s", c.Src, got, c.Want)
		}
	}
	t.Logf("%d of %d mutations differ from CPython", bad, len(cases))
	if bad*1000 > len(cases)*15 {
		t.Errorf("too many differences: %d of %d", bad, len(cases))
	}
}
