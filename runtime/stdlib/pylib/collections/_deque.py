"""collections.deque and collections.defaultdict.

deque is implemented in Go (the _collections module, a ring buffer); defaultdict is here.
"""

from _collections import deque

_running = set()


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default value factory.

    A missing key is added with the value default_factory() when looked up with d[key].
    """

    __module__ = "collections"

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        super().__init__(*args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            factory_repr = "None"
        elif id(factory) in _running:
            factory_repr = "..."
        else:
            _running.add(id(factory))
            try:
                factory_repr = repr(factory)
            finally:
                _running.discard(id(factory))
        return f"{type(self).__name__}({factory_repr}, {dict.__repr__(self)})"

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result
