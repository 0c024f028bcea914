// Package pyos implements posix, the module under Python's os for Asobiba's sandbox, which
// has no processes, no real environment and an in-memory file system. As in CPython, os is
// Python source (package pylib's os.py) over posix, and os.path is posixpath, also Python.
// posix keeps in Go only what needs the interpreter or the run's file system (package vfs):
//
//   - stat, lstat (no symbolic links: the same as stat), stat_result, utime, access,
//     listdir, mkdir, rmdir, remove, unlink, rename and replace work on the file system.
//     st_mode shows permissions 0o644 for files and 0o755 for folders, times come from the
//     virtual clock, listings are sorted by name.
//   - urandom(n) returns bytes from a generator seeded with a constant, so a program sees
//     the same "random" bytes on every run: they are NOT secure.
//   - fspath is os.fspath.
//
// The package is named pyos so that it does not shadow Go's os.
package pyos

import (
	"math/rand/v2"

	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// urandomKey keys the interpreter's urandom generator in Interp.Ext.
type urandomKey struct{}

func urandom(th *vm.Thread, n int) []byte {
	ip := th.Interp
	if ip.Ext == nil {
		ip.Ext = map[any]any{}
	}
	r, ok := ip.Ext[urandomKey{}].(*rand.ChaCha8)
	if !ok {
		r = rand.NewChaCha8([32]byte{'a', 's', 'o', 'b', 'i', 'b', 'a'})
		ip.Ext[urandomKey{}] = r
	}
	b := make([]byte, n)
	_, _ = r.Read(b)
	return b
}

// Load builds the posix module.
func Load(th *vm.Thread) (*vm.Module, error) {
	m := modkit.NewModule("posix", "The operating-system functions under os: in Asobiba, those of the\n"+
		"run's in-memory file system, fspath and urandom.")
	modkit.Function(m, "fspath", "path", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		p, err := fspath(th, a[0])
		if err != nil {
			return nil, err
		}
		if _, ok := a[0].(vm.Str); ok {
			return a[0], nil
		}
		return p.value(p.s), nil
	})
	modkit.Function(m, "urandom", "size, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		n, err := modkit.Int64(th, a[0])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, vm.Errorf(vm.ValueErrorType, "negative argument not allowed")
		}
		if n > 1<<28 {
			return nil, vm.Errorf(vm.MemoryErrorType, "")
		}
		return vm.Bytes(urandom(th, int(n))), nil
	})
	loadFiles(m)
	loadStat(m)
	return m, nil
}
