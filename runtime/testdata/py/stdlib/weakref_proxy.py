# weakref.proxy: the two proxy classes, and forwarding of attributes, calls and operators.
import weakref


def masked(text):
    """text with every hexadecimal address shown as 0x@."""
    parts = text.split("0x")
    return "0x@".join([parts[0]] + [p.lstrip("0123456789abcdef") for p in parts[1:]])


def error(f, *args):
    try:
        f(*args)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return "no error"


class Box:
    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return f"Box({self.value!r})"

    def __str__(self):
        return f"box of {self.value}"

    def __add__(self, other):
        return Box(self.value + getattr(other, "value", other))

    def __radd__(self, other):
        return Box(other + self.value)

    def __iadd__(self, other):
        self.value += other
        return self

    def __sub__(self, other):
        return ("sub", self.value, other)

    def __rsub__(self, other):
        return ("rsub", other, self.value)

    def __mul__(self, other):
        return ("mul", other)

    def __pow__(self, other, mod=None):
        return ("pow", other, mod)

    def __divmod__(self, other):
        return ("divmod", other)

    def __lt__(self, other):
        return self.value < getattr(other, "value", other)

    def __eq__(self, other):
        return isinstance(other, Box) and self.value == other.value

    __hash__ = object.__hash__

    def __neg__(self):
        return Box(-self.value)

    def __abs__(self):
        return Box(abs(self.value))

    def __invert__(self):
        return "inverted"

    def __index__(self):
        return self.value

    def __float__(self):
        return float(self.value)

    def __int__(self):
        return int(self.value)

    def __bool__(self):
        return self.value != 0

    def __bytes__(self):
        return b"box"


class Seq:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __reversed__(self):
        return reversed(self.items)


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, step=1, *, twice=False):
        self.n += step * (2 if twice else 1)
        return self.n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n >= 3:
            raise StopIteration
        self.n += 1
        return self.n


# The classes.
print(weakref.ProxyType, weakref.CallableProxyType, weakref.ProxyTypes)
for cls in weakref.ProxyTypes:
    print(cls.__name__, cls.__qualname__, cls.__module__, cls.__mro__)
print(error(weakref.ProxyType, Box(1)))
print(error(type, "Sub", (weakref.ProxyType,), {}))
print(error(type, "Sub", (weakref.CallableProxyType,), {}))
print(["__call__" in vars(cls) for cls in weakref.ProxyTypes])

b = Box(3)
p = weakref.proxy(b)
print(type(p).__name__, type(p) is weakref.ProxyType, isinstance(p, weakref.ProxyType),
      isinstance(p, weakref.CallableProxyType), isinstance(p, Box), p.__class__)
print(masked(repr(p)), str(p), f"{p}", [p][0] is p)

# Attributes are read, set and deleted on the referent.
print(p.value, p.__dict__, vars(p), dir(p) == dir(b))
p.value = 4
p.extra = "x"
print(b.value, b.extra, hasattr(p, "extra"))
del p.extra
print(hasattr(b, "extra"), error(getattr, p, "missing"), error(delattr, p, "missing"))

# Operators unwrap their proxy operands.
print(p + 1, 1 + p, p + p, p - 1, 1 - p, p * 2)
print(p ** 2, pow(p, 2, 5), divmod(p, 2), error(divmod, 2, p))
print(p < 5, 5 > p, p < p, p == b, b == p, p == Box(4), p != b, p == 4)
print(-p, abs(p), ~p, int(p), float(p), bool(p), bytes(p), [10, 20, 30, 40, 50][p], hex(p))
q = p
q += 1
print(q is b, b, type(p).__name__)
print(error(hash, p), error(lambda: {p: 1}))

s = Seq(1, 2, 3)
sp = weakref.proxy(s)
print(len(sp), 2 in sp, 5 in sp, sp[0], sp[-1], list(sp), list(reversed(sp)), sp[1:])
sp[0] = 10
del sp[1]
print(s.items, bool(sp), error(next, sp))
empty = Seq()
one = Box(1)
print(bool(weakref.proxy(empty)), error(len, weakref.proxy(one)))

# A proxy to a callable is a CallableProxyType, and calls it.
c = Counter()
cp = weakref.proxy(c)
print(type(cp).__name__, callable(cp), callable(p), cp(), cp(2), cp(step=3, twice=True), c.n)
c.n = 0
print(next(cp), list(cp), c.n)
fb = Box("f")
f = weakref.proxy(Box.__repr__)
print(type(f).__name__, f(fb))

# Reuse, callbacks, counting, and proxies of proxies.
d = Box(9)
r = weakref.ref(d)
p1 = weakref.proxy(d)
p2 = weakref.proxy(d, print)
p3 = weakref.proxy(d, print)
print(weakref.proxy(d) is p1, weakref.proxy(d, None) is p1, p2 is p1, p3 is p2, error(getattr, p2, "__callback__"))
print(weakref.getweakrefcount(d), sorted(type(w).__name__ for w in weakref.getweakrefs(d)))
print([any(w is x for w in weakref.getweakrefs(d)) for x in (r, p1, p2, p3)])
print(error(weakref.proxy, p1), error(weakref.proxy, cp), error(weakref.proxy, 1))
print(error(weakref.proxy, [1]), error(weakref.proxy, "s"))
