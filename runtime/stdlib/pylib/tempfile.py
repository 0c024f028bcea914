"""Temporary files and folders, made under /tmp in Asobiba's in-memory file system."""

import io as _io
import os as _os
import random as _random
import shutil as _shutil

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
           "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
           "gettempprefixb", "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_rng = _random.Random()


def _name():
    chars = "abcdefghijklmnopqrstuvwxyz0123456789_"
    return "".join(_rng.choice(chars) for _ in range(8))


def gettempprefix():
    return template


def gettempprefixb():
    return template.encode()


def gettempdir():
    return tempdir if tempdir is not None else "/tmp"


def gettempdirb():
    return gettempdir().encode()


def _sanitize(suffix, prefix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, dir


def _unique(suffix, prefix, dir):
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _name() + suffix)
        if not _os.path.exists(path):
            return path
    raise FileExistsError(17, "No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Makes a new folder and returns its absolute path."""
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    path = _unique(suffix, prefix, dir)
    _os.mkdir(path)
    return _os.path.abspath(path)


def mktemp(suffix="", prefix=template, dir=None):
    if dir is None:
        dir = gettempdir()
    return _unique(suffix, prefix, dir)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    raise NotImplementedError("tempfile.mkstemp (file descriptors) is not supported in Asobiba")


class _TemporaryFileWrapper:
    """A file object that deletes its file when closed (if delete is true)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def close(self):
        if not self.file.closed:
            self.file.close()
        if self.delete and _os.path.exists(self.name):
            _os.unlink(self.name)

    def __iter__(self):
        return iter(self.file)

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper object at %#x>" % id(self)


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    name = _os.path.abspath(_unique(suffix, prefix, dir))
    file = open(name, mode.replace("w", "x") if "w" in mode else mode, buffering,
                encoding=encoding, newline=newline, errors=errors) if "b" not in mode else \
        open(name, mode.replace("w", "x") if "w" in mode else mode, buffering)
    return _TemporaryFileWrapper(file, name, delete)


TemporaryFile = NamedTemporaryFile


class SpooledTemporaryFile(_io.IOBase if hasattr(_io, "IOBase") else object):
    """A temporary file kept in memory."""

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        self._file = _io.BytesIO() if "b" in mode else _io.StringIO(newline="\n")
        self._rolled = False
        self._max_size = max_size

    def __getattr__(self, name):
        return getattr(self.__dict__["_file"], name)

    def __enter__(self):
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    def rollover(self):
        self._rolled = True


class TemporaryDirectory:
    """A temporary folder, deleted with what it holds by cleanup() or at the end of a with."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if _os.path.exists(self.name):
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
