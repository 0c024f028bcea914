"""WeakSet, a set whose items are weakly referenced (Asobiba: items never die)."""

# In Asobiba weak references never die (see package weakref's Go doc), so a WeakSet keeps
# its items in a plain set. It still refuses, with CPython's TypeError, every item that
# could not have a weak reference (_check), and it shows and raises weak references where
# CPython's, which holds references, does (its repr, the KeyError of remove).

from _weakref import ref
try:
    from _weakref import _check
except ImportError:  # CPython's _weakref, under pylib's checker: making a reference checks
    def _check(obj):
        ref(obj)
        return obj
from types import GenericAlias

__all__ = ['WeakSet']


def _checked(items):
    """The items of an iterable as a list, each one able to have a weak reference."""
    return [_check(item) for item in items]


class WeakSet:
    """A set whose items are weak references (which never die in Asobiba)."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        for item in self.data:
            yield item

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            _check(item)
        except TypeError:
            return False
        return item in self.data

    def __reduce__(self):
        return self.__class__, (list(self),), self.__getstate__()

    def add(self, item):
        self.data.add(_check(item))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        if not self.data:
            raise KeyError('pop from empty WeakSet')
        return self.data.pop()

    def remove(self, item):
        if _check(item) not in self.data:
            raise KeyError(ref(item))
        self.data.remove(item)

    def discard(self, item):
        self.data.discard(_check(item))

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(_checked(other))
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self.data.intersection_update(_checked(other))
        return self

    def issubset(self, other):
        return self.data.issubset(_checked(other))

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(_checked(other))

    def issuperset(self, other):
        return self.data.issuperset(_checked(other))

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(_checked(other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(_checked(other))

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(_checked(other))
        return self

    def union(self, other):
        return self.__class__(item for items in (self, other) for item in items)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        if not self.data:
            return 'set()'
        return '{' + ', '.join([repr(ref(item)) for item in self.data]) + '}'

    __class_getitem__ = classmethod(GenericAlias)
