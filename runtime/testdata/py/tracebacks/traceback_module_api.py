# The traceback module's stack functions, print_* with a file, chained exceptions,
# exception groups, format_exception_only and the tb argument of print_exception.
import io
import os
import sys
import traceback


def clean(text):
    return text.replace(__file__, os.path.basename(__file__))


def inner(limit=None):
    out = io.StringIO()
    traceback.print_stack(limit=limit, file=out)
    return out.getvalue()


def outer(limit=None):
    return inner(limit)


print(clean(outer()), end="")
print(clean(outer(1)), end="")
print(clean(outer(-1)), end="")
print([clean(s) for s in traceback.format_stack(limit=2)])


def frame_of_outer():
    return sys._getframe(1)


def caller():
    f = frame_of_outer()
    return traceback.format_stack(f), traceback.extract_stack(f)


lines, summary = caller()
print([clean(s) for s in lines][-1], [fs.name for fs in summary][-2:])


def fail(n):
    if n == 0:
        raise KeyError("missing")
    fail(n - 1)


try:
    fail(5)
except KeyError as e:
    out = io.StringIO()
    traceback.print_tb(e.__traceback__, limit=-2, file=out)
    print(clean(out.getvalue()), end="")
    out = io.StringIO()
    traceback.print_exc(file=out)
    print(clean(out.getvalue()), end="")
    out = io.StringIO()
    traceback.print_exc(limit=2, file=out, chain=False)
    print(clean(out.getvalue()), end="")
    print(repr(clean(traceback.format_exc(limit=0))))

print(repr(traceback.format_exc()))
out = io.StringIO()
traceback.print_exc(file=out)
print(repr(out.getvalue()))


def chained():
    try:
        try:
            {}["a"]
        except KeyError as e:
            raise ValueError("bad value") from e
    except ValueError:
        raise RuntimeError("while handling")


try:
    chained()
except RuntimeError as e:
    parts = traceback.format_exception(e)
    print(len(parts))
    for p in parts:
        print(repr(clean(p)))
    print([clean(p) for p in traceback.format_exception(e, chain=False)])
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    out = io.StringIO()
    traceback.print_exception(type(e), e, None, file=out)
    print(repr(clean(out.getvalue())))
    out = io.StringIO()
    traceback.print_exception(e, limit=1, file=out)
    print(clean(out.getvalue()), end="")


def group():
    errors = []
    for i in range(2):
        try:
            raise ValueError(f"v{i}")
        except ValueError as e:
            errors.append(e)
    raise ExceptionGroup("two", errors + [TypeError("t")])


try:
    group()
except ExceptionGroup as eg:
    print(clean("".join(traceback.format_exception(eg))), end="")
    print(traceback.format_exception_only(eg))

err = ValueError("noted")
err.add_note("first note")
err.add_note("second\nline")
print(traceback.format_exception_only(err))
print(traceback.format_exception(err))
try:
    compile("x = (1,\n  2 +)", "<snippet>", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e))


class Custom(Exception):
    def __str__(self):
        raise RuntimeError("no str")


print(traceback.format_exception_only(Custom()))
print(traceback.format_exception_only(Exception()))
print(traceback.format_exception(None), traceback.format_exception_only(None))
print(traceback.format_exception(TypeError, None, None))
print(traceback.format_list([("a.py", 1, "f", "x = 1"), ("b.py", 2, "g", None)]))
print(traceback.format_list([("a.py", 1, "f", "x = 1")] * 5))
