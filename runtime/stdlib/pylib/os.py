"""OS routines for NT or Posix depending on what system we're on.

In Asobiba files live in memory and there is no process: see the documentation of
os.environ, os.getcwd, os.urandom and the functions that raise NotImplementedError.
"""

# Asobiba's os is CPython's in shape: this module over posix, which Go implements (package
# pyos: stat, lstat, listdir, mkdir, rmdir, remove, rename, replace, utime, access, urandom
# and fspath, over the run's in-memory file system), and os.path, the posixpath module.
# The sandbox's facts:
#
#   - os.name is 'posix'; the separators are POSIX's.
#   - os.environ holds only HOME=/home/asobiba and PATH=/usr/bin; a program may change it
#     (putenv and unsetenv change nothing else). It counts as a
#     collections.abc.MutableMapping only when collections.abc was imported before os, since
#     importing it for every program that imports os would be slow.
#   - os.getcwd() is always /home/asobiba, os.getpid() the constant 42, os.cpu_count() 2.
#   - os.urandom(n) returns bytes from a generator seeded with a constant, so a program sees
#     the same "random" bytes on every run: they are NOT secure.
#   - Listings are sorted by name; there are no symbolic links (lstat is stat); st_mode shows
#     permissions 0o644 for files and 0o755 for folders; times come from the virtual clock.
#   - Other functions that touch files or processes (os.chdir, os.chmod, os.system, ...)
#     raise NotImplementedError ("os.chmod is not supported in Asobiba yet").

import abc as _abc
import sys

from posix import (access, fspath, listdir, lstat, mkdir, remove, rename, replace, rmdir, stat,
                   stat_result, unlink, urandom, utime)

name = 'posix'
linesep = '\n'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
error = OSError

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
F_OK, R_OK, W_OK, X_OK = 0, 4, 2, 1
O_RDONLY, O_WRONLY, O_RDWR = 0, 1, 2
O_CREAT, O_EXCL, O_TRUNC, O_APPEND = 64, 128, 512, 1024
EX_OK = 0

_CWD = '/home/asobiba'


def getcwd():
    """Return a string representing the current working directory (always /home/asobiba)."""
    return _CWD


def getcwdb():
    """Return a bytes string representing the current working directory."""
    return _CWD.encode()


def getpid():
    """Return the current process id (the constant 42: there is no process)."""
    return 42


def getppid():
    """Return the parent's process id."""
    return 1


def getuid():
    """Return the current process's user id."""
    return 1000


geteuid = getgid = getegid = getuid


def cpu_count():
    """Return the number of CPUs in the system (2 in Asobiba)."""
    return 2


# Linux's messages for the common error numbers.
_STRERRORS = {
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


def strerror(code, /):
    """Translate an error code to a message string."""
    if not isinstance(code, int):
        raise TypeError(f"'{type(code).__name__}' object cannot be interpreted as an integer")
    return _STRERRORS.get(code, f"Unknown error {int(code)}")


# The environment.

def _env_str(value):
    if not isinstance(value, str):
        raise TypeError(f"str expected, not {type(value).__name__}")
    return value


class _Environ:
    """The class of os.environ: a mutable mapping from str to str."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[_env_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._data[_env_str(key)] = _env_str(value)

    def __delitem__(self, key):
        try:
            del self._data[_env_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        for key in list(self._data):
            yield key

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return _env_str(key) in self._data

    def __repr__(self):
        return f"environ({self._data!r})"

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        if not isinstance(other, dict):
            return NotImplemented
        return self._data == other

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(_env_str(key), default)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def pop(self, key, *default):
        if len(default) > 1:
            raise TypeError(f"pop expected at most 2 arguments, got {1 + len(default)}")
        try:
            return self._data.pop(_env_str(key))
        except KeyError:
            if default:
                return default[0]
        raise KeyError(key)

    def popitem(self):
        for key in self._data:
            return key, self._data.pop(key)
        raise KeyError

    def clear(self):
        self._data.clear()

    def copy(self):
        return dict(self._data)

    def update(self, other=(), /, **kwargs):
        pairs = dict(other)
        pairs.update(kwargs)
        for key, value in pairs.items():
            self[key] = value

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new


environ = _Environ({'HOME': _CWD, 'PATH': '/usr/bin'})

if 'collections.abc' in sys.modules:
    sys.modules['collections.abc'].MutableMapping.register(_Environ)


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def putenv(name, value, /):
    """Change or add an environment variable (Asobiba has no other environment: nothing
    changes)."""
    fspath(name)
    fspath(value)


def unsetenv(name, /):
    """Delete an environment variable (Asobiba has no other environment: nothing changes)."""
    fspath(name)


# Files and folders, over posix's functions.

def makedirs(name, mode=0o777, exist_ok=False):
    """Make a folder and the folders above it that are missing. With exist_ok, an existing
    folder is not an error."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass  # made meanwhile
        if tail == (b'.' if isinstance(tail, bytes) else '.'):
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Generate (folder, folder names, file names) for each folder of the tree under top."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for entry in names:
        (dirs if path.isdir(path.join(top, entry)) else nondirs).append(entry)
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


class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @_abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if "__fspath__" in klass.__dict__:
                    return klass.__dict__["__fspath__"] is not None or NotImplemented
        return NotImplemented


# What needs a real file system or processes.

def _unsupported(name):
    def unsupported(*args, **kwargs):
        raise NotImplementedError(f"os.{name} is not supported in Asobiba yet")
    unsupported.__name__ = unsupported.__qualname__ = name
    return unsupported


fwalk = _unsupported("fwalk")
removedirs = _unsupported("removedirs")
renames = _unsupported("renames")
chdir = _unsupported("chdir")
chmod = _unsupported("chmod")
chown = _unsupported("chown")
open = _unsupported("open")
close = _unsupported("close")
read = _unsupported("read")
write = _unsupported("write")
system = _unsupported("system")
popen = _unsupported("popen")
symlink = _unsupported("symlink")
readlink = _unsupported("readlink")
link = _unsupported("link")
truncate = _unsupported("truncate")
kill = _unsupported("kill")
fork = _unsupported("fork")
execv = _unsupported("execv")
execve = _unsupported("execve")
execvp = _unsupported("execvp")
spawnv = _unsupported("spawnv")
pipe = _unsupported("pipe")
dup = _unsupported("dup")
dup2 = _unsupported("dup2")
fdopen = _unsupported("fdopen")
fstat = _unsupported("fstat")
getlogin = _unsupported("getlogin")
get_terminal_size = _unsupported("get_terminal_size")
mkfifo = _unsupported("mkfifo")
chroot = _unsupported("chroot")
nice = _unsupported("nice")
wait = _unsupported("wait")
waitpid = _unsupported("waitpid")
umask = _unsupported("umask")

# os.path last: posixpath imports os, and uses fspath, stat and environ from it.
import posixpath as path  # noqa: E402

sys.modules['os.path'] = path

# What `from os import *` gives: the public names, without the module sys and (as in
# CPython) PathLike.
__all__ = [name for name in globals() if not name.startswith('_') and name not in ('sys', 'PathLike')]
