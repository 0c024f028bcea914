# super and inheritance
class A:
    def __init__(self, x):
        self.x = x
    def who(self):
        return "A"
class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def who(self):
        return "B>" + super().who()
class C(B):
    def who(self):
        return "C>" + super().who()
c = C(1, 2)
print(c.x, c.y, c.who(), C.__mro__)
print(C.__qualname__, C.__module__, C.__name__)
class D:
    def f(self):
        return __class__
print(D().f() is D)
# ---
# metaclasses and hooks
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)
class X(metaclass=Meta, flag=True):
    a = 1
print(X.injected, type(X).__name__)
class Base:
    subs = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.subs.append((cls.__name__, tag))
class S1(Base, tag="one"): pass
class S2(Base): pass
print(Base.subs)
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class H:
    d = Desc()
class Gen:
    def __class_getitem__(cls, item):
        return ("alias", cls.__name__, item)
print(Gen[int])
class Entry:
    def __mro_entries__(self, bases):
        return (dict,)
class M(Entry()):
    pass
print(M.__bases__, M.__orig_bases__[0].__class__.__name__)
try:
    class Bad(metaclass=Meta, **{"x": 1}): pass
except TypeError as e:
    print("err", e)
# ---
# class body scoping
x = "global"
class K:
    x = "class"
    y = x
    def m(self):
        return x
    z = [x for _ in range(1)]
print(K.y, K().m(), K.z)
def f():
    v = "enclosing"
    class L:
        w = v
        v = "shadow"
        u = v
    return L
L = f()
print(L.w, L.u)
# ---
# dunder dispatch from the loop
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + o.v)
    def __iadd__(self, o):
        self.v += o.v * 10
        return self
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return self.v == o.v
    def __getitem__(self, k): return k * 2
    def __contains__(self, k): return k == 3
    def __iter__(self): return iter([self.v, self.v])
    def __bool__(self): return self.v > 0
    def __repr__(self): return f"V({self.v})"
a = V(1)
b = a + V(2)
a += V(3)
print(b, a, a < b, b < a, a == V(31), a[4], 3 in a, 4 in a, list(a))
x, y = V(7)
print(x, y, "yes" if V(1) else "no", "yes" if V(0) else "no", not V(0))
