#!/usr/bin/env python3
"""Regenerate the expected outputs of Asobiba's behaviour tests from CPython.

    python3 runtime/testdata/golden.py [--check] [PATH ...]

Every `X.py` below runtime/testdata/py (or below the given paths) is run by the machine's
CPython under the virtual-clock oracle (../shared/oracle/vclock.py, or $ASOBIBA_ORACLE), with
`X.py.in` as standard input when present. Its standard output goes to `X.py.out`; its standard
error to `X.py.err` and its exit status to `X.py.exit`, each written only when non-empty /
non-zero (stale ones are removed). Nobody edits these files by hand: change the program and run
`make golden`.

A program with an `X.py.asobiba.out` beside it is skipped: CPython cannot run it (a real
network, a module the oracle lacks), so its expectations (.asobiba.out/.err/.exit) are
Asobiba's own, reviewed by eye.

The python cells of the lessons in docs/*.md get expectations too, in docs/testdata (written
when no PATH is given).

With --check, nothing is written: the script exits 1 listing the files whose expectations are
missing or out of date (CI can use it to catch a forgotten `make golden`).
"""
import os
import re
import subprocess
import tempfile
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
ORACLE = os.environ.get("ASOBIBA_ORACLE",
                        os.path.join(os.path.dirname(ROOT), "shared", "oracle", "vclock.py"))


def is_program(path):
    """A .py file is a test program, except inside a project: a folder named *.project holds
    one program split over several files, whose main.py is the program and the rest its
    modules (TestPrograms follows the same rule)."""
    folder, name = os.path.split(path)
    if not name.endswith(".py"):
        return False
    project = next((part for part in folder.split(os.sep) if part.endswith(".project")), None)
    return project is None or (folder.endswith(".project") and name == "main.py")


def programs(paths):
    for p in paths:
        if os.path.isfile(p):
            yield p
            continue
        for folder, dirs, files in os.walk(p):
            dirs.sort()
            for f in sorted(files):
                if is_program(os.path.join(folder, f)):
                    yield os.path.join(folder, f)


def expected(path):
    stdin = b""
    if os.path.exists(path + ".in"):
        with open(path + ".in", "rb") as f:
            stdin = f.read()
    # The oracle's run() is called in this process (as compare.py does), not its command line:
    # that would turn the status of a program killed by a signal (-2 after an uncaught
    # KeyboardInterrupt) into 256 minus the signal number.
    sys.path.insert(0, os.path.dirname(os.path.abspath(ORACLE)))
    import vclock
    out, err, rc = vclock.run(path, stdin=stdin)
    return {".out": out, ".err": err, ".exit": (b"%d\n" % rc) if rc else b""}


DOCS = os.path.join(ROOT, "docs")
CELL = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def lesson_cells(tmp):
    """Write each python cell of the lessons in docs/ to tmp/LESSON.cellN.py and return
    (program, expectation base) pairs: the expectations go to docs/testdata/LESSON.cellN.py.*
    (TestLessonCells runs the cells from the Markdown itself and compares them with these)."""
    out = os.path.join(DOCS, "testdata")
    pairs = []
    for name in sorted(os.listdir(DOCS)) if os.path.isdir(DOCS) else []:
        if not name.endswith(".md") or name == "README.md":
            continue
        with open(os.path.join(DOCS, name), encoding="utf-8") as f:
            cells = CELL.findall(f.read())
        for i, cell in enumerate(cells, 1):
            os.makedirs(out, exist_ok=True)
            base = "%s.cell%d.py" % (name[:-3], i)
            with open(os.path.join(tmp, base), "w", encoding="utf-8") as f:
                f.write(cell)
            pairs.append((os.path.join(tmp, base), os.path.join(out, base)))
    return pairs


def main(argv):
    with tempfile.TemporaryDirectory(prefix="asobiba-lessons-") as tmp:
        regenerate(argv, tmp)


def regenerate(argv, tmp):
    """Writes (or with --check, lists) the expectations that differ from what CPython prints;
    tmp holds the lessons' cells while they run."""
    check = "--check" in argv
    paths = [a for a in argv if a != "--check"]
    jobs = [(p, p) for p in programs(paths or [os.path.join(HERE, "py")])]
    if not paths:
        jobs += lesson_cells(tmp)
    if not os.path.exists(ORACLE):
        sys.exit("golden: the oracle is missing: " + ORACLE)
    stale = []
    for prog, base in jobs:
        if os.path.exists(prog + ".asobiba.out"):
            # CPython cannot run it (real network, a module the oracle lacks): its
            # expectations are Asobiba's own, reviewed by eye (see the folder's README).
            continue
        try:
            outputs = expected(prog)
        except subprocess.TimeoutExpired:
            # The oracle can hang where CPython alone does not (asyncio/thread_loops.py: an
            # event loop in a second thread); the expectations already there are kept.
            print("oracle timed out, expectations kept: " + os.path.relpath(prog, ROOT))
            continue
        for suffix, data in outputs.items():
            target = base + suffix
            old = None
            if os.path.exists(target):
                with open(target, "rb") as f:
                    old = f.read()
            if old == (data or None):
                continue
            stale.append(target)
            if check:
                continue
            if data:
                with open(target, "wb") as f:
                    f.write(data)
            elif old is not None:
                os.remove(target)
    for s in stale:
        print(("stale: " if check else "wrote: ") + os.path.relpath(s, ROOT))
    if check and stale:
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1:])
