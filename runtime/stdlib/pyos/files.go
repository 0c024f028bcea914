package pyos

import (
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/stdlib/vfs"
	"github.com/asobiba/asobiba/runtime/vm"
)

// loadFiles adds the functions over the in-memory file system.
func loadFiles(m *vm.Module) {
	pathArg := func(th *vm.Thread, fname string, v vm.Value) (string, error) {
		p, err := fspath(th, v)
		if err != nil {
			return "", vm.Errorf(vm.TypeErrorType, "%s: path should be string, bytes or os.PathLike, not %s", fname, v.Type().Name)
		}
		return p.s, nil
	}
	modkit.Function(m, "listdir", "path=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		arg := modkit.Or(a[0], vm.Str("."))
		p, err := pathArg(th, "listdir", arg)
		if err != nil {
			return nil, err
		}
		names, e := vfs.Of(th.Interp).List(p)
		if e != nil {
			return nil, e.Raise(th, arg)
		}
		out := make([]vm.Value, len(names))
		_, isBytes := arg.(vm.Bytes)
		for i, n := range names {
			if isBytes {
				out[i] = vm.Bytes(n)
			} else {
				out[i] = vm.Str(n)
			}
		}
		return vm.NewList(out), nil
	})
	modkit.Function(m, "mkdir", "path, mode=, *, dir_fd=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		p, err := pathArg(th, "mkdir", a[0])
		if err != nil {
			return nil, err
		}
		if e := vfs.Of(th.Interp).Mkdir(p); e != nil {
			return nil, e.Raise(th, a[0])
		}
		return vm.None, nil
	})
	for _, name := range []string{"remove", "unlink"} {
		modkit.Function(m, name, "path, *, dir_fd=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
			p, err := pathArg(th, name, a[0])
			if err != nil {
				return nil, err
			}
			if e := vfs.Of(th.Interp).Remove(p); e != nil {
				return nil, e.Raise(th, a[0])
			}
			return vm.None, nil
		})
	}
	modkit.Function(m, "rmdir", "path, *, dir_fd=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		p, err := pathArg(th, "rmdir", a[0])
		if err != nil {
			return nil, err
		}
		if e := vfs.Of(th.Interp).Rmdir(p); e != nil {
			return nil, e.Raise(th, a[0])
		}
		return vm.None, nil
	})
	for _, name := range []string{"rename", "replace"} {
		modkit.Function(m, name, "src, dst, *, src_dir_fd=, dst_dir_fd=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
			src, err := pathArg(th, name, a[0])
			if err != nil {
				return nil, err
			}
			dst, err := pathArg(th, name, a[1])
			if err != nil {
				return nil, err
			}
			if e := vfs.Of(th.Interp).Rename(src, dst); e != nil {
				exc := e.Raise(th, a[0])
				if x, ok := exc.(*vm.Exception); ok {
					_ = vm.SetAttr(th, x, "filename2", a[1])
				}
				return nil, exc
			}
			return vm.None, nil
		})
	}
}
