package pylib

import (
	"errors"
	"strings"
	"sync/atomic"
	"testing"
)

// TestBundle checks that a library made from a bundle serves the texts it holds without
// fetching, fetches the others once, and turns a failed fetch into a module raising
// ImportError.
func TestBundle(t *testing.T) {
	saved := lib.Load()
	defer lib.Store(saved)

	data, err := EncodeBundle([]string{"functools.py", "collections/__init__.py"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]byte{}
	for _, p := range []string{"functools.py", "collections/__init__.py", "json/__init__.py", "typing.py"} {
		want[p], _ = ReadFile(p)
	}
	var fetched []string
	var fail atomic.Bool
	err = UseBundle(data, func(path string) ([]byte, error) {
		fetched = append(fetched, path)
		if fail.Load() {
			return nil, errors.New("HTTP 404")
		}
		return want[path], nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := Source("functools"); string(got) != string(want["functools.py"]) {
		t.Error("functools: wrong text from the bundle")
	}
	if got, _ := Source("collections"); string(got) != string(want["collections/__init__.py"]) || !IsPackage("collections") {
		t.Error("collections: wrong text or not a package")
	}
	if len(fetched) != 0 {
		t.Errorf("fetched %v, which the bundle holds", fetched)
	}
	for range 2 {
		if got, ok := Source("json"); !ok || string(got) != string(want["json/__init__.py"]) {
			t.Error("json: wrong fetched text")
		}
	}
	if len(fetched) != 1 || fetched[0] != "json/__init__.py" {
		t.Errorf("fetched %v, want json/__init__.py once", fetched)
	}
	if _, ok := Source("nosuchmodule"); ok || len(fetched) != 1 {
		t.Error("a module missing from the bundle was looked for")
	}
	fail.Store(true)
	got, ok := Source("typing")
	if !ok || !strings.HasPrefix(string(got), `raise ImportError("cannot load the standard library module typing: HTTP 404", name="typing")`) {
		t.Errorf("failed fetch gave %q, %v", got, ok)
	}
	fail.Store(false)
	if got, _ := Source("typing"); string(got) != string(want["typing.py"]) {
		t.Error("typing: a failed fetch was remembered")
	}
	if len(Names()) != len(saved.paths) {
		t.Errorf("the bundle lists %d modules, want %d", len(Names()), len(saved.paths))
	}
}

// TestBundleDamaged checks that truncated or altered bundles are refused.
func TestBundleDamaged(t *testing.T) {
	saved := lib.Load()
	defer lib.Store(saved)
	data, err := EncodeBundle([]string{"abc.py"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range [][]byte{nil, data[:3], data[:len(data)-1], append(append([]byte{}, data...), 0), append([]byte("PYLB\x01"), data[5:]...)} {
		if err := UseBundle(bad, nil); err == nil {
			t.Errorf("UseBundle accepted %d damaged bytes", len(bad))
		}
	}
	if lib.Load() != saved {
		t.Error("a damaged bundle replaced the library")
	}
	if _, err := EncodeBundle([]string{"nosuch.py"}, nil); err == nil {
		t.Error("EncodeBundle accepted a file that does not exist")
	}
}

// TestBundleDeferred checks that a deferred file's module has a nil source, which fetches
// nothing, and that ReadFile fetches its text.
func TestBundleDeferred(t *testing.T) {
	saved := lib.Load()
	defer lib.Store(saved)
	want, _ := ReadFile("heapq.py")
	data, err := EncodeBundle(nil, []string{"heapq.py"})
	if err != nil {
		t.Fatal(err)
	}
	var fetched []string
	err = UseBundle(data, func(path string) ([]byte, error) {
		fetched = append(fetched, path)
		return want, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if src, ok := Source("heapq"); !ok || src != nil || len(fetched) != 0 {
		t.Errorf("Source(heapq) = %d bytes, %v; fetched %v", len(src), ok, fetched)
	}
	if got, err := ReadFile("heapq.py"); err != nil || string(got) != string(want) || len(fetched) != 1 {
		t.Errorf("ReadFile(heapq.py): %v, fetched %v", err, fetched)
	}
}
