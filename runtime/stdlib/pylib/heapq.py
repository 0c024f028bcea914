"""Heap queue algorithm: a min-heap kept in a plain list, where a[k] <= a[2*k+1], a[2*k+2].

The sift routines are the classic ones CPython uses, so a heap built here has exactly the
same layout as one built by CPython. Only the < operator is ever used on the items.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest", "heappushpop"]


def _check_list(name, heap):
    if not isinstance(heap, list):
        raise TypeError(f"{name}() argument 1 must be list, not {type(heap).__name__}")


def heappush(heap, item):
    """Pushes item onto heap, keeping the heap invariant."""
    _check_list("heappush", heap)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pops and returns the smallest item of heap, keeping the heap invariant."""
    _check_list("heappop", heap)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _siftup(heap, 0)
        return item
    return last


def heapreplace(heap, item):
    """Pops and returns the smallest item, then pushes item (the heap must not be empty)."""
    _check_list("heapreplace", heap)
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Pushes item, then pops and returns the smallest item, more quickly than both calls."""
    _check_list("heappushpop", heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    """Transforms list x into a heap, in place, in linear time."""
    _check_list("heapify", x)
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


def _siftdown(heap, startpos, pos):
    # Moves heap[pos] up towards startpos until its parent is not larger.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    # Moves the smaller child up until a leaf is reached, then sifts the item back down.
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _siftup_max(x, i)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _siftup_max(heap, 0)
        return item
    return last


def _heapreplace_max(heap, item):
    smallest = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return smallest


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into a single sorted output, lazily.

    Equal items come out in the order of the inputs they come from, as sorted() would.
    """
    heap = []
    direction = -1 if reverse else 1
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            heap.append([value if key is None else key(value), order * direction, value, it])
            break
    if reverse:
        fix, replace, pop = _heapify_max, _heapreplace_max, _heappop_max
    else:
        fix, replace, pop = heapify, heapreplace, heappop
    fix(heap)
    while heap:
        entry = heap[0]
        yield entry[2]
        for value in entry[3]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            replace(heap, entry)
            break
        else:
            pop(heap)


def nsmallest(n, iterable, key=None):
    """Returns the n smallest items: the same as sorted(iterable, key=key)[:n]."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Returns the n largest items: the same as sorted(iterable, key=key, reverse=True)[:n]."""
    return _select(n, iterable, key, True)


def _select(n, iterable, key, largest):
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        pick = max if largest else min
        result = pick(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    if n <= 0:
        return []
    # Keep the best n seen so far in a heap whose root is the worst of them. Entries carry
    # their arrival order so that ties keep sorted()'s stable order.
    result = []
    for order, elem in enumerate(iterable):
        k = elem if key is None else key(elem)
        entry = (_Rank(k, order, largest), elem)
        if len(result) < n:
            result.append(entry)
            if len(result) == n:
                _heapify_max(result)
        elif entry[0] < result[0][0]:
            _heapreplace_max(result, entry)
    result.sort(key=lambda e: e[0])
    return [elem for _, elem in result]


class _Rank:
    """Orders candidates best first: by key (reversed for nlargest), then by arrival."""

    __slots__ = ("key", "order", "largest")

    def __init__(self, key, order, largest):
        self.key = key
        self.order = order
        self.largest = largest

    def __lt__(self, other):
        if self.largest:
            if other.key < self.key:
                return True
            if self.key < other.key:
                return False
        else:
            if self.key < other.key:
                return True
            if other.key < self.key:
                return False
        return self.order < other.order
