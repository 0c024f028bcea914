# os.path beyond os_path.py: bytes and PathLike arguments, lists in commonprefix, the
# environment expansions' corners, and the queries over files the program makes.
import posixpath  # before os: os.path must still be this very module
import os
from os import path
import os.path as ospath

print(path is posixpath is ospath is os.path, posixpath.__name__, "os.path" in __import__("sys").modules)
print(posixpath.sep, posixpath.curdir, posixpath.pardir, posixpath.extsep, posixpath.pathsep,
      posixpath.altsep, posixpath.defpath, posixpath.devnull, posixpath.supports_unicode_filenames)
print(sorted(n for n in ("join", "split", "exists", "relpath", "commonpath", "expandvars") if n in posixpath.__all__))


def attempt(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__ + ":", e)


class Place:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


P = os.path
for p in [b"", b"/", b"//a//b/", b"a/.x", b".x.y", b"../a/./b/..", Place("a/b.c"), Place(b"/x//y")]:
    print(repr(p) if isinstance(p, bytes) else p.p, P.split(p), P.splitext(p), P.basename(p),
          P.dirname(p), P.normpath(p), P.isabs(p), P.splitdrive(p), P.normcase(p))
print(P.join(b"a", b"/b", b"c"), P.join(Place("a"), Place("b")), P.join("", "a", "", "b"), P.join("/", "/"))
print(P.abspath(b"/x/../y"), P.abspath(Place("/p/./q")), P.abspath("/"), P.realpath("/a/b/../c"))
print(P.relpath(b"/a/b", b"/a/c/d"), P.relpath("a/b"), P.relpath("/home/asobiba/x", "/"), P.relpath("/", "/a/b"))
print(P.relpath(Place("/a/x"), Place("/a")), P.commonpath([b"/a/b", b"/a/c"]), P.commonpath(("x/./y", "x/y/z")))
print(P.commonpath(iter(["/a/b/c", "/a/b"])), P.commonpath(["a"]), repr(P.commonpath(["/"])), repr(P.commonpath(["a", "b"])))
print(P.commonprefix([[1, 2, 3], [1, 2, 4]]), P.commonprefix([(1,), (1, 2)]), P.commonprefix(["héllo", "hêllo"]))
print(P.commonprefix([b"/usr/lib", b"/usr/local"]), P.commonprefix(["same"]), P.commonprefix([Place("ab"), "ac"]))
attempt(P.join, b"a", "b")
attempt(P.join, "a", Place(b"b"))
attempt(P.join, "a", None)
attempt(P.join, b"a", 1.5)
attempt(P.join)
attempt(P.split, None)
attempt(P.splitext, 3)
attempt(P.dirname, [])
attempt(P.normpath, 1)
attempt(P.relpath, "a", b"b")
attempt(P.relpath, b"", "x")
attempt(P.relpath, 5)
attempt(P.commonpath, ["/a", b"/a"])
attempt(P.commonpath, [b"a", "b"])
attempt(P.commonpath, [1])
attempt(P.commonpath, [])
attempt(P.commonprefix, ["a", b"a"])
attempt(P.isabs, 1)

env = os.environ
env["HOME"] = "/home/me/"
env["A"] = "1"
env["B_2"] = "two"
print(P.expanduser("~"), P.expanduser("~/x"), P.expanduser("~bob/x"), P.expanduser("a~"), P.expanduser(b"~/y"))
env["HOME"] = "/"
print(P.expanduser("~"), P.expanduser("~/z"), P.expanduser(Place("~")))
env["HOME"] = ""
print(repr(P.expanduser("~")), P.expanduser("~/w"))
del env["HOME"]
print(P.expanduser("~") == P.expanduser("~"))
for text in ["$A-${A}", "$B ${B} ${A", "$", "x$A$A", "$B_2/$B_2x/${B_2}x", "$$A", "${}", "${A}}", "a$-b", "$1"]:
    print(repr(text), repr(P.expandvars(text)))
print(P.expandvars(b"$A/${B_2}/$NOPE"), P.expandvars(Place("$A")))
attempt(P.expandvars, 1)
attempt(P.expanduser, None)

os.makedirs("pathq/sub")
with open("pathq/f.txt", "w") as fh:
    fh.write("12345")
for p in ["pathq", "pathq/sub", "pathq/f.txt", "pathq/none", b"pathq/f.txt", Place("pathq"), "", "/"]:
    print(repr(p) if not isinstance(p, Place) else p.p, P.exists(p), P.lexists(p), P.isfile(p), P.isdir(p),
          P.islink(p), P.ismount(p))
print(P.exists(99), P.isfile(99), P.isdir(99))
for f in (P.lexists, P.islink, P.ismount):
    attempt(f, 99)
print(P.getsize("pathq/f.txt"), P.getsize(b"pathq/f.txt"), P.getsize(Place("pathq/f.txt")))
print(type(P.getmtime("pathq/f.txt")).__name__, P.getatime("pathq/f.txt") == os.stat("pathq/f.txt").st_atime,
      P.getctime("pathq/f.txt") == os.stat("pathq/f.txt").st_ctime)
print(P.samefile("pathq/f.txt", "pathq/sub/../f.txt"), P.samefile("pathq", "pathq/sub"),
      P.samestat(os.stat("pathq"), os.stat("./pathq")))
print(P.realpath("pathq/sub/..", strict=True) == P.abspath("pathq"), P.ismount("/tmp/.."))
for f in (P.exists, P.isfile, P.isdir, P.islink, P.lexists):
    attempt(f, 3.5)
attempt(P.getsize, "pathq/none")
attempt(P.getmtime, "pathq/none")
attempt(P.getsize, 2.5)
attempt(P.samefile, "pathq", "pathq/none")
attempt(P.realpath, "pathq/none", strict=True)
os.remove("pathq/f.txt")
os.rmdir("pathq/sub")
os.rmdir("pathq")
print(P.exists("pathq"))
