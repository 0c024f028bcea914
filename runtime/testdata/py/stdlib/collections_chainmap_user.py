from collections import ChainMap, UserDict, UserList, UserString

defaults = {"color": "red", "user": "guest"}
args = {"user": "admin"}
cm = ChainMap(args, defaults)
print(cm, cm["user"], cm["color"], len(cm), list(cm), dict(cm), "color" in cm)
child = cm.new_child({"color": "blue"})
print(child, child["color"], child.parents, child.maps[0])
cm["new"] = 1
print(args, cm.get("nope", "dflt"))
del cm["new"]
try:
    del cm["color"]
except KeyError as e:
    print("KeyError:", e)
try:
    ChainMap({}).popitem()
except KeyError as e:
    print("KeyError:", e)
print(ChainMap(), ChainMap({}, {}) == ChainMap({}), bool(ChainMap({})), cm | {"z": 9}, ChainMap.fromkeys("ab", 0))
print(cm.pop("user"), cm, cm.copy())

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
d = LowerDict({"A": 1}, B=2)
d["C"] = 3
print(d, len(d), d["a"], "b" in d, d.data, type(d.copy()).__name__, isinstance(d, dict))
class Missing(UserDict):
    def __missing__(self, key):
        return key * 2
print(Missing()["ab"], UserDict(x=1) == {"x": 1}, UserDict(a=1) | {"b": 2})

ul = UserList([3, 1, 2])
ul.append(5)
ul.sort()
print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], [0] + ul, ul * 2, len(ul), 3 in ul, ul.index(3), ul == [1, 2, 3, 5])
ul.extend(UserList([7]))
ul.reverse()
print(ul, ul.pop(), ul.count(1), ul.data)

us = UserString("Hello")
print(us, repr(us), us.upper(), type(us.upper()).__name__, us + "!", "<" + us, us * 2, us[1:3], len(us), "ell" in us)
print(us.split("l"), us.replace("l", "L"), us.center(9, "*"), us.startswith("He"), us == "Hello", us < "World", us.find("l"))
print(us.partition("l"), us.zfill(8), us.count("l"), us.lower().islower(), us % () if "%" in us else "no-fmt")
