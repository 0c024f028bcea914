"""Object-oriented filesystem paths (Asobiba).

PurePath and PurePosixPath implement every pure operation of CPython 3.11 (parsing and
normalisation, parts, name/stem/suffix, parent/parents, joining with /, with_name,
with_suffix, relative_to, match, ...). Path and PosixPath add the queries that Asobiba's
sandbox can answer: cwd() is /home/asobiba, home() too, and as there is no file system,
exists(), is_file() and friends answer False while reading, writing, listing and creating
raise NotImplementedError. Windows paths are not supported.
"""
import fnmatch
import os
import posixpath

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]


def _parse(args):
    # Returns (root, parts) for the joined argument strings: root is '', '/' or '//',
    # parts exclude empty and '.' components.
    root = ''
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            if a._root:
                root, parts = a._root, list(a._parts)
            else:
                parts.extend(a._parts)
            continue
        a = os.fspath(a)
        if isinstance(a, bytes):
            raise TypeError("argument should be a str object or an os.PathLike object "
                            "returning str, not %r" % type(a))
        if not isinstance(a, str):
            raise TypeError("argument should be a str object or an os.PathLike object "
                            "returning str, not %r" % type(a))
        if a.startswith('/'):
            root = '//' if a.startswith('//') and not a.startswith('///') else '/'
            parts = []
        parts.extend(p for p in a.split('/') if p and p != '.')
    return root, parts


class _Parents:
    """The sequence of a path's ancestors, nearest first."""

    def __init__(self, path):
        self._path = path

    def __len__(self):
        return len(self._path._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        p = self._path
        return p._from_parts(p._root, p._parts[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath(object):
    """A path that is only manipulated, never looked up on a file system."""

    __slots__ = ('_root', '_parts', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        root, parts = _parse(args)
        return cls._from_parts(root, parts)

    @classmethod
    def _from_parts(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = list(parts)
        self._str = None
        self._hash = None
        return self

    def _derive(self, root, parts):
        return type(self)._from_parts(root, parts)

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __str__(self):
        if self._str is None:
            s = self._root + '/'.join(self._parts)
            self._str = s or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return str(self).encode('utf-8', 'surrogateescape')

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote
        return 'file://' + quote(str(self))

    def _key(self):
        return (self._root, self._parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts == other._cparts

    @property
    def _cparts(self):
        return ([self._root] if self._root else []) + self._parts

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(tuple(self._cparts))
        return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts >= other._cparts

    drive = property(lambda self: '', doc="The drive prefix (always '' on POSIX).")
    root = property(lambda self: self._root, doc="The root ('/' or '') of the path.")

    @property
    def anchor(self):
        return self._root

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + suffix for suffix in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        root, parts = _parse([name]) if name else ('', [])
        if not name or name[-1] == '/' or root or len(parts) != 1:
            raise ValueError("Invalid name %r" % (name))
        return self._derive(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old_suffix = self.suffix
        if not old_suffix:
            name = name + suffix
        else:
            name = name[:-len(old_suffix)] + suffix
        return self._derive(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        root, parts = _parse(other)
        n = len(parts)
        if root != self._root or self._parts[:n] != parts:
            formatted = self._from_parts(root, parts)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), str(formatted)))
        return self._from_parts('', self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parts(self):
        return tuple(self._cparts)

    def joinpath(self, *args):
        return self._from_args((self,) + args)

    def __truediv__(self, key):
        try:
            return self._from_args((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_args((key, self))
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._derive(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        """Tests the path against a glob-style pattern, matched from the right."""
        root, pat_parts = _parse([path_pattern])
        if not pat_parts:
            raise ValueError("empty pattern")
        parts = self._cparts
        pat = ([root] if root else []) + pat_parts
        if root:
            if len(pat) != len(parts):
                return False
        elif len(pat) > len(parts):
            return False
        for part, p in zip(reversed(parts), reversed(pat)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True


if hasattr(getattr(os, 'PathLike', None), 'register'):
    os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    """A pure path with POSIX syntax."""
    __slots__ = ()


class PureWindowsPath(PurePath):
    """Windows paths are not supported in Asobiba."""
    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError("pathlib.PureWindowsPath is not supported in Asobiba")


def _unsupported(what):
    raise NotImplementedError("pathlib.Path.%s is not supported in Asobiba: "
                              "there is no file system" % what)


class Path(PurePath):
    """A path on the (empty, read-only) file system of Asobiba's sandbox."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_args((os.getcwd(), self))

    def resolve(self, strict=False):
        if strict:
            _unsupported("resolve(strict=True)")
        return self._from_args((os.path.realpath(str(self.absolute())),))

    def expanduser(self):
        if self._parts and self._parts[0].startswith('~') and not self._root:
            expanded = os.path.expanduser(self._parts[0])
            if expanded.startswith('~'):
                raise RuntimeError("Could not determine home directory.")
            return self._from_args((expanded,) + tuple(self._parts[1:]))
        return self

    def samefile(self, other_path):
        _unsupported("samefile")

    def exists(self):
        return os.path.exists(str(self))

    def is_file(self):
        return os.path.isfile(str(self))

    def is_dir(self):
        return os.path.isdir(str(self))

    def is_symlink(self):
        return os.path.islink(str(self))

    def is_mount(self):
        return os.path.ismount(str(self))

    def is_socket(self):
        return False

    def is_fifo(self):
        return False

    def is_block_device(self):
        return False

    def is_char_device(self):
        return False

    def stat(self, *, follow_symlinks=True):
        _unsupported("stat")

    def lstat(self):
        _unsupported("lstat")

    def owner(self):
        _unsupported("owner")

    def group(self):
        _unsupported("group")

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        _unsupported("read_text")

    def read_bytes(self):
        _unsupported("read_bytes")

    def write_text(self, data, encoding=None, errors=None, newline=None):
        _unsupported("write_text")

    def write_bytes(self, data):
        _unsupported("write_bytes")

    def iterdir(self):
        _unsupported("iterdir")

    def glob(self, pattern):
        _unsupported("glob")

    def rglob(self, pattern):
        _unsupported("rglob")

    def touch(self, mode=0o666, exist_ok=True):
        _unsupported("touch")

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        _unsupported("mkdir")

    def chmod(self, mode, *, follow_symlinks=True):
        _unsupported("chmod")

    def unlink(self, missing_ok=False):
        _unsupported("unlink")

    def rmdir(self):
        _unsupported("rmdir")

    def rename(self, target):
        _unsupported("rename")

    def replace(self, target):
        _unsupported("replace")

    def symlink_to(self, target, target_is_directory=False):
        _unsupported("symlink_to")

    def hardlink_to(self, target):
        _unsupported("hardlink_to")

    def readlink(self):
        _unsupported("readlink")


class PosixPath(Path, PurePosixPath):
    """A concrete path with POSIX syntax."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate 'WindowsPath' on your system")
