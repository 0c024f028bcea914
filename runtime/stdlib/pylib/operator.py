"""Standard operators as functions: operator.add(x, y) is x + y, and so on.

Also itemgetter, attrgetter and methodcaller, whose reprs match CPython's.
"""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

_abs = abs


def lt(a, b): "Same as a < b."; return a < b
def le(a, b): "Same as a <= b."; return a <= b
def eq(a, b): "Same as a == b."; return a == b
def ne(a, b): "Same as a != b."; return a != b
def ge(a, b): "Same as a >= b."; return a >= b
def gt(a, b): "Same as a > b."; return a > b
def not_(a): "Same as not a."; return not a
def truth(a): "Return True if a is true, False otherwise."; return True if a else False
def is_(a, b): "Same as a is b."; return a is b
def is_not(a, b): "Same as a is not b."; return a is not b
def abs(a): "Same as abs(a)."; return _abs(a)
def add(a, b): "Same as a + b."; return a + b
def and_(a, b): "Same as a & b."; return a & b
def floordiv(a, b): "Same as a // b."; return a // b
def inv(a): "Same as ~a."; return ~a
def lshift(a, b): "Same as a << b."; return a << b
def mod(a, b): "Same as a % b."; return a % b
def mul(a, b): "Same as a * b."; return a * b
def matmul(a, b): "Same as a @ b."; return a @ b
def neg(a): "Same as -a."; return -a
def or_(a, b): "Same as a | b."; return a | b
def pos(a): "Same as +a."; return +a
def pow(a, b): "Same as a ** b."; return a ** b
def rshift(a, b): "Same as a >> b."; return a >> b
def sub(a, b): "Same as a - b."; return a - b
def truediv(a, b): "Same as a / b."; return a / b
def xor(a, b): "Same as a ^ b."; return a ^ b


invert = inv


def index(a):
    """Same as a.__index__()."""
    method = getattr(type(a), "__index__", None)
    if method is None:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer")
    return method(a)


def concat(a, b):
    """Same as a + b, for a and b sequences."""
    if not hasattr(a, "__getitem__"):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    return a + b


def contains(a, b):
    """Same as b in a (note reversed operands)."""
    return b in a


def countOf(a, b):
    """Returns the number of items in a which are, or which equal, b."""
    return sum(1 for item in a if item is b or item == b)


def delitem(a, b):
    """Same as del a[b]."""
    del a[b]


def getitem(a, b):
    """Same as a[b]."""
    return a[b]


def indexOf(a, b):
    """Returns the first index of b in a."""
    for i, item in enumerate(a):
        if item is b or item == b:
            return i
    raise ValueError("sequence.index(x): x not in sequence")


def setitem(a, b, c):
    """Same as a[b] = c."""
    a[b] = c


def length_hint(obj, default=0):
    """Returns an estimate of the number of items in obj, or default."""
    if not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be interpreted as an integer")
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), "__length_hint__", None)
    if hint is None:
        return default
    try:
        value = hint(obj)
    except TypeError:
        return default
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError(f"__length_hint__ must be integer, not {type(value).__name__}")
    if value < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return value


def call(obj, /, *args, **kwargs):
    """Same as obj(*args, **kwargs)."""
    return obj(*args, **kwargs)


class attrgetter:
    """Returns a callable object that fetches the given attribute(s) from its operand.

    After f = attrgetter('name'), f(r) returns r.name; attrgetter('name', 'date') returns
    (r.name, r.date); attrgetter('name.first') returns r.name.first.
    """

    __slots__ = ("_attrs", "_paths")

    def __init__(self, attr, /, *attrs):
        attrs = (attr,) + attrs
        for a in attrs:
            if not isinstance(a, str):
                raise TypeError("attribute name must be a string")
        self._attrs = attrs
        self._paths = tuple(tuple(a.split(".")) for a in attrs)

    def __call__(self, obj, /):
        if len(self._paths) == 1:
            return self._fetch(obj, self._paths[0])
        return tuple(self._fetch(obj, p) for p in self._paths)

    @staticmethod
    def _fetch(obj, path):
        for name in path:
            obj = getattr(obj, name)
        return obj

    def __repr__(self):
        return f"{type(self).__module__}.{type(self).__qualname__}({', '.join(map(repr, self._attrs))})"

    def __reduce__(self):
        return self.__class__, self._attrs


class itemgetter:
    """Returns a callable object that fetches the given item(s) from its operand.

    After f = itemgetter(2), f(r) returns r[2]; itemgetter(2, 5) returns (r[2], r[5]).
    """

    __slots__ = ("_items",)

    def __init__(self, item, /, *items):
        self._items = (item,) + items

    def __call__(self, obj, /):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[i] for i in self._items)

    def __repr__(self):
        return f"{type(self).__module__}.{type(self).__qualname__}({', '.join(map(repr, self._items))})"

    def __reduce__(self):
        return self.__class__, self._items


class methodcaller:
    """Returns a callable object that calls the given method on its operand.

    After f = methodcaller('name', 1, key=2), f(r) returns r.name(1, key=2).
    """

    __slots__ = ("_name", "_args", "_kwargs")

    def __init__(self, name, /, *args, **kwargs):
        if not isinstance(name, str):
            raise TypeError("method name must be a string")
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj, /):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts += [repr(a) for a in self._args]
        parts += [f"{k}={v!r}" for k, v in self._kwargs.items()]
        return f"{type(self).__module__}.{type(self).__qualname__}({', '.join(parts)})"

    def __reduce__(self):
        return self.__class__, (self._name,) + self._args


def iadd(a, b): "Same as a += b."; a += b; return a
def iand(a, b): "Same as a &= b."; a &= b; return a
def ifloordiv(a, b): "Same as a //= b."; a //= b; return a
def ilshift(a, b): "Same as a <<= b."; a <<= b; return a
def imod(a, b): "Same as a %= b."; a %= b; return a
def imul(a, b): "Same as a *= b."; a *= b; return a
def imatmul(a, b): "Same as a @= b."; a @= b; return a
def ior(a, b): "Same as a |= b."; a |= b; return a
def ipow(a, b): "Same as a **= b."; a **= b; return a
def irshift(a, b): "Same as a >>= b."; a >>= b; return a
def isub(a, b): "Same as a -= b."; a -= b; return a
def itruediv(a, b): "Same as a /= b."; a /= b; return a
def ixor(a, b): "Same as a ^= b."; a ^= b; return a


def iconcat(a, b):
    """Same as a += b, for a and b sequences."""
    if not hasattr(a, "__getitem__"):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    a += b
    return a


for _name in ("lt le eq ne ge gt not abs add and floordiv index inv invert lshift mod mul matmul neg or "
              "pos pow rshift sub truediv xor concat contains delitem getitem setitem iadd iand iconcat "
              "ifloordiv ilshift imod imul imatmul ior ipow irshift isub itruediv ixor call").split():
    globals()[f"__{_name}__"] = globals()[_name + "_" if _name in ("not", "and", "or") else _name]
del _name
