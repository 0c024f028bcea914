"""Filename globbing: the paths that match a shell pattern, in Asobiba's file system."""

import fnmatch
import os
import re

__all__ = ["glob", "iglob", "escape", "has_magic"]

magic_check = re.compile("([*?[])")


def has_magic(s):
    if isinstance(s, bytes):
        s = s.decode("latin-1")
    return magic_check.search(s) is not None


def escape(pathname):
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        pathname = magic_check.sub(r"[\1]", pathname.decode("latin-1")).encode("latin-1")
    else:
        pathname = magic_check.sub(r"[\1]", pathname)
    return drive + pathname


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching pathname (names sorted within each folder)."""
    return list(iglob(pathname, root_dir=root_dir, recursive=recursive,
                      include_hidden=include_hidden))


def _listdir(dirname, root_dir):
    path = dirname or os.curdir
    if root_dir is not None:
        path = os.path.join(root_dir, path)
    try:
        return sorted(os.listdir(path))
    except OSError:
        return []


def _exists(path, root_dir):
    if root_dir is not None:
        path = os.path.join(root_dir, path)
    return os.path.lexists(path)


def _isdir(path, root_dir):
    if root_dir is not None:
        path = os.path.join(root_dir, path)
    return os.path.isdir(path)


def _rlistdir(dirname, root_dir, include_hidden):
    for name in _listdir(dirname, root_dir):
        if include_hidden or not name.startswith("."):
            yield name
            path = os.path.join(dirname, name) if dirname else name
            if _isdir(path, root_dir):
                for y in _rlistdir(path, root_dir, include_hidden):
                    yield os.path.join(name, y)


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Iterates over the paths matching pathname."""
    pathname = os.fspath(pathname)
    return _iglob(pathname, root_dir, recursive, False, include_hidden)


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _exists(pathname, root_dir):
                yield pathname
        elif _isdir(dirname, root_dir):
            yield pathname
        return
    if not dirname:
        if recursive and basename == "**":
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and basename == "**":
            glob_in_dir = _glob2
        else:
            glob_in_dir = _glob1
    else:
        glob_in_dir = _glob0
    for dirname in dirs:
        for name in glob_in_dir(_join(root_dir, dirname), basename, dironly, include_hidden):
            yield os.path.join(dirname, name)


def _join(root_dir, dirname):
    if root_dir is None:
        return dirname
    return os.path.join(root_dir, dirname) if dirname else root_dir


def _glob1(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, None)
    if dironly:
        names = [n for n in names if _isdir(os.path.join(dirname or "", n), None)]
    if not (include_hidden or pattern.startswith(".")):
        names = [n for n in names if not n.startswith(".")]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden):
    if basename:
        if _exists(os.path.join(dirname or "", basename), None):
            return [basename]
    elif _isdir(dirname, None):
        return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    for name in _rlistdir(dirname or "", None, include_hidden):
        if not dironly or _isdir(os.path.join(dirname or "", name), None):
            yield name
