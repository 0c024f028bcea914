package asyncio

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestLinePlacement checks every "# CPython 3.11: line N" marker of the Python layer: after
// placeLines the marked line sits at line N, without its marker, and reads as line N of
// CPython's own module when python3 (CPython 3.11) is on the machine.
func TestLinePlacement(t *testing.T) {
	cpython := cpythonAsyncioDir()
	markers := 0
	err := fs.WalkDir(lib, "lib", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".py") {
			return err
		}
		raw, err := lib.ReadFile(path)
		if err != nil {
			return err
		}
		placed := strings.Split(string(placeLines(raw)), "\n")
		for _, line := range strings.Split(string(raw), "\n") {
			at, want, ok := lineMarker(line)
			if !ok {
				continue
			}
			markers++
			text := strings.TrimRight(line[:at], " ")
			if want > len(placed) || placed[want-1] != text {
				t.Errorf("%s: %q should be line %d", path, strings.TrimSpace(text), want)
			}
			if cpython != "" {
				if theirs := lineOf(filepath.Join(cpython, filepath.Base(path)), want); strings.TrimSpace(theirs) != strings.TrimSpace(text) {
					t.Errorf("%s: line %d reads %q, CPython's %q", path, want, strings.TrimSpace(text), strings.TrimSpace(theirs))
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if markers == 0 {
		t.Fatal("no line markers found")
	}
}

func TestPlaceLines(t *testing.T) {
	src := "a = 1\nb = 2  # CPython 3.11: line 4\nc = 3  # CPython 3.11: line 2\n"
	want := "a = 1\n\n\nb = 2\nc = 3\n"
	if got := string(placeLines([]byte(src))); got != want {
		t.Errorf("placeLines = %q, want %q", got, want)
	}
}

// cpythonAsyncioDir returns the folder of CPython 3.11's asyncio package, or "" when python3
// is not CPython 3.11.
func cpythonAsyncioDir() string {
	out, err := exec.Command("python3", "-c", "import asyncio, os, sys; print(sys.version_info[:2] == (3, 11) and os.path.dirname(asyncio.__file__) or '')").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

// lineOf returns line n of a file, or "" when there is none.
func lineOf(path string, n int) string {
	data, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	lines := strings.Split(string(data), "\n")
	if n < 1 || n > len(lines) {
		return ""
	}
	return lines[n-1]
}

// TestLineMarker checks the marker syntax: "#", spaces, "CPython 3.11: line N", spaces.
func TestLineMarker(t *testing.T) {
	for _, tc := range []struct {
		line     string
		at, want int
		ok       bool
	}{
		{"x = 1  # CPython 3.11: line 12", 7, 12, true},
		{"x = 1 #CPython 3.11: line 7 \t", 6, 7, true},
		{"x = 1  # CPython 3.11: line ", 0, 0, false},
		{"x = 1  # CPython 3.11: line 4x", 0, 0, false},
		{"x = 1  CPython 3.11: line 4", 0, 0, false},
		{"x = 1  # see CPython 3.11: line 4", 0, 0, false},
		{"x = 1", 0, 0, false},
	} {
		at, want, ok := lineMarker(tc.line)
		if at != tc.at || want != tc.want || ok != tc.ok {
			t.Errorf("lineMarker(%q) = %d, %d, %v, want %d, %d, %v", tc.line, at, want, ok, tc.at, tc.want, tc.ok)
		}
	}
}
