"""Common operations on POSIX path names (the module os.path names).

Import os and use os.path rather than importing this module: both name the same module.
The queries (exists, isfile, isdir, getsize, getmtime, ...) ask os.stat, which reads
Asobiba's in-memory file system (see open()); file times come from the virtual clock.
The working directory is os.getcwd(), /home/asobiba, and there are no symbolic links.
"""

# The functions take str or bytes (and os.PathLike objects, through os.fspath) and answer
# in the same kind. They follow CPython 3.12's posixpath and genericpath, errors included:
# a wrong argument type is "join() argument must be str, bytes, or os.PathLike object, not
# 'int'", a mix of str and bytes is "Can't mix strings and bytes in path components".
# os is imported by name and its functions are looked up when called, so that a program
# replacing os.stat (unittest.mock) changes what the queries see, as in CPython; os imports
# this module last, when everything posixpath uses is in place. Only fspath is
# bound once (_fspath), and skipped for a str: the manipulations are the calls programs make
# in loops.

import os
from os import fspath as _fspath

__all__ = ["normcase", "isabs", "join", "splitdrive", "splitroot", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime", "getatime",
           "getctime", "islink", "exists", "lexists", "isdir", "isfile", "ismount",
           "expanduser", "expandvars", "normpath", "abspath", "samefile", "sameopenfile",
           "samestat", "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath", "commonpath",
           "isjunction", "isdevdrive"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000


def _seps(p):
    """The separator, current folder and parent folder names of p's kind (str or bytes)."""
    if isinstance(p, bytes):
        return b'/', b'.', b'..'
    return '/', '.', '..'


def _check_arg_types(funcname, *args):
    """Raise genericpath's TypeError for an argument that is neither str nor bytes, or for a
    mix of both; return when the arguments look right (the caller re-raises its error)."""
    kinds = set()
    for arg in args:
        if isinstance(arg, str):
            kinds.add(str)
        elif isinstance(arg, bytes):
            kinds.add(bytes)
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or os.PathLike object, '
                            f'not {arg.__class__.__name__!r}') from None
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components") from None


# Pure path manipulation.

def normcase(s):
    """Normalize the case of a path name (nothing to do on POSIX)."""
    return os.fspath(s)


def isabs(s):
    """Test whether a path is absolute."""
    if s.__class__ is not str:
        s = _fspath(s)
    return s.startswith(b'/' if isinstance(s, bytes) else '/')


def join(a, *p):
    """Join two or more path components, inserting '/' as needed. A component that starts
    with '/' discards the ones before it."""
    if a.__class__ is not str:
        a = _fspath(a)
    slash = b'/' if isinstance(a, bytes) else '/'
    path = a
    try:
        for b in p:
            if b.__class__ is not str:
                b = _fspath(b)
            if b.startswith(slash):
                path = b
            elif not path or path.endswith(slash):
                path += b
            else:
                path += slash + b
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    """Split a path into (head, tail): tail is everything after the last '/'."""
    if p.__class__ is not str:
        p = _fspath(p)
    slash = b'/' if isinstance(p, bytes) else '/'
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    """Split the extension from a path name: (root, ext), where ext starts at the last dot
    of the last component, unless only dots come before that dot; ext may be empty."""
    if p.__class__ is not str:
        p = _fspath(p)
    if isinstance(p, bytes):
        slash, dot = b'/', b'.'
    else:
        slash, dot = '/', '.'
    at = p.rfind(dot)
    if at > 0:
        last = p.rfind(slash)
        if at > last and p[last + 1:at].lstrip(dot):
            return p[:at], p[at:]
    return p, p[:0]


def splitdrive(p):
    """Split a path into (drive, path): on POSIX the drive is always empty."""
    p = os.fspath(p)
    return p[:0], p


def splitroot(p):
    """Split a path into (drive, root, tail): root is '', '/' or (exactly two slashes, which
    POSIX leaves to the implementation) '//'."""
    p = os.fspath(p)
    slash = b'/' if isinstance(p, bytes) else '/'
    empty = p[:0]
    if p[:1] != slash:
        return empty, empty, p
    if p[1:2] != slash or p[2:3] == slash:
        return empty, slash, p[1:]
    return empty, p[:2], p[2:]


def basename(p):
    """Return the final component of a path name."""
    if p.__class__ is not str:
        p = _fspath(p)
    return p[p.rfind(b'/' if isinstance(p, bytes) else '/') + 1:]


def dirname(p):
    """Return the folder part of a path name."""
    if p.__class__ is not str:
        p = _fspath(p)
    slash = b'/' if isinstance(p, bytes) else '/'
    head = p[:p.rfind(slash) + 1]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head


def normpath(path):
    """Normalize a path: collapse repeated slashes, '.' and 'a/..' (without looking at the
    file system). Two leading slashes are kept, as POSIX allows; three or more become one."""
    if path.__class__ is not str:
        path = _fspath(path)
    slash, dot, dotdot = _seps(path)
    if not path:
        return dot
    lead = 0
    if path.startswith(slash):
        lead = 2 if path.startswith(slash * 2) and not path.startswith(slash * 3) else 1
    comps = [c for c in path.split(slash) if c and c != dot]
    if dotdot in comps:
        kept = []
        for comp in comps:
            if comp != dotdot or (not lead and not kept) or (kept and kept[-1] == dotdot):
                kept.append(comp)
            elif kept:
                kept.pop()
        comps = kept
    return slash * lead + slash.join(comps) or dot


def abspath(path):
    """Return an absolute, normalized version of a path (against os.getcwd())."""
    if path.__class__ is not str:
        path = _fspath(path)
    if isinstance(path, bytes):
        if not path.startswith(b'/'):
            path = join(os.getcwdb(), path)
    elif not path.startswith('/'):
        path = join(os.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Return the canonical path of a file name: its absolute path, as Asobiba's file
    system has no symbolic links. With strict, a missing file raises OSError."""
    filename = os.fspath(filename)
    if strict:
        os.stat(filename)
    return abspath(filename)


def relpath(path, start=None):
    """Return a relative version of a path, from start (the current folder by default)."""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    slash, dot, dotdot = _seps(path)
    start = dot if start is None else os.fspath(start)
    try:
        from_parts = [c for c in abspath(start).split(slash) if c]
        to_parts = [c for c in abspath(path).split(slash) if c]
        same = 0
        for x, y in zip(from_parts, to_parts):
            if x != y:
                break
            same += 1
        parts = [dotdot] * (len(from_parts) - same) + to_parts[same:]
        return slash.join(parts) or dot  # components: no slash, none empty
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """Return the longest common sub-path of a sequence of path names."""
    paths = tuple(map(os.fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    slash, dot, _ = _seps(paths[0])
    try:
        parts = [p.split(slash) for p in paths]
        if len({p[:1] == slash for p in paths}) > 1:
            raise ValueError("Can't mix absolute and relative paths")
        absolute = paths[0][:1] == slash
        parts = [[c for c in comps if c and c != dot] for comps in parts]
        lowest, highest = min(parts), max(parts)
        common = lowest
        for i, comp in enumerate(lowest):
            if comp != highest[i]:
                common = lowest[:i]
                break
        return (slash if absolute else slash[:0]) + slash.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise


def commonprefix(m):
    """Return the longest prefix common to every item of a list (character by character,
    so it may not be a path)."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    lowest, highest = min(m), max(m)
    for i, item in enumerate(lowest):
        if item != highest[i]:
            return lowest[:i]
    return lowest


# The environment.

def expanduser(path):
    """Expand ~ and ~/... to the home folder ($HOME). ~user stays as written: Asobiba has
    no user database."""
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    tilde, slash = (b'~', b'/') if is_bytes else ('~', '/')
    if not path.startswith(tilde):
        return path
    end = path.find(slash, 1)
    if end < 0:
        end = len(path)
    if end != 1:
        return path
    home = os.environ.get('HOME', '/home/asobiba')  # the sandbox's only user
    if is_bytes:
        home = home.encode()
    home = home.rstrip(slash)
    return home + path[end:] or slash


def _is_word(c):
    return c == '_' or 'a' <= c <= 'z' or 'A' <= c <= 'Z' or '0' <= c <= '9'


def expandvars(path):
    """Expand $name and ${name} to the environment's values; unknown names and a $ that
    starts no name stay as written."""
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    text = path.decode('latin-1') if is_bytes else path
    if '$' not in text:
        return path
    environ = os.environ
    i = 0
    while True:
        start = text.find('$', i)
        if start < 0:
            break
        j = start + 1
        if text[j:j + 1] == '{':
            close = text.find('}', j)
            if close < 0:
                i = j
                continue
            name, j = text[j + 1:close], close + 1
        elif j < len(text) and _is_word(text[j]):
            while j < len(text) and _is_word(text[j]):
                j += 1
            name = text[start + 1:j]
        else:
            i = j
            continue
        if is_bytes:
            name = name.encode('latin-1').decode('utf-8', 'replace')
        value = environ.get(name)
        if value is None:
            i = j
            continue
        if is_bytes:
            value = value.encode().decode('latin-1')
        tail = text[j:]
        text = text[:start] + value
        i = len(text)
        text += tail
    return text.encode('latin-1') if is_bytes else text


# Queries of the file system.

def exists(path):
    """Test whether a path exists."""
    if isinstance(path, int):
        return False  # a file descriptor: Asobiba has none
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    """Test whether a path exists (there are no broken symbolic links here)."""
    return _lmode(path) is not None


def _mode(path):
    """The st_mode of path, or None when it has none (a file descriptor has none here)."""
    if isinstance(path, int):
        return None
    try:
        return os.stat(path).st_mode
    except (OSError, ValueError):
        return None


def _lmode(path):
    """The st_mode of path as os.lstat gives it, or None when it has none."""
    try:
        return os.lstat(path).st_mode
    except (OSError, ValueError):
        return None


def isfile(path):
    """Test whether a path is a regular file."""
    mode = _mode(path)
    return mode is not None and mode & _S_IFMT == _S_IFREG


def isdir(s):
    """Return true if the path name refers to an existing folder."""
    mode = _mode(s)
    return mode is not None and mode & _S_IFMT == _S_IFDIR


def islink(path):
    """Test whether a path is a symbolic link (never, in Asobiba)."""
    _lmode(path)
    return False


def isjunction(path):
    """Test whether a path is a junction (never, on POSIX)."""
    os.fspath(path)
    return False


def isdevdrive(path):
    """Test whether a path is on a Windows Dev Drive (never, on POSIX)."""
    _lmode(path)
    return False


def ismount(path):
    """Test whether a path is a mount point: only the root folder is one in Asobiba."""
    if _lmode(path) is None:
        return False
    path = abspath(os.fspath(path))
    return path == (b'/' if isinstance(path, bytes) else '/')


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return os.stat(filename).st_size


def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    return os.stat(filename).st_atime


def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    """Test whether two stat results refer to the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Test whether two path names refer to the same file."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Test whether two open file descriptors refer to the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))
