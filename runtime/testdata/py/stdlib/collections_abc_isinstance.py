from collections import abc
import collections.abc as cabc

class OnlyIter:
    def __iter__(self):
        return iter([])

class OnlyLen:
    def __len__(self):
        return 0

class NoHash:
    __hash__ = None

class Box(abc.Sequence):
    def __init__(self, *items):
        self.items = items
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return len(self.items)

class Store(abc.MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)

def gen():
    yield 1

async def coro():
    pass

checks = [
    ("Iterable", abc.Iterable, [[], "s", OnlyIter(), 5, gen(), {}]),
    ("Iterator", abc.Iterator, [iter([]), [], gen(), OnlyIter(), iter({}), iter(range(3)), iter(zip())]),
    ("Sized", abc.Sized, [OnlyLen(), [], 5, "abc"]),
    ("Hashable", abc.Hashable, [1, [], NoHash(), (1,), {}]),
    ("Container", abc.Container, ["x", [], 5]),
    ("Callable", abc.Callable, [len, lambda: 0, 5, OnlyIter]),
    ("Sequence", abc.Sequence, [[], (), "s", range(3), {}, Box(), b"x"]),
    ("MutableSequence", abc.MutableSequence, [[], (), bytearray()]),
    ("Mapping", abc.Mapping, [{}, [], Store()]),
    ("MutableMapping", abc.MutableMapping, [{}, Store(), type.__dict__]),
    ("Set", abc.Set, [set(), frozenset(), {}.keys(), {}.items(), []]),
    ("MutableSet", abc.MutableSet, [set(), frozenset()]),
    ("Generator", abc.Generator, [gen(), iter([])]),
    ("Reversible", abc.Reversible, [[], {}, set()]),
    ("Collection", abc.Collection, [[], set(), OnlyIter()]),
]
for name, cls, values in checks:
    print(name, [isinstance(v, cls) for v in values])
c = coro()
print("Coroutine/Awaitable", isinstance(c, abc.Coroutine), isinstance(c, abc.Awaitable), isinstance(gen(), abc.Awaitable))
c.close()
b = Box(1, 2, 3, 2)
print(list(b), 2 in b, b.index(2), b.count(2), list(reversed(b)), b[1])
s = Store()
s["a"] = 1
s.update(b=2, c=3)
print(s.pop("a"), s.setdefault("d", 4), sorted(s.items()), s.get("zz"), s == {"b": 2, "c": 3, "d": 4}, len(s))
print(list(s.keys()), type(s.keys()).__name__, sorted(s.values()), s.popitem(), len(s))
s.clear()
print(len(s), issubclass(list, abc.Sequence), issubclass(str, abc.MutableSequence), issubclass(dict, abc.Mapping))
try:
    abc.Sequence()
except TypeError as e:
    print("TypeError:", str(e).startswith("Can't instantiate abstract class Sequence with"))
print(abc.Iterable[int], abc.Callable[[int, str], bool], abc.Callable[..., int], abc.Mapping[str, int])
print(cabc.Set.__module__, repr(abc.Iterator), abc.Callable.__qualname__)
fs = frozenset([1, 2]) 
class MySet(abc.Set):
    def __init__(self, it=()):
        self.s = list(dict.fromkeys(it))
    def __contains__(self, x):
        return x in self.s
    def __iter__(self):
        return iter(self.s)
    def __len__(self):
        return len(self.s)
m = MySet([1, 2, 3])
print(sorted(m & {2, 3, 4}), sorted(m | {9}), sorted(m - {1}), sorted(m ^ {3, 4}), m <= {1, 2, 3, 4}, m == {1, 2, 3}, m.isdisjoint([7]))
print(m._hash() == frozenset([1, 2, 3]).__hash__() if hasattr(m, "_hash") else "n/a")
