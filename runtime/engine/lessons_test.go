package engine

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// pythonCell finds the ```python cells of a lesson.
var pythonCell = regexp.MustCompile("(?ms)^```python\n(.*?)^```")

// TestLessonCells runs every python cell of the lessons in docs/ and compares what it prints
// with what CPython printed for it (docs/testdata/LESSON.cellN.py.out, written by
// `make golden`): a lesson must never show learners output that CPython would not.
func TestLessonCells(t *testing.T) {
	docs := filepath.Join("..", "..", "docs")
	lessons, err := filepath.Glob(filepath.Join(docs, "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	cells := 0
	for _, lesson := range lessons {
		if filepath.Base(lesson) == "README.md" {
			continue
		}
		src, err := os.ReadFile(lesson)
		if err != nil {
			t.Fatal(err)
		}
		for i, m := range pythonCell.FindAllSubmatch(src, -1) {
			cells++
			name := strings.TrimSuffix(filepath.Base(lesson), ".md") + ".cell" + strconv.Itoa(i+1) + ".py"
			code := m[1]
			t.Run(name, func(t *testing.T) {
				base := filepath.Join(docs, "testdata", name)
				want := expectation{stdout: readOptional(t, base+".out"), stderr: readOptional(t, base+".err")}
				if s := strings.TrimSpace(string(readOptional(t, base+".exit"))); s != "" {
					want.exit, _ = strconv.Atoi(s)
				}
				if len(want.stdout) == 0 && len(want.stderr) == 0 {
					t.Fatalf("%s has no expected output: run `make golden`", base)
				}
				path := filepath.Join(t.TempDir(), name)
				if err := os.WriteFile(path, code, 0o644); err != nil {
					t.Fatal(err)
				}
				checkAgainst(t, path, want)
			})
		}
	}
	if cells == 0 {
		t.Fatal("no lesson cells found in docs/")
	}
}
