package exactfloat

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestNoBigFloatInEngine keeps big.Float and big.Rat out of the runtime's non-test code: they
// cost the browser engine some 45 KB of code (issue #5), and this package does what the engine
// needs of them on big.Int.
func TestNoBigFloatInEngine(t *testing.T) {
	use := regexp.MustCompile(`\bbig\.(Float|Rat|NewFloat|NewRat|ParseFloat)\b`)
	root := filepath.Join("..", "..")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(src), "\n") {
			if code, _, _ := strings.Cut(line, "//"); use.MatchString(code) {
				t.Errorf("%s:%d uses %s; use exactfloat and big.Int instead", path, i+1, use.FindString(code))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
