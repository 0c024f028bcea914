# weakref: references, proxies, weak containers and finalizers (no object dies here).
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def hello(self):
        return "hello from " + self.name

    def __repr__(self):
        return f"Node({self.name!r})"

    def __add__(self, other):
        return self.name + str(other)

    def __len__(self):
        return len(self.name)


class Slotted:
    __slots__ = ("x",)


class SlottedRef:
    __slots__ = ("x", "__weakref__")


for value in (1, "s", (1,), [1], {}, None, 1.5, b"x", object(), Slotted()):
    try:
        weakref.ref(value)
    except TypeError as e:
        print(e)
for value in (set(), frozenset(), Node("a"), SlottedRef(), len, Node, Node("b").hello, weakref):
    weakref.ref(value)
    print(type(value).__name__, "ok")

n = Node("n")
r = weakref.ref(n)
print(r() is n, r.__callback__, weakref.ref(n) is r, weakref.getweakrefcount(n))


def callback(ref):
    print("callback", ref)


r2 = weakref.ref(n, callback)
print(r2 is r, r2.__callback__ is callback, weakref.getweakrefcount(n), r == r2, hash(r) == hash(n))
print(weakref.getweakrefs(n) == [r, r2], type(r).__name__, weakref.ReferenceType is weakref.ref)
m = Node("m")
print(weakref.ref(m) == r, weakref.ref(m) != r)

p = weakref.proxy(n)
print(p.name, p.hello(), p + 1, len(p), str(p), p == n, weakref.proxy(n) is p)
p.name = "n2"
print(n.name, type(p).__name__, type(weakref.proxy(len)).__name__, weakref.proxy(len)("abc"))
try:
    hash(p)
except TypeError:
    print("proxy unhashable")
try:
    weakref.proxy(1)
except TypeError as e:
    print(e)

wm = weakref.WeakMethod(n.hello)
print(wm()(), wm() == n.hello)

d = weakref.WeakValueDictionary()
d["a"] = n
d["b"] = m
print(len(d), d["a"], "a" in d, sorted(d.keys()), list(d.values()), list(d.items()), d.get("z"), d.get("a"))
try:
    d["c"] = 1
except TypeError as e:
    print(e)
try:
    d["zz"]
except KeyError as e:
    print("KeyError", e)
print(d.pop("b"), len(d), d.setdefault("a", m), dict(d.copy()) == {"a": n})
d.update({"x": m}, y=m)
print(sorted(d), [ref() for ref in d.valuerefs()][:1])

k = weakref.WeakKeyDictionary()
k[n] = 1
k[m] = 2
print(len(k), k[n], n in k, 1 in k, [v for _, v in k.items()], k.get(m))
try:
    k[1] = 2
except TypeError as e:
    print(e)
del k[m]
print(len(k), list(k.keys()) == [n])

ws = weakref.WeakSet([n, m])
print(len(ws), n in ws, 1 in ws, sorted(x.name for x in ws))
ws.discard(m)
ws.add(m)
try:
    ws.add(1)
except TypeError as e:
    print(e)
q = Node("q")
print(len(ws), len(ws | weakref.WeakSet([q])), len(ws - {m}), ws == weakref.WeakSet([n, m]))

f = weakref.finalize(n, print, "finalizing", n.name)
print(f.alive, f.atexit, f.peek()[2:])
print(f(), f.alive, f(), f.peek())
g = weakref.finalize(m, lambda: 42)
print(g.detach()[2:], g.alive, g.detach(), g())
h = weakref.finalize(m, lambda x, y=0: x + y, 1, y=2)
print(h())
