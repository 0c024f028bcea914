package pylib

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEverySourceIsEmbedded checks that each .py file in this folder (outside testdata) is
// reachable through Source under its dotted name, so a new package folder cannot be
// forgotten in the go:embed line.
func TestEverySourceIsEmbedded(t *testing.T) {
	err := filepath.WalkDir(".", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "testdata" {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".py") {
			return nil
		}
		name := strings.TrimSuffix(strings.TrimSuffix(path, ".py"), "/__init__")
		name = strings.ReplaceAll(filepath.ToSlash(name), "/", ".")
		want, _ := os.ReadFile(path)
		got, ok := Source(name)
		if !ok || string(got) != string(want) {
			t.Errorf("Source(%q) does not return %s", name, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestNames checks the module list and package detection.
func TestNames(t *testing.T) {
	names := Names()
	seen := map[string]bool{}
	for _, n := range names {
		seen[n] = true
	}
	for _, want := range []string{"functools", "collections", "collections.abc", "json", "typing"} {
		if !seen[want] {
			t.Errorf("Names() lacks %q", want)
		}
	}
	if !IsPackage("collections") || IsPackage("functools") {
		t.Errorf("IsPackage is wrong for collections or functools")
	}
	if _, ok := Source("nosuchmodule"); ok {
		t.Errorf("Source found a module that does not exist")
	}
	if _, ok := Source("../pylib"); ok {
		t.Errorf("Source accepted a path")
	}
}
