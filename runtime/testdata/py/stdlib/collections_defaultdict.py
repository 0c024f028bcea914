from collections import defaultdict

d = defaultdict(list)
d["a"].append(1)
d["b"].append(2)
d["a"].append(3)
print(d)
print(d["missing"], len(d))
print(type(d), isinstance(d, dict))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts)
print(dict(counts))
none = defaultdict()
print(none)
try:
    none["x"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"], nested.default_factory is not None)
c = counts.copy()
print(c, type(c).__name__, c.default_factory)
print(d.get("zzz"), "zzz" in d)
merged = counts | {"z": 9}
print(type(merged).__name__, merged["z"], merged["q"])
class Tree(defaultdict):
    pass
print(Tree(set, {"k": {1}}))
