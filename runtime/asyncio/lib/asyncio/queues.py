"""Queues for tasks: Queue (FIFO), PriorityQueue and LifoQueue."""
from _collections import deque as _deque
import heapq
from types import GenericAlias
from _asyncio import _label, _queue_register, _queue_put, _queue_get, _queue_no_item
from . import locks
from . import mixins


class QueueEmpty(Exception):
    """Raised by get_nowait() on an empty queue."""


class QueueFull(Exception):
    """Raised by put_nowait() on a full queue."""


class Queue(mixins._LoopBoundMixin):
    """A FIFO queue; with maxsize > 0, put() waits while the queue is full."""

    # asyncio.Queue[int] in annotations.
    __class_getitem__ = classmethod(GenericAlias)

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _deque()
        self._putters = _deque()
        self._unfinished_tasks = 0
        self._finished = locks.Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = _deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            result += f' _queue={list(self._queue)!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        # _queue_put does `if not self.full(): self.put_nowait(item)` in Go for a plain
        # queue (and nothing otherwise); the code below is CPython's.
        if _queue_put(self, item):
            return None
        while self.full():
            putter = self._get_loop().create_future()
            _label(putter, 'Queue.put')
            self._putters.append(putter)
            try:
                await putter  # CPython 3.11: line 120
            except:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise  # CPython 3.11: line 134
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull  # CPython 3.11: line 143
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        item = _queue_get(self)  # in Go for a plain queue: CPython's `if not self.empty(): ...`
        if item is not _queue_no_item:
            return item
        while self.empty():
            getter = self._get_loop().create_future()
            _label(getter, 'Queue.get')
            self._getters.append(getter)
            try:
                await getter  # CPython 3.11: line 158
            except:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise  # CPython 3.11: line 172
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty  # CPython 3.11: line 181
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')  # CPython 3.11: line 201
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()  # CPython 3.11: line 215


_queue_register(Queue, locks.Event)


class PriorityQueue(Queue):
    """A queue that returns the smallest item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """A queue that returns the most recently added item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
