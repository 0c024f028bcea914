# pathlib.Path over files the program makes in a folder of its own: writing and reading text
# and bytes, listing (sorted, as a folder's order on disk is arbitrary), glob and rglob, stat,
# mkdir/touch/unlink/rmdir/rename/replace and their errors. The program removes what it makes.
from pathlib import Path
import os
import stat

base = Path("pathlib_tmp")
base.mkdir()
print(base.exists(), base.is_dir(), base.is_file(), (base / "nothing").exists())
print((base / "a.txt").write_text("alpha\nbeta\n"), (base / "b.bin").write_bytes(b"\x00\x01\x02"))
print((base / "c.txt").write_text("one\ntwo\n", newline="\r\n"), repr((base / "c.txt").read_bytes()))
(base / "sub" / "deep").mkdir(parents=True)
(base / "sub" / "c.py").write_text("print(1)\n", encoding="utf-8")
(base / "sub" / "deep" / "d.py").touch()
(base / "sub" / ".hidden.py").touch()

print(sorted(base.iterdir()))
print(sorted(p.name for p in (base / "sub").iterdir()))
print(sorted(base.glob("*.txt")), sorted(base.glob("*/*.py")))
print(sorted(base.rglob("*.py")))
print(sorted(base.glob("**/*.py")) == sorted(base.rglob("*.py")), sorted(base.glob("**")))
print(sorted(base.glob("sub/deep")), sorted(base.glob("[ab].*")), list(base.glob("nothing*")))
print(sorted(p.relative_to(base).as_posix() for p in base.rglob("*")))

print(repr((base / "a.txt").read_text()), (base / "a.txt").read_text().splitlines())
print((base / "b.bin").read_bytes(), (base / "b.bin").stat().st_size)
st = (base / "a.txt").stat()
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR((base / "sub").stat().st_mode))
with (base / "a.txt").open("a") as f:
    f.write("gamma\n")
with (base / "a.txt").open() as f:
    print([line.strip() for line in f])
(base / "a.txt").touch()
print((base / "a.txt").read_text().count("\n"), (base / "sub" / "deep" / "d.py").read_text() == "")

for bad in [lambda: base.mkdir(), lambda: (base / "x" / "y").mkdir(),
            lambda: (base / "nope").unlink(), lambda: base.rmdir(), lambda: (base / "sub").unlink(),
            lambda: (base / "nope").read_text(), lambda: (base / "nope").stat(),
            lambda: (base / "a.txt").touch(exist_ok=False), lambda: list((base / "nope").iterdir()),
            lambda: list(base.glob("")), lambda: list(base.glob("/abs")),
            lambda: (base / "a.txt").write_text(3), lambda: (base / "a.txt").write_bytes("s"),
            lambda: (base / "sub").mkdir(exist_ok=True) or (base / "a.txt").mkdir(exist_ok=True)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
(base / "nope").unlink(missing_ok=True)
(base / "sub" / "deep").mkdir(parents=True, exist_ok=True)

moved = (base / "a.txt").rename(base / "e.txt")
print(repr(moved), moved.exists(), (base / "a.txt").exists())
print((base / "b.bin").replace(base / "e.txt"), (base / "e.txt").read_bytes())
print(moved.samefile(base / "sub" / ".." / "e.txt"), moved.samefile(base / "c.txt"))
print(Path("pathlib_tmp/../pathlib_tmp/e.txt").resolve() == moved.resolve(),
      moved.absolute().is_absolute(), moved.resolve().is_absolute(),
      moved.absolute() == Path.cwd() / moved, Path.cwd() == Path(os.getcwd()))
print(Path.home() == Path("~").expanduser() == Path(os.path.expanduser("~")),
      str(Path("~/x").expanduser()).endswith("/x"))
print(sorted(p.name for p in base.iterdir()))

for p in sorted(base.rglob("*"), reverse=True):
    if p.is_dir():
        p.rmdir()
    else:
        p.unlink()
base.rmdir()
print(base.exists())
