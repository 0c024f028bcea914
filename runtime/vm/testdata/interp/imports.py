# stdlib imports
import math, sys
from math import sqrt as s, pi
import collections.abc
from collections import OrderedDict
print(s(16), round(pi, 2), collections.abc.Sequence.__name__, OrderedDict.__name__)
print(sys.modules["math"] is math, "collections" in sys.modules)
# ---
# import errors
try:
    import nothing_here
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    import math.nothing
except ModuleNotFoundError as e:
    print(e)
try:
    from math import nothing
except ImportError as e:
    print(str(e).split(" (")[0])
try:
    from . import x
except ImportError as e:
    print(e)
# ---
# import star and dunder names
from math import *
print(floor(2.5), "sqrt" in dir())
print(__name__, __file__ == "main.py" or __file__.endswith("main.py"), __package__, __spec__)
print(sorted(k for k in globals() if k.startswith("__")))
# ---
# exec and eval
ns = {}
exec("a = 1\ndef f(): return a + 1", ns)
print(ns["f"](), sorted(ns))
print(eval("x * 2", {"x": 21}), eval("  1 + 1"))
def loc():
    v = 5
    return eval("v + 1")
print(loc())
code = compile("y = 3\nprint('compiled', y)", "<mine>", "exec")
exec(code)
print(y)
for bad in [lambda: exec(1), lambda: eval("1", 1), lambda: compile("1", "f", "x")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    eval("1 +")
except SyntaxError as e:
    print("syntax", e.msg)
