package pyos

import (
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/stdlib/vfs"
	"github.com/asobiba/asobiba/runtime/vm"
)

// walkSource is os.walk, written in Python over listdir and path.isdir.
const walkSource = `
def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for name in names:
        (dirs if path.isdir(path.join(top, name)) else nondirs).append(name)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
    else:
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, nondirs


class DirEntry:
    """An entry of a folder listed by scandir: its name, path and kind."""
    __module__ = 'posix'

    def __init__(self, folder, name):
        self.name = name
        self.path = path.join(folder, name)
        self._stat = None

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def stat(self, *, follow_symlinks=True):
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def inode(self):
        return self.stat().st_ino

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path)

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path)

    def is_symlink(self):
        return False

    def is_junction(self):
        return False

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)


class ScandirIterator:
    """The iterator scandir returns; close it, or use it in a with statement."""
    __module__ = 'posix'

    def __init__(self, folder, names):
        self._folder = folder
        self._names = iter(names)

    def __iter__(self):
        return self

    def __next__(self):
        if self._names is None:
            raise StopIteration
        return DirEntry(self._folder, next(self._names))

    def close(self):
        self._names = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def scandir(path='.'):
    """Return an iterator of DirEntry objects for the folder (sorted by name in Asobiba)."""
    if path is None:
        path = '.'
    names = listdir(path)
    return ScandirIterator(fspath(path), names)
`

// loadFiles adds the os functions over the in-memory file system.
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
	modkit.Function(m, "makedirs", "name, mode=, exist_ok=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		p, err := pathArg(th, "makedirs", a[0])
		if err != nil {
			return nil, err
		}
		existOK, err := modkit.Truth(th, a[2])
		if err != nil {
			return nil, err
		}
		fs := vfs.Of(th.Interp)
		abs := vfs.Abs(p)
		if kind := fs.Kind(abs); kind != "" {
			if existOK && kind == "dir" {
				return vm.None, nil
			}
			return nil, (&vfs.Error{Errno: vfs.EEXIST, Path: p}).Raise(th, a[0])
		}
		// Make each missing ancestor, outermost first.
		var missing []string
		for d := abs; fs.Kind(d) == ""; d = parentOf(d) {
			missing = append(missing, d)
		}
		for i := len(missing) - 1; i >= 0; i-- {
			if e := fs.Mkdir(missing[i]); e != nil {
				return nil, e.Raise(th, a[0])
			}
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

func parentOf(p string) string {
	for i := len(p) - 1; i > 0; i-- {
		if p[i] == '/' {
			return p[:i]
		}
	}
	return "/"
}
