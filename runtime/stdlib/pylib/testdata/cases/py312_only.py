# Checker-only: behaviour that CPython 3.12 has and 3.11 (the golden files' oracle) lacks or
# prints differently. The checker adds these to 3.11 through REAL_311_SHIMS and
# abstract_message_312, so here pylib is compared with 3.12's behaviour.
import abc
import functools
import itertools
import keyword
import types
from collections import OrderedDict
from collections import abc as cabc
from enum import Enum
from fractions import Fraction
import json
import pprint

od = OrderedDict([("a", 1), ("b", [2, 3])])
od.move_to_end("a")
print(od, OrderedDict(), repr(OrderedDict(x=OrderedDict(y=1))))
class MyOD(OrderedDict):
    pass
print(MyOD(k="v"), json.loads('{"p": 1, "q": 2}', object_pairs_hook=OrderedDict))
loop = OrderedDict()
loop["self"] = loop
print(loop)
pprint.pprint(OrderedDict((str(i), "x" * i) for i in range(12)))
pprint.pprint([OrderedDict(a=1)], width=10)

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @abc.abstractmethod
    def name(self): ...
class Half(Shape):
    def area(self):
        return 1
for cls in (Shape, Half, cabc.Sequence):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)

print(functools.WRAPPER_ASSIGNMENTS, keyword.softkwlist, keyword.issoftkeyword("type"))
print(list(itertools.batched("ABCDEFG", 3)), list(itertools.batched([], 2)), list(itertools.batched(range(4), 2)))
try:
    itertools.batched("abc", 0)
except ValueError as e:
    print("ValueError:", e)

class Color(Enum):
    RED = 1
print(1 in Color, 7 in Color, Color.RED in Color, "RED" in Color)
print(Fraction(4, 2).is_integer(), Fraction(1, 2).is_integer())
class G:
    pass
print(types.get_original_bases(G), isinstance(b"x", cabc.Buffer), isinstance(memoryview(b""), cabc.Buffer))
