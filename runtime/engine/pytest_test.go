package engine

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// TestPrograms runs every behaviour test program under runtime/testdata/py and compares what
// it prints with what CPython printed for it (the .out/.err/.exit files written by
// `make golden`). Standard output and the exit status must match exactly; standard error is
// compared after dropping traceback frames of standard-library code (with their source and
// caret lines), which Asobiba implements differently, except asyncio's frames inside an
// exception group. Unlike the oracle's compare.py, the caret lines under the program's own
// frames are compared too.
//
// Programs listed in testdata/py/xfail.txt are known not to match CPython yet. They still
// run: a listed program that fails is reported in the log, and a listed program that passes
// fails the test until it is removed from the list, so the list can only shrink.
func TestPrograms(t *testing.T) {
	root := filepath.Join("..", "testdata", "py")
	xfail := readXfail(t, filepath.Join(root, "xfail.txt"))
	var files []string
	err := filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && isProgram(path) {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no test programs found")
	}
	for _, path := range files {
		rel, _ := filepath.Rel(root, path)
		name := filepath.ToSlash(rel)
		path := path
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			runExpecting(t, name, xfail[name], func(f failer) { checkProgram(f, path) })
		})
	}
}

// isProgram tells whether the file at path is a test program: any .py file, except inside
// a project, a folder named *.project that holds one program split over several files: there
// only main.py is a program, and the other files are its modules (golden.py follows the
// same rule).
func isProgram(path string) bool {
	dir, name := filepath.Split(path)
	if !strings.HasSuffix(name, ".py") {
		return false
	}
	dir = filepath.Clean(dir)
	if !strings.Contains(filepath.ToSlash(dir)+"/", ".project/") {
		return true
	}
	return strings.HasSuffix(dir, ".project") && name == "main.py"
}

// runExpecting runs check, which reports to a failer. A program known to fail (listed in an
// xfail file) must still fail: its failure is logged, and its passing is an error that asks
// for the list to be shortened.
func runExpecting(t *testing.T, name string, knownFailure bool, check func(failer)) {
	if !knownFailure {
		check(t)
		return
	}
	probe := &recorder{}
	done := make(chan struct{})
	go func() { // Fatal ends this goroutine, not the test's.
		defer close(done)
		check(probe)
	}()
	<-done
	if !probe.failed {
		t.Errorf("%s now matches CPython: remove it from its xfail list", name)
		return
	}
	t.Logf("known failure: %s", probe.first)
}

// readXfail reads the list of programs known not to match CPython yet: one path (relative to
// testdata/py) per line, # comments allowed.
func readXfail(t *testing.T, path string) map[string]bool {
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		if line = strings.TrimSpace(line); line != "" {
			out[line] = true
		}
	}
	return out
}

// failer is the part of testing.TB that checkProgram uses.
type failer interface {
	Helper()
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Errorf(format string, args ...any)
}

// recorder is a failer that remembers failures instead of reporting them.
type recorder struct {
	failed bool
	first  string
}

func (r *recorder) Helper() {}
func (r *recorder) note(s string) {
	if !r.failed {
		r.first = s
		if len(r.first) > 300 {
			r.first = r.first[:300] + "..."
		}
	}
	r.failed = true
}
func (r *recorder) Fatal(args ...any) { r.note(fmt.Sprint(args...)); runtime.Goexit() }
func (r *recorder) Fatalf(format string, args ...any) {
	r.note(fmt.Sprintf(format, args...))
	runtime.Goexit()
}
func (r *recorder) Errorf(format string, args ...any) { r.note(fmt.Sprintf(format, args...)) }

// expectation is what CPython printed for a program.
type expectation struct {
	stdout, stderr []byte
	exit           int
	// unordered says that CPython itself leaves the order of the stdout lines open (they
	// iterate a set of tasks): the lines are compared as a multiset.
	unordered bool
}

// checkProgram runs one program of testdata/py and compares it with its expectations
// (the .out, .err and .exit files beside it).
//
// Where CPython cannot run a program (it needs a real network, or a module the oracle lacks),
// the expectations are Asobiba's own, reviewed by eye: X.py.asobiba.out (with .asobiba.err
// and .asobiba.exit) then take the place of the oracle's files, which golden.py does not write.
func checkProgram(t failer, path string) {
	t.Helper()
	base := path
	if _, err := os.Stat(path + ".asobiba.out"); err == nil {
		base = path + ".asobiba"
	}
	want := expectation{stdout: readOptional(t, base+".out"), stderr: readOptional(t, base+".err")}
	if s := strings.TrimSpace(string(readOptional(t, base+".exit"))); s != "" {
		want.exit, _ = strconv.Atoi(s)
	}
	if _, err := os.Stat(base + ".out"); err != nil && len(want.stderr) == 0 && want.exit == 0 {
		t.Fatalf("%s has no expected output: run `make golden`", path)
	}
	checkAgainst(t, path, want)
}

// checkAgainst runs the program at path and compares what it prints with want: stdout and
// the exit status exactly, stderr after normaliseStderr.
func checkAgainst(t failer, path string, want expectation) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	opts := Options{Filename: filepath.Base(path), Stdin: readOptional(t, path+".in"),
		StepBudget: 200_000_000}
	if strings.HasSuffix(filepath.Dir(path), ".project") {
		// As the oracle runs it: from its own folder, whose files it can import.
		opts.ScriptDir = os.DirFS(filepath.Dir(path))
	}
	res := Run(src, opts, func(e Event) {
		switch e.Kind {
		case "stdout":
			stdout.WriteString(e.Data)
		case "stderr":
			stderr.WriteString(e.Data)
		}
	})
	got := stdout.String()
	if want.unordered {
		got, want.stdout = sortLines(got), []byte(sortLines(string(want.stdout)))
	}
	if got != string(want.stdout) {
		t.Errorf("stdout differs:\n%s", lineDiff(string(want.stdout), got))
	}
	if got, wantErr := normaliseStderr(stderr.String()), normaliseStderr(string(want.stderr)); got != wantErr {
		t.Errorf("stderr differs:\n%s", lineDiff(wantErr, got))
	}
	if res.ExitStatus != want.exit {
		t.Errorf("exit status %d, want %d", res.ExitStatus, want.exit)
	}
}

// sortLines sorts the lines of s.
func sortLines(s string) string {
	lines := strings.Split(s, "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func readOptional(t failer, path string) []byte {
	b, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	return b
}

var (
	// Frames of exception groups are indented with "| " markers.
	frameLine = regexp.MustCompile(`^[\s|]*File "([^"]*)", line \d+`)
	caretLine = regexp.MustCompile(`^[\s|]*[~^]+\s*$`)
	groupBar  = regexp.MustCompile(`^\s*\| `)
)

// normaliseStderr drops what the comparison ignores: frames whose file name starts with "<"
// or "/" (standard-library code, which Asobiba implements differently) together with the
// source line under them, and CPython's caret underlines. Inside an exception group's
// traceback the same holds after the "  | " markers, except for asyncio's own frames: as
// the oracle's compare.py does, those are compared, so the lines of Asobiba's asyncio that
// show there carry CPython's line numbers and text ("# CPython 3.11: line N" markers).
func normaliseStderr(s string) string {
	var out []string
	skipSource, skipCarets := false, false
	for _, line := range strings.Split(s, "\n") {
		if skipSource {
			skipSource = false
			if strings.HasPrefix(groupBar.ReplaceAllString(line, ""), "    ") {
				skipCarets = true
				continue
			}
		}
		if skipCarets {
			skipCarets = false
			if caretLine.MatchString(line) {
				continue
			}
		}
		if m := frameLine.FindStringSubmatch(line); m != nil && strings.ContainsAny(m[1][:min(1, len(m[1]))], "</") &&
			!(groupBar.MatchString(line) && strings.HasPrefix(m[1], "<stdlib>/asyncio/")) {
			skipSource = true
			continue
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// lineDiff shows the first differing lines of want and got.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl || i >= len(w) || i >= len(g) {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + strconv.Quote(wl) + "\n  got:  " + strconv.Quote(gl) +
				"\n--- want (full) ---\n" + want + "\n--- got (full) ---\n" + got
		}
	}
	return "(equal)"
}
