import json

data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "ok": True, "none": None, "pi": 3.14159, "n": -0.0}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2))
print(json.dumps([1, [2, [3, {}]], []], indent=4))
print(json.dumps({"a": [1, 2], "b": {"c": None}}, indent="\t", sort_keys=True))
print(json.dumps({"a": 1, "b": 2}, separators=(",", ":")), json.dumps([1, 2], indent=0))
print(json.dumps("日本語 ü \u3042 😀"), json.dumps("日本語 😀", ensure_ascii=False))
print(json.dumps("quote\" back\\ nl\n tab\t ctl\x01 del\x7f"), json.dumps("\x7f", ensure_ascii=False))
print(json.dumps([float("nan"), float("inf"), -float("inf"), 1e100, 1.0, 0.1 + 0.2, 10 ** 20, 1e-7]))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none", "s": "str"}))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}), json.dumps(""), json.dumps(None), json.dumps(False))
for bad in ({1, 2}, {(1, 2): 3}, object.__new__(type("Opaque", (), {}))):
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
print(json.dumps({"s": {1, 2}}, default=sorted))
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({"b": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps({"z": 1 + 2j}, cls=Enc), Enc(indent=1).encode([1]))
from collections import OrderedDict
from enum import IntEnum
class N(IntEnum):
    ONE = 1
print(json.dumps(OrderedDict([("b", 1), ("a", 2)])), json.dumps([N.ONE, True]), json.dumps({N.ONE: 1}))
class Out:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
out = Out()
json.dump({"k": [1, 2]}, out)
print("".join(out.parts))
