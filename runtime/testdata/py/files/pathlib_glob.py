from pathlib import Path, PurePosixPath, PurePath
import fnmatch, glob, os
p = PurePosixPath("/usr/local/lib/python3.11/site.tar.gz")
print(p, repr(p), p.name, p.suffix, p.suffixes, p.stem, p.parent, p.parts, p.anchor, p.root, p.is_absolute())
print(list(p.parents)[:3], len(p.parents), p.parents[-1], p.with_name("x.py"), p.with_suffix(".zip"), p.with_stem("s"))
q = PurePath("a//b/./c/../d")
print(q, q.parts, PurePosixPath("a") / "b" / PurePosixPath("c"), "x" / PurePosixPath("y"), PurePosixPath("/a") / "/b")
print(PurePosixPath(".") , PurePosixPath(""), PurePosixPath(".hidden").suffix, PurePosixPath("a.").suffix, PurePosixPath("/").name)
print(PurePosixPath("/a/b/c").relative_to("/a"), PurePosixPath("a/b").is_relative_to("a"), PurePosixPath("a/b.py").match("*.py"), PurePosixPath("/a/b.py").match("/*.py"))
print(PurePosixPath("a") == PurePosixPath("a/"), PurePosixPath("a") < PurePosixPath("b"), sorted([PurePosixPath("b"), PurePosixPath("a/c")]), hash(PurePosixPath("a")) == hash(PurePosixPath("a")))
for bad in [lambda: p.with_suffix("zip"), lambda: PurePosixPath("/").with_name("x"), lambda: PurePosixPath("a") / 5]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(fnmatch.fnmatch("data.csv", "*.csv"), fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"), fnmatch.fnmatchcase("A.PY", "*.py"), fnmatch.fnmatch("x1", "x[0-9]"), fnmatch.fnmatch("x!", "x[!a-z]"))
base = Path("tmp_pl_dir")
(base / "sub").mkdir(parents=True, exist_ok=True)
(base / "a.txt").write_text("alpha\nbeta\n")
(base / "b.py").write_text("print('hi')")
(base / "sub" / "c.py").write_bytes(b"\x00\x01")
print(sorted(x.name for x in base.iterdir()), (base / "a.txt").read_text().splitlines(), (base / "sub/c.py").read_bytes())
print(sorted(str(x) for x in base.glob("*.py")), sorted(str(x) for x in base.rglob("*.py")), sorted(glob.glob("tmp_pl_dir/*")), glob.glob("tmp_pl_dir/**/*.py", recursive=True))
print((base / "a.txt").exists(), (base / "a.txt").is_file(), base.is_dir(), (base / "zz").exists(), Path("tmp_pl_dir/a.txt").stat if False else "")
with (base / "a.txt").open() as f:
    print(f.readline().strip())
(base / "a.txt").rename(base / "renamed.txt")
print(sorted(os.listdir(base)))
try:
    (base / "missing.txt").read_text()
except FileNotFoundError as e:
    print(e)
try:
    base.mkdir()
except FileExistsError as e:
    print(e)
(base / "zz").unlink(missing_ok=True)
(base / "t.txt").touch()
for f in sorted(base.rglob("*"), reverse=True):
    f.unlink() if f.is_file() else f.rmdir()
base.rmdir()
print(base.exists(), Path("x/y").with_suffix(".md"), Path.cwd() == Path(os.getcwd()), Path("a").absolute().is_absolute())
