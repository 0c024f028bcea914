from collections import OrderedDict, defaultdict
import collections.abc

def m(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": "empty", **rest} if not rest:
            return "empty"
        case {"type": t, **rest}:
            return f"type {t} with {sorted(rest)}"
        case {1: one, None: n, False: f}:
            return f"keys {one} {n} {f}"
        case {}:
            return "some mapping"
    return "not a mapping"

for v in [{"type": "point", "x": 1, "y": 2}, {"type": "empty"}, {"type": "empty", "z": 0},
          {"type": "box", "w": 1, "h": 2}, {1: "a", None: "b", False: "c"}, {True: "a", None: "b", 0: "c"}, {}, {"other": 1},
          OrderedDict(type="od"), [("type", 1)], "type", 3]:
    print(m(v))

d = defaultdict(list)
match d:
    case {"missing": _}:
        print("bad")
    case _:
        print("defaultdict: no key created", dict(d))

class Proxy(collections.abc.Mapping):
    def __init__(self, data):
        self.data = data
    def __getitem__(self, k):
        return self.data[k]
    def __len__(self):
        return len(self.data)
    def __iter__(self):
        return iter(self.data)
    def get(self, k, default=None):
        print("get", k)
        return self.data.get(k, default)

match Proxy({"a": 1, "b": 2}):
    case {"a": 1, "c": _}:
        print("bad")
    case {"a": a, **others}:
        print("proxy", a, others)

class Keys:
    A = "a"
    B = "a"

try:
    match {"a": 1}:
        case {Keys.A: 1, Keys.B: 2}:
            pass
except ValueError as e:
    print("ValueError:", e)

match {"k": {"inner": [1, 2]}}:
    case {"k": {"inner": [_, second]}}:
        print("nested", second)
