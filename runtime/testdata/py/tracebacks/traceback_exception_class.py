# traceback.TracebackException captures an exception's type, message, stack and chain.
import os
import traceback


def clean(text):
    return text.replace(__file__, os.path.basename(__file__))


def fail():
    try:
        int("x")
    except ValueError as e:
        raise KeyError("k") from e


try:
    fail()
except KeyError as e:
    te = traceback.TracebackException.from_exception(e)
    caught = e
print(te.exc_type.__name__, str(te), [f.name for f in te.stack], te.stack[-1].lineno)
print(type(te.__cause__).__name__, te.__cause__.exc_type.__name__, te.__context__ is not None)
print(te.__suppress_context__, list(te.format_exception_only()))
print(clean("".join(te.format())), end="")
print(clean("".join(te.format(chain=False))), end="")
short = traceback.TracebackException(type(caught), caught, caught.__traceback__, limit=1)
print([f.name for f in short.stack])
try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    group = traceback.TracebackException.from_exception(eg)
print([t.exc_type.__name__ for t in group.exceptions])
try:
    compile("1 +", "<s>", "exec")
except SyntaxError as err:
    syntax = traceback.TracebackException.from_exception(err)
print(syntax.filename, syntax.lineno, syntax.offset, syntax.msg, repr(syntax.text))
