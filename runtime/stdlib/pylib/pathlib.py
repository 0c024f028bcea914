"""Object-oriented filesystem paths (Asobiba).

PurePath and PurePosixPath implement every pure operation of CPython 3.11 (parsing and
normalisation, parts, name/stem/suffix, parent/parents, joining with /, with_name,
with_suffix, relative_to, match, ...). Path and PosixPath work on the run's in-memory file
system (the one open() and os use): queries, stat, reading and writing, iterdir, glob and
rglob, touch, mkdir, unlink, rmdir, rename and replace. cwd() and home() are both
/home/asobiba.

Folders list in name order, so iterdir(), glob() and rglob() yield the same sequence on every
run: iterdir and each folder's matches sorted by name, rglob and '**' visiting a folder before
its subfolders, depth first, as CPython 3.11 does with the folder order of the disk (which is
arbitrary there: sort the results to print the same thing in both). There are no symbolic
links, owners or permissions: symlink_to, hardlink_to, readlink, chmod, lchmod, owner and group
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
                              "its file system has no links, owners or permissions" % what)


def _is_wildcard(part):
    return '*' in part or '?' in part or '[' in part


def _select(path, parts):
    """Yield the paths below path that match the pattern parts, as CPython 3.11's selectors."""
    if not parts:
        yield path
        return
    part, rest = parts[0], parts[1:]
    if part == '**':
        seen = set()
        for folder in _folders(path):
            for p in _select(folder, rest):
                if p not in seen:
                    seen.add(p)
                    yield p
    elif '**' in part:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    elif _is_wildcard(part):
        try:
            names = os.listdir(path)
        except OSError:
            return
        for name in names:
            child = path._make_child_relpath(name)
            if rest and not child.is_dir():
                continue
            if fnmatch.fnmatchcase(name, part):
                yield from _select(child, rest)
    else:
        child = path._make_child_relpath(part)
        if child.is_dir() if rest else child.exists():
            yield from _select(child, rest)


def _folders(path):
    """Yield path and every folder below it, each before what it holds."""
    yield path
    try:
        names = os.listdir(path)
    except OSError:
        return
    for name in names:
        child = path._make_child_relpath(name)
        if child.is_dir():
            yield from _folders(child)


class Path(PurePath):
    """A path on Asobiba's in-memory file system."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    def _make_child_relpath(self, name):
        return self._from_parts(self._root, self._parts + [name])

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
        resolved = os.path.realpath(str(self.absolute()))
        if strict:
            os.stat(resolved)
        return self._from_args((resolved,))

    def expanduser(self):
        if self._parts and self._parts[0].startswith('~') and not self._root:
            expanded = os.path.expanduser(self._parts[0])
            if expanded.startswith('~'):
                raise RuntimeError("Could not determine home directory.")
            return self._from_args((expanded,) + tuple(self._parts[1:]))
        return self

    def samefile(self, other_path):
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return os.path.samestat(st, other_st)

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
        return os.stat(self)

    def lstat(self):
        return os.lstat(self)

    def owner(self):
        _unsupported("owner")

    def group(self):
        _unsupported("group")

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def iterdir(self):
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def _pattern_parts(self, pattern):
        root, parts = _parse([pattern])
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        return parts

    def glob(self, pattern):
        parts = self._pattern_parts(pattern)
        if not parts:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        if self.is_dir():
            yield from _select(self, parts)

    def rglob(self, pattern):
        parts = self._pattern_parts(pattern)
        if self.is_dir():
            yield from _select(self, ['**'] + parts)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            os.utime(self)
            return
        open(self, 'a').close()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        _unsupported("chmod")

    def lchmod(self, mode):
        _unsupported("lchmod")

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        os.replace(self, target)
        return self.__class__(target)

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
