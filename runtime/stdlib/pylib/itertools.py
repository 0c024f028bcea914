"""Functional tools for creating and using iterators.

Every tool is a class, as in CPython, so type(itertools.chain()) is itertools.chain. Most
classes keep their state in a private generator (_run) that __next__ advances; argument
checking and the iter() calls that CPython makes eagerly happen in __init__, so errors are
raised at the same moment as in CPython.
"""

import sys

__all__ = ["accumulate", "batched", "chain", "combinations", "combinations_with_replacement", "compress",
           "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise", "permutations",
           "product", "repeat", "starmap", "takewhile", "tee", "zip_longest"]


class _Tool:
    """Base of the generator-backed tools: iterating advances self._gen."""

    __slots__ = ("_gen",)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""

    __slots__ = ("_n", "_step")

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not hasattr(v, "__add__") or isinstance(v, (str, bytes, list, tuple)):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        name = type(self).__name__
        if type(self._step) is int and self._step == 1:
            return f"{name}({self._n!r})"
        return f"{name}({self._n!r}, {self._step!r})"


class cycle(_Tool):
    """cycle(iterable) --> the items of iterable, then the same items again, forever."""

    __slots__ = ()

    def __init__(self, iterable, /):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        saved = []
        for item in it:
            yield item
            saved.append(item)
        while saved:
            yield from saved


class repeat:
    """repeat(object [,times]) --> object, times times, or forever if times is omitted."""

    __slots__ = ("_obj", "_times")

    def __init__(self, object, times=None):
        if times is not None:
            if not isinstance(times, int):
                raise TypeError(f"'{type(times).__name__}' object cannot be interpreted as an integer")
            times = max(times, 0)
        self._obj = object
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._obj!r})"
        return f"repeat({self._obj!r}, {self._times})"


class accumulate(_Tool):
    """accumulate(iterable, func=operator.add, *, initial=None) --> running totals."""

    __slots__ = ()

    def __init__(self, iterable, func=None, *, initial=None):
        self._gen = self._run(iter(iterable), func, initial)

    @staticmethod
    def _run(it, func, total):
        if total is None:
            for total in it:
                break
            else:
                return
        yield total
        for item in it:
            total = total + item if func is None else func(total, item)
            yield total


class chain(_Tool):
    """chain(*iterables) --> the items of the first iterable, then of the next, and so on."""

    __slots__ = ()

    def __init__(self, *iterables):
        self._gen = self._run(iter(iterables))

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable of iterables."""
        self = cls.__new__(cls)
        self._gen = cls._run(iter(iterable))
        return self

    @staticmethod
    def _run(sources):
        for source in sources:
            yield from iter(source)

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class compress(_Tool):
    """compress(data, selectors) --> the items of data whose selector is true."""

    __slots__ = ()

    def __init__(self, data, selectors):
        self._gen = (d for d, s in zip(iter(data), iter(selectors)) if s)


class dropwhile(_Tool):
    """dropwhile(predicate, iterable) --> the items after predicate first fails."""

    __slots__ = ()

    def __init__(self, predicate, iterable, /):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for item in it:
            if not predicate(item):
                yield item
                break
        yield from it


class takewhile(_Tool):
    """takewhile(predicate, iterable) --> the items while predicate holds."""

    __slots__ = ()

    def __init__(self, predicate, iterable, /):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for item in it:
            if not predicate(item):
                return
            yield item


class filterfalse(_Tool):
    """filterfalse(function or None, iterable) --> the items for which function is false."""

    __slots__ = ()

    def __init__(self, function, iterable, /):
        it = iter(iterable)
        if function is None:
            self._gen = (x for x in it if not x)
        else:
            self._gen = (x for x in it if not function(x))


class starmap(_Tool):
    """starmap(function, iterable) --> function(*args) for each args in iterable."""

    __slots__ = ()

    def __init__(self, function, iterable, /):
        self._gen = (function(*args) for args in iter(iterable))


class pairwise(_Tool):
    """pairwise(iterable) --> (s0, s1), (s1, s2), (s2, s3), ..."""

    __slots__ = ()

    def __init__(self, iterable, /):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        for a in it:
            for b in it:
                yield a, b
                a = b
            return


class batched(_Tool):
    """batched(iterable, n) --> tuples of n items (the last one may be shorter)."""

    __slots__ = ()

    def __init__(self, iterable, n):
        if not isinstance(n, int):
            raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
        if n < 1:
            raise ValueError("n must be at least one")
        self._gen = self._run(iter(iterable), n)

    @staticmethod
    def _run(it, n):
        while batch := tuple(islice(it, n)):
            yield batch


def _as_ssize(value):
    # Mirrors PyNumber_AsSsize_t(value, NULL): clipped to the ssize_t range, -1 on error.
    if not hasattr(type(value), "__index__"):
        return -1
    value = type(value).__index__(value)
    return max(-sys.maxsize - 1, min(value, sys.maxsize))


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step]) --> selected items."""

    __slots__ = ("_it", "_next", "_stop", "_step", "_count")

    def __init__(self, iterable, *args):
        if not 1 <= len(args) <= 3:
            if not args:
                raise TypeError("islice expected at least 2 arguments, got 1")
            raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}")
        start, stop, step = 0, None, 1
        stop_arg = args[0] if len(args) == 1 else args[1]
        if stop_arg is not None:
            stop = _as_ssize(stop_arg)
            if stop == -1:
                raise ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        if len(args) > 1 and args[0] is not None:
            start = _as_ssize(args[0])
        if start < 0 or (stop is not None and stop < -1):
            raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        if len(args) == 3 and args[2] is not None:
            step = _as_ssize(args[2])
        if step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = iter(iterable)
        self._next, self._stop, self._step, self._count = start, stop, step, 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        try:
            while self._count < self._next:
                next(it)
                self._count += 1
            if self._stop is not None and self._count >= self._stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._count += 1
        self._next += self._step
        if self._stop is not None and self._next > self._stop:
            self._next = self._stop
        return item


class zip_longest(_Tool):
    """zip_longest(*iterables, fillvalue=None) --> tuples, padding short inputs with fillvalue."""

    __slots__ = ()

    def __init__(self, *iterables, fillvalue=None):
        self._gen = self._run([iter(it) for it in iterables], fillvalue)

    @staticmethod
    def _run(iterators, fillvalue):
        active = len(iterators)
        if not active:
            return
        while True:
            values = []
            for i, it in enumerate(iterators):
                try:
                    value = next(it)
                except StopIteration:
                    active -= 1
                    if not active:
                        return
                    iterators[i] = repeat(fillvalue)
                    value = fillvalue
                values.append(value)
            yield tuple(values)


class product(_Tool):
    """product(*iterables, repeat=1) --> the cartesian product, as tuples."""

    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(it) for it in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        result = [()]
        for pool in pools:
            result = [prefix + (item,) for prefix in result for item in pool]
        for combination in result:
            yield combination


def _check_r(r, allow_none):
    if r is None and allow_none:
        return
    if not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")


class permutations(_Tool):
    """permutations(iterable, r=None) --> successive r-length permutations, as tuples."""

    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        _check_r(r, True)
        self._gen = self._run(pool, len(pool) if r is None else r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


class combinations(_Tool):
    """combinations(iterable, r) --> r-length subsequences, in input order, as tuples."""

    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        _check_r(r, False)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_Tool):
    """combinations_with_replacement(iterable, r) --> r-length combinations allowing repeats."""

    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        _check_r(r, False)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)


class groupby:
    """groupby(iterable, key=None) --> (key, group) pairs for runs of items with equal keys.

    Each group is an iterator sharing the underlying iterator with the groupby object, so a
    group becomes empty as soon as the groupby object moves on.
    """

    __slots__ = ("_it", "_keyfunc", "_tgtkey", "_currkey", "_currvalue", "_currgrouper")

    _NULL = object()

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = groupby._NULL
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue, self._currkey = value, key

    def __next__(self):
        null = groupby._NULL
        self._currgrouper = None
        while True:
            if self._currkey is null:
                pass
            elif self._tgtkey is null:
                break
            elif not _same(self._tgtkey, self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return self._currkey, grouper


def _same(a, b):
    return a is b or bool(a == b)


class _grouper:
    """One group of a groupby: the items whose key equals its target key."""

    __slots__ = ("_parent", "_tgtkey")

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._currgrouper is not self:
            raise StopIteration
        if parent._currvalue is groupby._NULL:
            parent._step()
        if not _same(self._tgtkey, parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = groupby._NULL
        return value


class _tee_link:
    """One cell of the buffer shared by tee iterators: a value and the next cell."""

    __slots__ = ("value", "next")

    def __init__(self):
        self.next = None


class _tee_source:
    __slots__ = ("it",)


class _tee:
    """One of the independent iterators returned by tee()."""

    __slots__ = ("_source", "_link")

    def __init__(self, iterable):
        source = _tee_source()
        source.it = iter(iterable)
        self._source = source
        self._link = _tee_link()

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._source.it)
            link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        twin = _tee.__new__(_tee)
        twin._source = self._source
        twin._link = self._link
        return twin


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators over iterable."""
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    first = it if hasattr(it, "__copy__") else _tee(it)
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))
