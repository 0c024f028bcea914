# The limit argument of the traceback module: n >= 0 keeps the outermost n entries of a
# traceback (the innermost n of a stack), a negative n the other end; chain=False.
import sys
import traceback
def a(): b()
def b(): c()
def c(): raise ValueError("deep")
for lim in (None, 0, 1, 2, -1, -2, 10, -10):
    try:
        a()
    except ValueError:
        print("limit", lim)
        print(traceback.format_exc(limit=lim), end="", file=sys.stderr)
        print("".join(traceback.format_tb(sys.exc_info()[2], limit=lim)), end="", file=sys.stderr)
        print([e[2] for e in traceback.extract_tb(sys.exc_info()[2], limit=lim)])
def s(lim): return [e[2] for e in traceback.extract_stack(limit=lim)]
def t(lim): return s(lim)
for lim in (None, 0, 1, 2, -1, -2):
    print(lim, t(lim))
try:
    try:
        a()
    except ValueError as e:
        raise KeyError("k") from e
except KeyError:
    print(traceback.format_exc(chain=False), file=sys.stderr)
    print(traceback.format_exc(limit=1), file=sys.stderr)
