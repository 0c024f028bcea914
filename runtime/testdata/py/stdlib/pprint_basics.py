import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
from dataclasses import dataclass, field
from types import SimpleNamespace

data = {"name": "Asobiba", "versions": list(range(30)), "nested": {"a": [1, 2, {"deep": ("x", "y") * 6}],
        "b": {"k" + str(i): i * 1.5 for i in range(8)}}, "empty": {}, "t": (1,), "s": {3, 1, 2}}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=50)
pprint.pprint(data, sort_dicts=False, width=60)
print(pprint.pformat(list(range(40)), width=30, compact=True))
long_text = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(long_text)
pprint.pprint({"text": long_text, "lines": "line one\nline two\n" * 3})
pprint.pprint([long_text], width=50)
pprint.pprint(OrderedDict((f"key{i}", "v" * i) for i in range(10)))
dd = defaultdict(list, {f"k{i}": list(range(i)) for i in range(8)})
pprint.pprint(dd)
pprint.pprint(Counter("the quick brown fox jumps over the lazy dog and keeps running far away"))
pprint.pprint(deque(range(40), maxlen=50))
pprint.pprint(deque(["alpha" * 3, "beta" * 3, "gamma" * 3, "delta" * 3, "epsilon" * 3]))
pprint.pprint(ChainMap({"a" * 30: 1, "b" * 30: 2}, {"c" * 40: 3}))
pprint.pprint(SimpleNamespace(alpha=list(range(20)), beta="b" * 60, gamma={"x": 1}))
pprint.pprint(frozenset(range(0, 60, 3)))

@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    weight: float = 1.0

tree = Node("root", [Node("child" + str(i), [Node("leaf" * 3)]) for i in range(3)])
pprint.pprint(tree)
pprint.pprint(tree, width=120)
rec = [1, 2]
rec.append(rec)
print(pprint.saferepr(rec)[:18], pprint.isrecursive(rec), pprint.isreadable([1, "a"]), pprint.isreadable(object))
pprint.pp({"b": 1, "a": [2] * 30})
print(pprint.pformat(10 ** 30, underscore_numbers=True), pprint.pformat({"z": 1, "a": 2}))
pprint.pprint(((1, 2), [3, [4, [5, [6, [7]]]]]), depth=3)
pprint.pprint([[i] * 10 for i in range(5)], width=30)
