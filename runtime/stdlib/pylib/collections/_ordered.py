"""collections.OrderedDict: a dict that remembers, compares and rearranges insertion order.

Plain dicts already keep insertion order, so OrderedDict stores its items in the dict
itself. move_to_end(key, last=False) rebuilds the dict with the key first; everything else
is a thin layer that adds order-sensitive equality, popitem(last=) and CPython's reprs.
"""

from collections import _recursive_repr
from collections.abc import ItemsView, KeysView, MutableMapping, ValuesView

_MARKER = object()


class OrderedDict(dict):
    """Dictionary that remembers insertion order."""

    __module__ = "collections"

    def __init__(self, other=(), /, **kwds):
        MutableMapping.update(self, other, **kwds)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false.
        """
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        return key, dict.pop(self, key)

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist.
        """
        if key not in self:
            raise KeyError(key)
        for k in dict.keys(self):
            if k is key or k == key:
                key = k
                break
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def keys(self):
        """D.keys() -> a set-like object providing a view on D's keys"""
        return odict_keys(self)

    def values(self):
        """D.values() -> an object providing a view on D's values"""
        return odict_values(self)

    def items(self):
        """D.items() -> a set-like object providing a view on D's items"""
        return odict_items(self)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(a == b for a, b in zip(self, other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    @_recursive_repr()
    def __repr__(self):
        if not self:
            return f"{self.__class__.__name__}()"
        return f"{self.__class__.__name__}({dict(self.items())!r})"

    def __reduce__(self):
        state = dict(vars(self)) if hasattr(self, "__dict__") else None
        return self.__class__, (), state or None, None, iter(self.items())

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def update(self, other=(), /, **kwds):
        """D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F."""
        MutableMapping.update(self, other, **kwds)


class odict_keys(KeysView):
    __slots__ = ()
    __module__ = "builtins"

    def __reversed__(self):
        yield from reversed(dict.keys(self._mapping))

    def __repr__(self):
        return f"odict_keys({list(self)!r})"


class odict_values(ValuesView):
    __slots__ = ()
    __module__ = "builtins"

    def __reversed__(self):
        for key in reversed(dict.keys(self._mapping)):
            yield self._mapping[key]

    def __repr__(self):
        return f"odict_values({list(self)!r})"


class odict_items(ItemsView):
    __slots__ = ()
    __module__ = "builtins"

    def __reversed__(self):
        for key in reversed(dict.keys(self._mapping)):
            yield key, self._mapping[key]

    def __repr__(self):
        return f"odict_items({list(self)!r})"
