"""collections.deque and collections.defaultdict.

A deque keeps its items in two Python lists: _front holds the left part in reverse order
and _back the right part in order, so appends and pops at either end are amortised O(1).
When one side runs dry, half of the other side is moved over.
"""

_GenericAlias = type(list[int])


class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    __slots__ = ("_front", "_back", "_maxlen", "_state")
    __module__ = "collections"

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError(f"'{type(maxlen).__name__}' object cannot be interpreted as an integer")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._front = []
        self._back = []
        self._state = 0
        if iterable is not None:
            self.extend(iterable)

    # Internal helpers.

    def _changed(self):
        self._state += 1

    def _rebalance(self, to_front):
        items = self._front[::-1] + self._back
        half = (len(items) + (1 if to_front else 0)) // 2
        self._front = items[:half][::-1]
        self._back = items[half:]

    def _set_items(self, items):
        self._front = []
        self._back = list(items)
        self._changed()

    def _index(self, index):
        if not isinstance(index, int):
            if hasattr(type(index), "__index__"):
                index = type(index).__index__(index)
            else:
                raise TypeError(f"sequence index must be integer, not '{type(index).__name__}'")
        n = len(self)
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("deque index out of range")
        return index

    # Public interface.

    @property
    def maxlen(self):
        """Maximum size of a deque or None if unbounded."""
        return self._maxlen

    def append(self, x, /):
        """Add an element to the right side of the deque."""
        if self._maxlen == 0:
            return
        self._back.append(x)
        self._changed()
        if self._maxlen is not None and len(self) > self._maxlen:
            self.popleft()

    def appendleft(self, x, /):
        """Add an element to the left side of the deque."""
        if self._maxlen == 0:
            return
        self._front.append(x)
        self._changed()
        if self._maxlen is not None and len(self) > self._maxlen:
            self.pop()

    def pop(self):
        """Remove and return the rightmost element."""
        if not self._back:
            if not self._front:
                raise IndexError("pop from an empty deque")
            self._rebalance(False)
        self._changed()
        return self._back.pop()

    def popleft(self):
        """Remove and return the leftmost element."""
        if not self._front:
            if not self._back:
                raise IndexError("pop from an empty deque")
            self._rebalance(True)
        self._changed()
        return self._front.pop()

    def extend(self, iterable, /):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable, /):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._set_items(())

    def copy(self):
        """Return a shallow copy of a deque."""
        if type(self) is deque:
            return deque(self, self._maxlen)
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, value, /):
        """Return number of occurrences of value."""
        state = self._state
        total = 0
        for item in self._items():
            if item is value or item == value:
                total += 1
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return total

    def index(self, value, start=0, stop=None, /):
        """Return first index of value; raises ValueError if the value is not present."""
        items = self._items()
        n = len(items)
        stop = n if stop is None else stop
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        state = self._state
        for i in range(start, min(stop, n)):
            if items[i] is value or items[i] == value:
                return i
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError(f"{value!r} is not in deque")

    def insert(self, index, value, /):
        """Insert value before index."""
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = self._items()
        items.insert(index, value)
        self._set_items(items)

    def remove(self, value, /):
        """Remove first occurrence of value."""
        items = self._items()
        for i, item in enumerate(items):
            if item is value or item == value:
                if len(items) != len(self):
                    raise IndexError("deque mutated during remove().")
                del items[i]
                self._set_items(items)
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._front, self._back = self._back, self._front
        self._changed()

    def rotate(self, n=1, /):
        """Rotate the deque n steps to the right (default n=1); negative n rotates left."""
        size = len(self)
        if size <= 1:
            return
        n %= size
        if n:
            items = self._items()
            self._set_items(items[-n:] + items[:-n])

    def _items(self):
        return self._front[::-1] + self._back

    def __len__(self):
        return len(self._front) + len(self._back)

    def __bool__(self):
        return bool(self._front or self._back)

    def __iter__(self):
        state = self._state
        for item in self._items():
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            yield item
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")

    def __reversed__(self):
        state = self._state
        for item in reversed(self._items()):
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            yield item

    def __contains__(self, value):
        return any(item is value or item == value for item in self._items())

    def __getitem__(self, index):
        i = self._index(index)
        front = len(self._front)
        return self._front[front - 1 - i] if i < front else self._back[i - front]

    def __setitem__(self, index, value):
        i = self._index(index)
        front = len(self._front)
        if i < front:
            self._front[front - 1 - i] = value
        else:
            self._back[i - front] = value

    def __delitem__(self, index):
        i = self._index(index)
        items = self._items()
        del items[i]
        self._set_items(items)

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(self._items(), other._items())

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._items()
        self._set_items(())
        for _ in range(max(n, 0)):
            self.extend(items)
        return self

    def __repr__(self):
        if id(self) in _running:
            return "[...]"
        _running.add(id(self))
        try:
            body = repr(self._items())
        finally:
            _running.discard(id(self))
        name = type(self).__name__
        if self._maxlen is None:
            return f"{name}({body})"
        return f"{name}({body}, maxlen={self._maxlen})"

    def __reduce__(self):
        return type(self), ((), self._maxlen), None, iter(self)

    __class_getitem__ = classmethod(_GenericAlias)


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
