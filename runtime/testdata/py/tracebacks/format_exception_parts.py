import traceback, sys
def inner(n):
    if n == 0:
        raise KeyError("deep")
    inner(n - 1)
def outer():
    try:
        inner(2)
    except KeyError as e:
        raise RuntimeError("outer failed") from e
try:
    outer()
except RuntimeError as e:
    parts = traceback.format_exception(e)
    print(len(parts))
    for p in parts:
        print(repr(p[p.find("line"):] if p.startswith("  File") else p))
    print(traceback.format_exception_only(type(e), e))
    print("".join(traceback.format_exception(type(e), e, e.__traceback__, chain=False)).count("File"))
try:
    try:
        [][1]
    except IndexError:
        {}["x"]
except KeyError as e:
    parts = traceback.format_exception(e)
    print(len(parts), [p.split(",")[0][:8] for p in parts])
    print(traceback.format_exc().splitlines()[-1])
# The old signature formats the traceback it is given, not __traceback__.
def f():
    raise ValueError("x")
def g():
    f()
try:
    g()
except ValueError as e:
    tb = e.__traceback__
    print("".join(traceback.format_exception(type(e), e, tb.tb_next)).count("File"), "".join(traceback.format_exception(e)).count("File"))
    print(traceback.format_exception(type(e), e, None))
    traceback.print_exception(type(e), e, tb.tb_next.tb_next)
