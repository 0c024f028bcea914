"""Regenerate the expected annotation strings in this folder from CPython 3.12.

    python3.12 gen.py *.txt

Each chunk's source is one annotation expression; the expectation is the string CPython stores
in __annotations__ for it under "from __future__ import annotations" (its C unparser).
"""
import re
import sys


def regenerate(path):
    text = open(path).read()
    head, *chunks = re.split(r"^--- ", text, flags=re.M)
    parts = [head]
    for i, chunk in enumerate(chunks):
        name, rest = chunk.split("\n", 1)
        src = rest.split("===\n", 1)[0]
        ns = {}
        exec(compile("from __future__ import annotations\nx: " + src.strip() + "\n", "t", "exec"), ns)
        want = ns["__annotations__"]["x"]
        sep = "\n" if i < len(chunks) - 1 else ""
        parts.append("--- %s\n%s===\n%s\n%s" % (name, src, want, sep))
    open(path, "w").write("".join(parts))


if __name__ == "__main__":
    for path in sys.argv[1:]:
        regenerate(path)
