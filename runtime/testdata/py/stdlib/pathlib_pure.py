# pathlib's pure operations (and fnmatch); Path only for what needs no file system.
import fnmatch
import pathlib
from pathlib import Path, PurePath, PurePosixPath

p = PurePosixPath("/usr/local/lib/python3.11/site-packages/pkg.tar.gz")
print(p, repr(p), p.parts, p.name, p.stem, p.suffix, p.suffixes, p.root, p.anchor, repr(p.drive))
print(p.parent, list(p.parents)[:3], len(p.parents), p.parents[-1], p.parents[1:3], repr(p.parents))
for s in ["", ".", "a//b/./c/", "//x/y", "///x", "a/../b", "~/x", "/", "foo.", ".bashrc", "a.b.c"]:
    q = PurePosixPath(s)
    print(repr(s), str(q), q.parts, repr(q.name), repr(q.suffix), q.suffixes, repr(q.stem), q.is_absolute(), q.parent)
print(PurePosixPath("a", "b/c", "/d", "e"), PurePosixPath("a") / "b" / PurePosixPath("c"), "x" / PurePosixPath("y"))
print(PurePath("a/b").joinpath("c", "d"), type(PurePath("x")).__name__, PurePosixPath(Path("q")))
print(p.with_name("other.txt"), p.with_suffix(".zip"), p.with_suffix(""), p.with_stem("new"), PurePosixPath("a/b.py").with_suffix(".txt"))
for bad in [lambda: p.with_name(""), lambda: p.with_name("a/b"), lambda: p.with_suffix("zip"),
            lambda: p.with_suffix("."), lambda: PurePosixPath("/").with_name("x"),
            lambda: PurePosixPath("a/b").relative_to("c"), lambda: PurePosixPath("/a").relative_to("a")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(p.relative_to("/usr/local"), p.relative_to("/usr", "local/lib"), p.is_relative_to("/usr"), p.is_relative_to("/opt"))
print(PurePosixPath("a/b.py").match("*.py"), PurePosixPath("/a/b/c.py").match("b/*.py"), PurePosixPath("/a/b/c.py").match("/*.py"),
      PurePosixPath("a/b.py").match("/a/*.py"), PurePosixPath("a/b.PY").match("*.py"), PurePosixPath("/a/b/c.py").match("/a/*/c.py"))
print(PurePosixPath("a/b") == PurePosixPath("a//b/"), PurePosixPath("a") < PurePosixPath("b"),
      sorted([PurePosixPath("b"), PurePosixPath("/a"), PurePosixPath("a/c")]), len({PurePosixPath("x/y"), PurePosixPath("x//y")}))
print(PurePosixPath("/x y/é").as_uri(), PurePosixPath("a").as_posix(), bytes(PurePosixPath("/b")), PurePosixPath("/x") == "/x")
try:
    PurePosixPath("rel").as_uri()
except ValueError as e:
    print("ValueError:", e)
try:
    PurePosixPath(5)
except TypeError as e:
    print("TypeError:", e)
print(Path("a/b"), repr(Path("x")), isinstance(Path("x"), PurePath), Path("x") == PurePosixPath("x"))
print(Path("rel/f.txt").parent.name, Path("/tmp") / "f", Path("~").name)
import os
print(os.fspath(PurePosixPath("/a/b")), os.path.join(PurePosixPath("a"), "b"))

for name, pat in [("a.py", "*.py"), ("a.py", "?.py"), ("ab.py", "?.py"), ("a.py", "[ab].py"), ("c.py", "[!ab].py"),
                  ("x", "*"), ("", "*"), ("abc", "a*c*"), ("[x", "[x"), ("a-b", "a[-]b"), ("b", "[a-c]"), ("d", "[a-c]"),
                  ("Q.PY", "*.py"), ("aXbXc", "a*b*c"), ("aaa", "a*a*a*a")]:
    print(name, pat, fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat))
print(fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"), fnmatch.translate("*.txt"))
