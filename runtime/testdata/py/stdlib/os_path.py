# os and os.path: path manipulation, the environment mapping, fspath and PathLike.
import collections.abc
import os
import os.path
import posixpath

print(os.path is posixpath, os.path.__name__, os.name, os.sep, repr(os.linesep), os.pathsep)
print(os.curdir, os.pardir, os.extsep, os.altsep, os.defpath, os.devnull, os.error is OSError)
P = os.path
for p in ["", "/", "//", "///", "a", "a/", "/a/b/", "a//b", "./a/../b", "../..", "/../a",
          "//a/./b/../c", ".", "a/.hidden", ".bashrc", "a.b.c", "a/b.tar.gz", "/a.b/c", "...",
          "a..", "x/.", "/a/b/..", "a/../..", "a/./b/"]:
    print(repr(p), P.split(p), P.splitext(p), P.basename(p), P.dirname(p), P.normpath(p), P.isabs(p))
print(P.join("a", "b", "/c", "d/", "e"), P.join("a"), repr(P.join("", "")), P.join("a", ""))
print(P.join(b"a", b"b"), P.split(b"/x/y"), P.normpath(b"a//b/../c"), P.splitext(b"a.b"))
print(P.abspath("/x/../y/./z"), P.relpath("/a/b/c", "/a/d"), P.relpath("/a/b", "/a/b"))
print(P.commonpath(["/a/b/c", "/a/b/d"]), P.commonpath(["a/x", "a/y"]), P.commonprefix(["abc", "abd"]))
print(repr(P.commonprefix([])), P.splitdrive("/a/b"), P.normcase("A/B"))
print(P.expandvars("no dollars"), P.expandvars("$ASOBIBA_NOPE and ${ASOBIBA_NOPE} and ${X"))
print(P.expanduser("~bob/x"), P.expanduser("plain"))


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)


attempt(P.join, "a", b"b")
attempt(P.join, 5)
attempt(P.join, "a", 5)
attempt(P.basename, 5)
attempt(P.relpath, "")
attempt(P.commonpath, ["/a", "b"])
attempt(P.commonpath, [])


class Place:
    def __fspath__(self):
        return "/place"


class Bad:
    def __fspath__(self):
        return 5


attempt(os.fspath, "x")
attempt(os.fspath, b"x")
attempt(os.fspath, 5)
attempt(os.fspath, Place())
attempt(os.fspath, Bad())
attempt(P.join, Place(), "x")
print(isinstance(Place(), os.PathLike), isinstance("x", os.PathLike), issubclass(Place, os.PathLike))

os.environ["ASOBIBA_TEST"] = "1"
print(os.environ["ASOBIBA_TEST"], os.getenv("ASOBIBA_TEST"), "ASOBIBA_TEST" in os.environ)
print(os.getenv("ASOBIBA_NOPE"), os.getenv("ASOBIBA_NOPE", "default"), os.environ.get("ASOBIBA_NOPE"))
print(P.expandvars("$ASOBIBA_TEST-${ASOBIBA_TEST}"))
del os.environ["ASOBIBA_TEST"]
print("ASOBIBA_TEST" in os.environ, os.environ.pop("ASOBIBA_NOPE", "gone"))
attempt(os.environ.__getitem__, "ASOBIBA_NOPE")
attempt(os.environ.__setitem__, "ASOBIBA_X", 2)
attempt(os.environ.__setitem__, 5, "x")
attempt(os.getenv, 5)
print(type(os.environ).__name__, type(os.environ).__module__, isinstance(os.environ.copy(), dict))
print(isinstance(os.environ, collections.abc.MutableMapping))
attempt(os.urandom, -1)
print(len(os.urandom(5)), type(os.urandom(0)).__name__, type(os.getpid()).__name__, type(os.cpu_count()).__name__)
print(os.strerror(2), os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
