d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "b" in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(d.pop("b"), d.setdefault("e", 5), d.setdefault("a", 9), d)
d.update({"f": 6}, g=7); d.update([("h", 8)]); print(d)
print(d.popitem(), dict.fromkeys("xy", 0), dict(a=1, b=2), dict([(1, 2)]))
print({**d, "a": 100}, d | {"z": 26}, {k: v for k, v in zip("abc", range(3))})
e = {1: "int", 1.0: "float", True: "bool"}; print(e)
try:
    d["missing"]
except KeyError as err:
    print("KeyError:", err, repr(err))
try:
    for k in d:
        d["new"] = 1
except RuntimeError as err:
    print("RuntimeError:", err)
print(d.keys() & {"a", "zz"}, sorted(d.keys() - {"a"}))
print({(1, 2): "tuple key"}[(1, 2)], dict(sorted({"b": 1, "a": 2}.items())))
try:
    {[1]: 2}
except TypeError as err:
    print("TypeError:", err)
