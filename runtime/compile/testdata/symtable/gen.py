"""Regenerate the expected symbol tables in this folder from CPython's symtable module.

Run with Python 3.11 (whose comprehensions, like Asobiba's, are separate scopes):

    python3.11 gen.py *.txt

Each file holds chunks "--- name", Python source, "===", expected dump. The dump lists every
scope (type and name), then each symbol with its resolved scope and flags; nested scopes follow,
indented. symtable_test.go prints Asobiba's symbol table in the same format.
"""
import re
import sys
import symtable

FLAGS = [
    (1, "global"), (2, "local"), (4, "param"), (8, "nonlocal"), (16, "use"),
    (64, "free_class"), (128, "import"), (256, "annot"), (512, "comp_iter"),
]
SCOPES = {0: "UNKNOWN", 1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}


def dump(table, indent, out):
    out.append("%s%s %s" % (indent, table.get_type(), table.get_name()))
    for sym in sorted(table.get_symbols(), key=lambda s: s.get_name()):
        flags = sym._Symbol__flags
        names = [n for bit, n in FLAGS if flags & bit]
        out.append("%s  %s %s %s" % (indent, sym.get_name(), SCOPES[sym._Symbol__scope], ",".join(names) or "-"))
    for child in table.get_children():
        dump(child, indent + "  ", out)


def regenerate(path):
    text = open(path).read()
    head, *chunks = re.split(r"^--- ", text, flags=re.M)
    parts = [head]
    for i, chunk in enumerate(chunks):
        name, rest = chunk.split("\n", 1)
        src = rest.split("===\n", 1)[0]
        try:
            out = []
            dump(symtable.symtable(src, "test.py", "exec"), "", out)
            want = "\n".join(out)
        except SyntaxError as e:
            want = "error: %s (line %d)" % (e.msg, e.lineno)
        sep = "\n" if i < len(chunks) - 1 else ""
        parts.append("--- %s\n%s===\n%s\n%s" % (name, src, want, sep))
    open(path, "w").write("".join(parts))


if __name__ == "__main__":
    for path in sys.argv[1:]:
        regenerate(path)
