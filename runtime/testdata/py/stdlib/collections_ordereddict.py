from collections import OrderedDict

def show(od):
    return f"{type(od).__name__}{list(od.items())}"

od = OrderedDict()
od["a"] = 1
od["b"] = 2
od["c"] = 3
print(show(od), len(od), isinstance(od, dict))
od.move_to_end("a")
print(show(od))
od.move_to_end("a", last=False)
print(show(od), list(od.keys()), list(od))
print(od.popitem(), od.popitem(last=False), show(od))
print(OrderedDict(), repr(OrderedDict()))
od = OrderedDict([("a", 1), ("b", 2)])
od2 = OrderedDict([("b", 2), ("a", 1)])
print(od == od2, od != od2, od == dict(od2), dict(od) == dict(od2))
print(od.keys(), od.values(), od.items())
print(list(reversed(od)), list(reversed(od.items())), list(reversed(od.values())))
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
print(show(OrderedDict([("x", [1, 2])])), show(OrderedDict.fromkeys("xyz", 0)))
class MyOD(OrderedDict):
    pass
print(show(MyOD(k="v")), type(MyOD(k="v").copy()).__name__)
print(show(od | {"c": 3}), show({"z": 0} | od))
print(od.setdefault("d", 4), od.pop("a"), show(od))
lru = OrderedDict()
for key in "abcabdae":
    if key in lru:
        lru.move_to_end(key)
    lru[key] = lru.get(key, 0) + 1
    if len(lru) > 3:
        lru.popitem(last=False)
print(show(lru))
