# traceback.extract_tb / extract_stack give FrameSummary objects in a StackSummary.
import os
import traceback


def clean(text):
    return str(text).replace(__file__, os.path.basename(__file__))


def where():
    return traceback.extract_stack()


stack = where()
print(type(stack).__name__, isinstance(stack, list), clean(repr(stack[-1])))
top = stack[-1]
print(clean(top.filename), top.lineno, top.name, repr(top.line), top.locals)
filename, lineno, name, line = top
print(name, line, top[1], len(top), top == tuple(top))
print(clean(traceback.format_list(stack[-1:])))
print(repr(traceback.FrameSummary("a.py", 3, "f", line="  x = 1  ").line))


def recurse(n):
    if n == 0:
        raise ZeroDivisionError("bottom")
    recurse(n - 1)


try:
    recurse(6)
except ZeroDivisionError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print(len(tb), [f.name for f in tb], tb[-1].line, tb[-1].lineno)
    print(clean("".join(tb.format())), end="")
    print([n for _, n in traceback.walk_tb(e.__traceback__)])
    print(clean(traceback.extract_tb(e.__traceback__, limit=2)))
    again = traceback.StackSummary.from_list([("x.py", 1, "g", "pass"), top])
    print(clean(again.format()))
