// Package pyos implements Python's os module for Asobiba's sandbox, which has no processes,
// no real environment and an in-memory file system. os.path is the posixpath module, written
// in Python (package pylib) over os.fspath, os.stat and os.environ; os imports it.
//
//   - os.name is 'posix'; the separators are POSIX's.
//   - os.environ is a mapping of its own holding only HOME=/home/asobiba and PATH=/usr/bin;
//     a program may change it (putenv and unsetenv change nothing else). It counts as a
//     collections.abc.MutableMapping only when collections.abc was imported before os,
//     since importing it for every program that imports os would be slow.
//   - os.getcwd() is always /home/asobiba, os.getpid() the constant 42, os.cpu_count() 2.
//   - os.urandom(n) returns bytes from a generator seeded with a constant, so a program
//     sees the same "random" bytes on every run: they are NOT secure.
//   - Files live in the run's in-memory file system (package vfs): listdir, scandir, mkdir,
//     makedirs, remove, unlink, rmdir, rename, replace, walk, stat, lstat (no symbolic
//     links: the same as stat), utime and access work on it, as do os.path's queries.
//     st_mode shows permissions 0o644 for files and 0o755 for folders, times come from the
//     virtual clock, listings are sorted by name. Other functions that touch files or
//     processes (os.chdir, os.chmod, os.system, ...) raise NotImplementedError
//     ("os.chmod is not supported in Asobiba yet").
//
// The package is named pyos so that it does not shadow Go's os.
package pyos

import (
	"math/rand/v2"
	"strconv"

	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// The fixed facts of the sandbox.
const (
	Cwd  = "/home/asobiba"
	Home = "/home/asobiba"
	Pid  = 42
)

// unsupported lists the os functions that need a file system or processes.
var unsupported = []string{
	"fwalk", "removedirs", "renames", "chdir", "chmod", "chown",
	"open", "close", "read", "write", "system", "popen", "symlink", "readlink", "link",
	"truncate", "kill", "fork", "execv", "execve", "execvp", "spawnv",
	"pipe", "dup", "dup2", "fdopen", "fstat", "getlogin", "get_terminal_size", "mkfifo",
	"chroot", "nice", "wait", "waitpid", "umask",
}

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

// strerrors are Linux's messages for the common error numbers.
var strerrors = map[int]string{
	1: "Operation not permitted", 2: "No such file or directory", 3: "No such process",
	4: "Interrupted system call", 5: "Input/output error", 6: "No such device or address",
	7: "Argument list too long", 8: "Exec format error", 9: "Bad file descriptor",
	10: "No child processes", 11: "Resource temporarily unavailable", 12: "Cannot allocate memory",
	13: "Permission denied", 14: "Bad address", 15: "Block device required",
	16: "Device or resource busy", 17: "File exists", 18: "Invalid cross-device link",
	19: "No such device", 20: "Not a directory", 21: "Is a directory", 22: "Invalid argument",
	23: "Too many open files in system", 24: "Too many open files",
	25: "Inappropriate ioctl for device", 26: "Text file busy", 27: "File too large",
	28: "No space left on device", 29: "Illegal seek", 30: "Read-only file system",
	31: "Too many links", 32: "Broken pipe", 33: "Numerical argument out of domain",
	34: "Numerical result out of range", 35: "Resource deadlock avoided",
	36: "File name too long", 37: "No locks available", 38: "Function not implemented",
	39: "Directory not empty", 40: "Too many levels of symbolic links",
	110: "Connection timed out", 111: "Connection refused",
}

// pathLikeSrc defines os.PathLike as CPython's os.py does, as an abstract base class that
// recognises any class with __fspath__.
const pathLikeSrc = `
import abc as _abc
class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""
    @_abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError
    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for B in subclass.__mro__:
                if "__fspath__" in B.__dict__:
                    if B.__dict__["__fspath__"] is None:
                        return NotImplemented
                    return True
        return NotImplemented
del _abc
`

// Load builds the os module, and imports os.path (see importPath).
func Load(th *vm.Thread) (*vm.Module, error) {
	setup()
	m := modkit.NewModule("os", "OS routines for NT or Posix depending on what system we're on.\n\n"+
		"In Asobiba files live in memory and there is no process: see the documentation of\n"+
		"os.environ, os.getcwd, os.urandom and the functions that raise NotImplementedError.")
	for name, v := range map[string]string{"name": "posix", "sep": "/", "extsep": ".", "pathsep": ":",
		"curdir": ".", "pardir": "..", "defpath": "/bin:/usr/bin", "devnull": "/dev/null", "linesep": "\n"} {
		modkit.Set(m, name, vm.Str(v))
	}
	modkit.Set(m, "altsep", vm.None)
	modkit.Set(m, "error", vm.OSErrorType)
	for name, v := range map[string]int{"SEEK_SET": 0, "SEEK_CUR": 1, "SEEK_END": 2, "F_OK": 0,
		"R_OK": 4, "W_OK": 2, "X_OK": 1, "O_RDONLY": 0, "O_WRONLY": 1, "O_RDWR": 2, "O_CREAT": 64,
		"O_EXCL": 128, "O_TRUNC": 512, "O_APPEND": 1024, "EX_OK": 0} {
		modkit.Set(m, name, vm.Int(v))
	}
	env := environOf(th)
	modkit.Set(m, "environ", env)
	modkit.Set(m, "_Environ", EnvironType)
	modkit.Function(m, "getenv", "key, default=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		if _, err := envStr(a[0]); err != nil {
			return nil, err
		}
		v, ok, err := env.d.Get(th, a[0])
		if err != nil || ok {
			return v, err
		}
		return modkit.Or(a[1], vm.None), nil
	})
	modkit.Function(m, "putenv", "name, value, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		for _, v := range a {
			if _, err := fspath(th, v); err != nil {
				return nil, err
			}
		}
		return vm.None, nil
	})
	modkit.Function(m, "unsetenv", "name, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		_, err := fspath(th, a[0])
		return vm.None, err
	})
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
	for name, v := range map[string]vm.Value{"getcwd": vm.Str(Cwd), "getcwdb": vm.Bytes(Cwd),
		"getpid": vm.Int(Pid), "getppid": vm.Int(1), "getuid": vm.Int(1000), "geteuid": vm.Int(1000),
		"getgid": vm.Int(1000), "getegid": vm.Int(1000), "cpu_count": vm.Int(2)} {
		modkit.Function(m, name, "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) { return v, nil })
	}
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
	modkit.Function(m, "strerror", "code, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		n, err := vm.AsIndex(th, a[0])
		if err != nil {
			return nil, err
		}
		if s, ok := strerrors[n]; ok {
			return vm.Str(s), nil
		}
		return vm.Str("Unknown error " + strconv.Itoa(n)), nil
	})
	loadFiles(m)
	loadStat(m)
	for _, name := range unsupported {
		modkit.Func(m, name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			return nil, vm.Errorf(vm.NotImplementedErrorType, "os.%s is not supported in Asobiba yet", name)
		})
	}
	if err := definePathLike(th, m); err != nil {
		return nil, err
	}
	registerABC(th, "MutableMapping", EnvironType)
	return m, importPath(th, m)
}

// importPath imports os.path, the posixpath module written in Python (package pylib), and
// makes it os.path and sys.modules["os.path"]. posixpath imports os in turn, so os is put in
// sys.modules first, complete but for its path attribute, as CPython's os.py is when it
// imports posixpath; a program that imports posixpath first gets the same two modules.
func importPath(th *vm.Thread, m *vm.Module) error {
	mods := th.Interp.Modules
	mods.SetStr("os", m)
	pm, err := th.ImportModule("posixpath")
	if err != nil {
		mods.DelStr("os")
		return err
	}
	modkit.Set(m, "path", pm)
	mods.SetStr("os.path", pm)
	return nil
}

// definePathLike runs pathLikeSrc in the module's namespace.
func definePathLike(th *vm.Thread, m *vm.Module) error {
	if _, ok := m.Dict.GetStr("__builtins__"); !ok && th.Interp.Builtins != nil {
		m.Dict.SetStr("__builtins__", th.Interp.Builtins)
	}
	code, err := th.Compile([]byte(pathLikeSrc+walkSource), "<frozen os>", "exec")
	if err != nil {
		return err
	}
	_, err = th.ExecCode(code, m.Dict, m.Dict)
	return err
}
