# Attribute look-ups at one call site must see every change to the class, the instance and
# its __dict__, however often the site ran before (the interpreter caches look-ups per site).


class C:
    def __init__(self, v):
        self.v = v

    def m(self):
        return "method"


def get_v(o):
    return o.v


def call_m(o):
    return o.m()


def set_v(o, x):
    o.v = x


a, b = C(1), C(2)
for _ in range(3):
    print(get_v(a), get_v(b), call_m(a))

# An instance attribute shadows the method; deleting it uncovers the method again.
a.m = lambda: "instance"
print(call_m(a), call_m(b))
del a.m
print(call_m(a))

# A data descriptor added to the class wins over the instance dict.
C.v = property(lambda self: "property")
print(get_v(a), get_v(b))
try:
    set_v(a, 5)
except AttributeError:
    print("AttributeError: no setter")
del C.v
print(get_v(a), get_v(b))
set_v(a, 10)
print(get_v(a))

# A plain class attribute does not hide the instance's.
C.v = "class"
print(get_v(a))
del C.v

# The method replaced on the class.
C.m = lambda self: "replaced"
print(call_m(a))

# A base class changes: the subclass sees it.
class D(C):
    pass


d = D(3)
for _ in range(3):
    print(get_v(d), call_m(d))
C.m = lambda self: "base changed"
print(call_m(d))
C.__getattribute__ = lambda self, name: "getattribute " + name
print(get_v(d), call_m.__name__)
try:
    call_m(d)
except TypeError as e:
    print("TypeError:", e)
del C.__getattribute__
print(get_v(d))

# __setattr__ added to the class.
log = []


def setter(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value * 2)


C.__setattr__ = setter
set_v(d, 4)
print(get_v(d), log)
del C.__setattr__
set_v(d, 4)
print(get_v(d))

# __class__ assignment.
class E:
    def __init__(self):
        self.v = "e"

    def m(self):
        return "E.m"


e = E()
print(get_v(e), call_m(e))
e.__class__ = C
print(get_v(e), call_m(e))

# Attributes deleted from, and re-added to, the instance dict in another order.
x = C(1)
x.w = 2
del x.v
try:
    get_v(x)
except AttributeError as err:
    print("AttributeError:", err)
x.v = 3
print(get_v(x), list(vars(x)))

# __getattr__ runs only when the attribute is missing.
class G:
    def __getattr__(self, name):
        return "fallback " + name


g = G()
print(get_v(g))
g.v = 7
print(get_v(g))

# A str subclass as a key of the instance dict.
class S(str):
    pass


y = C(0)
y.__dict__.clear()
y.__dict__[S("v")] = "via str subclass"
print(get_v(y))
y.__dict__[S("m")] = lambda: "shadowed by str subclass key"
print(call_m(y))

# Slots: no instance dict.
class P:
    __slots__ = ("v",)

    def m(self):
        return "P.m"


p = P()
set_v(p, 9)
print(get_v(p), call_m(p))
try:
    p.other = 1
except AttributeError as err:
    print("AttributeError:", err)

# Methods of builtin objects, and instance dicts of functions.
def f():
    pass


f.m = lambda: "function attribute"
print(call_m(f))
print([1, 2].count(1), {"a": 1}.get("a"))
