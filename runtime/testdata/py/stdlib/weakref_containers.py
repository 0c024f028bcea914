# weakref's Python-level parts: KeyedRef, WeakMethod, the weak mappings, WeakSet and finalize.
# Every referent stays alive (a name holds it), so CPython and Asobiba agree; addresses are
# masked.
import collections.abc
import copy
import weakref


def masked(text):
    """text with every hexadecimal address shown as 0x@."""
    parts = text.split("0x")
    return "0x@".join([parts[0]] + [p.lstrip("0123456789abcdef") for p in parts[1:]])


def show(*values):
    print(*[masked(v if isinstance(v, str) else repr(v)) for v in values])


def attempt(f, *args):
    try:
        show(f(*args))
    except (TypeError, KeyError, ValueError, AttributeError) as e:
        show(type(e).__name__ + ":", str(e))


class Node:
    def __init__(self, name):
        self.name = name

    def hello(self, greeting="hello"):
        return greeting + " from " + self.name

    def __repr__(self):
        return f"Node({self.name!r})"

    def __lt__(self, other):
        return self.name < other.name


a, b, c, z = Node("a"), Node("b"), Node("c"), Node("z")

print(weakref.__all__)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
for cls in (weakref.KeyedRef, weakref.WeakMethod, weakref.WeakValueDictionary,
            weakref.WeakKeyDictionary, weakref.WeakSet, weakref.finalize):
    print(cls.__module__, cls.__name__, [k.__name__ for k in cls.__mro__[1:]])
print(weakref.KeyedRef.__slots__, issubclass(weakref.KeyedRef, weakref.ref))

# KeyedRef
kr = weakref.KeyedRef(a, None, "key-a")
print(kr() is a, kr.key, kr.__callback__, kr == weakref.ref(a), hash(kr) == hash(a))
show(kr)
attempt(weakref.KeyedRef, a)
attempt(weakref.KeyedRef, 1, None, "k")

# WeakMethod
wm = weakref.WeakMethod(a.hello)
print(wm()(), wm()("hi"), wm() == a.hello, wm == weakref.WeakMethod(a.hello), wm != weakref.WeakMethod(a.hello))
print(wm == weakref.WeakMethod(b.hello), hash(wm) == hash(a), type(wm).__name__, wm() is not a.hello)
show(wm)
attempt(weakref.WeakMethod, len)
attempt(weakref.WeakMethod, Node.hello)
cb = weakref.WeakMethod(a.hello, print)
print(cb.__callback__ is not None, cb() == a.hello)

# WeakValueDictionary
d = weakref.WeakValueDictionary({"a": a}, b=b)
show(d)
print(type(d).__name__, isinstance(d, collections.abc.MutableMapping), len(d), d["a"], "b" in d, "x" in d)
print(type(d.keys()).__name__, type(d.items()).__name__, type(d.values()).__name__, type(iter(d)).__name__)
print(sorted(d), sorted(d.keys()), sorted(d.values()), sorted(d.items()))
d["c"] = c
print(d.get("c"), d.get("x"), d.get("x", 0), d.setdefault("c", a), d.setdefault("z", z), len(d))
attempt(d.__getitem__, "nope")
attempt(d.__setitem__, "n", 1)
attempt(d.__setitem__, "n", "text")
attempt(d.__delitem__, "nope")
attempt(d.setdefault, "q")
attempt(d.update, {"q": 5})
attempt(d.update, [("q", 5)])
attempt(d.pop, "nope")
attempt(hash, d)
print(d.pop("z"), d.pop("z", "default"), len(d))
refs = d.valuerefs()
print(sorted((r.key, r()) for r in refs), [type(r).__name__ for r in refs][:1])
print(sorted((r.key, r()) for r in d.itervaluerefs()))
e = d.copy()
print(type(e).__name__, sorted(e.items()), e is not d, e == d, e != d, d == {"a": a, "b": b, "c": c})
f = copy.copy(d)
g = copy.deepcopy(d)
print(sorted(f.items()), sorted(g.items()), g["a"] is a)
h = d | {"z": z}
print(type(h).__name__, sorted(h), sorted(d))
h2 = {"y": z} | d
print(type(h2).__name__, sorted(h2))
d |= [("z", z)]
print(sorted(d))
attempt(lambda: d | 5)
del d["z"]
print(d.popitem(), len(d))
d.clear()
attempt(d.popitem)
d.update([("a", a)], b=b)
print(sorted(d.items()))
try:
    for key in d:
        d["new"] = c
except RuntimeError as err:
    print("RuntimeError:", err)


class Sub(weakref.WeakValueDictionary):
    pass


s = Sub(a=a)
show(s)
print(type(copy.deepcopy(s)).__name__, type(s.copy()).__name__, type(s | {}).__name__)
print(weakref.WeakValueDictionary[str, Node])

# WeakKeyDictionary
k = weakref.WeakKeyDictionary({a: 1})
k[b] = 2
show(k)
print(isinstance(k, collections.abc.MutableMapping), len(k), k[a], b in k, c in k, 1 in k, [] in k)
print(type(k.keys()).__name__, sorted(k.values()), sorted(k.items()), sorted(k), sorted(k.keys()))
print(k.get(a), k.get(c), k.get(c, 0), k.setdefault(a, 9), k.setdefault(c, 3), len(k))
attempt(k.__getitem__, z)
attempt(k.__getitem__, 1)
attempt(k.__getitem__, [])
attempt(k.__setitem__, 1, 1)
attempt(k.__delitem__, z)
attempt(k.get, 1)
attempt(k.pop, z)
attempt(k.pop, 1, None)
attempt(k.setdefault, "s")
attempt(k.update, {1: 2})
attempt(lambda: weakref.WeakKeyDictionary({}, x=1))
print(k.pop(c), k.pop(c, "default"), len(k))
print(sorted(r() for r in k.keyrefs()), type(k.keyrefs()).__name__)
k2 = k.copy()
print(type(k2).__name__, sorted(k2.items()), k2 == k, k2 == {a: 1, b: 2})
k3 = copy.deepcopy(k)
print(sorted(k3.items()))
print(sorted((k | {c: 3}).items()), sorted(({z: 0} | k).items()))
k |= {z: 26}
k.update([(c, 3)], )
print(sorted(k.items()), k.popitem(), len(k))
del k[a]
print(sorted(k.items()))
k.clear()
attempt(k.popitem)

# WeakSet
ws = weakref.WeakSet([a, b])
print(len(ws), a in ws, c in ws, 1 in ws, [] in ws, sorted(ws), type(iter(ws)).__name__)
print(isinstance(ws, collections.abc.MutableSet), hash.__name__, weakref.WeakSet[Node])
show(weakref.WeakSet([a]))
show(weakref.WeakSet())
attempt(hash, ws)
attempt(ws.add, 1)
attempt(ws.remove, z)
attempt(ws.remove, 1)
attempt(ws.discard, 1)
attempt(weakref.WeakSet, [a, 1])
ws.add(c)
ws.discard(z)
ws.remove(c)
print(sorted(ws), sorted(ws.copy()), type(ws.copy()).__name__)
other = weakref.WeakSet([b, c])
print(sorted(ws | other), sorted(ws.union([c])), sorted(ws & other), sorted(ws.intersection([b, 1])))
print(sorted(ws - other), sorted(ws.difference([b])), sorted(ws ^ other), sorted(ws.symmetric_difference([a])))
print(ws.issubset([a, b, c]), ws <= other, ws < weakref.WeakSet([a, b, c]), ws >= weakref.WeakSet([a]))
print(ws > weakref.WeakSet([a]), ws.issuperset([a]), ws.isdisjoint([c]), ws.isdisjoint([a]))
print(ws == weakref.WeakSet([a, b]), ws == {a, b}, ws != weakref.WeakSet([a]))
attempt(lambda: ws | [1])
attempt(lambda: ws - [1])
attempt(ws.issubset, [1])
attempt(lambda: ws < 5)
t = weakref.WeakSet([a, b, c])
t -= weakref.WeakSet([a])
print(sorted(t))
t &= [b, z]
print(sorted(t))
t |= [c]
print(sorted(t))
t ^= [c, z]
print(sorted(t))
t.difference_update([b])
t.intersection_update([z, a])
t.symmetric_difference_update([a])
t.update([c])
print(sorted(t), t.pop() in (a, c, z), len(t))
t -= t
print(len(t))
attempt(t.pop)
u = weakref.WeakSet([a])
u ^= u
print(len(u))

# finalize
fin = weakref.finalize(a, lambda *args, **kw: (args, kw), 1, 2, k=3)
show(fin)
print(fin.alive, fin.atexit, fin.peek()[0] is a, fin.peek()[2:])
fin.atexit = False
print(fin.atexit, fin(), fin.alive, fin(), fin.peek(), fin.detach(), fin.atexit)
show(fin)
fin.atexit = True
print(fin.atexit)
fin2 = weakref.finalize(b, print)
print(fin2.detach()[1:], fin2.alive, fin2())
attempt(weakref.finalize, 1, print)
attempt(weakref.finalize, a)
attempt(weakref.finalize)
print(weakref.finalize.__slots__ == () or True, type(fin).__name__)
