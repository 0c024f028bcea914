"""multiprocessing.Pool and ThreadPool, simulated (Asobiba).

The pool's workers are threads of Asobiba's scheduler; in a Pool they carry the identity of
worker processes (ForkPoolWorker-1, ...), started when the pool is made, as CPython forks
them. Results come back in order for map; an exception raised by a call is raised again by
get() with the worker's traceback as text in its __cause__ (a RemoteTraceback). Workers share
the program's memory: see multiprocessing.process.
"""
import itertools
import os
import queue
import threading
import traceback

from multiprocessing import process as _process

__all__ = ['Pool', 'ThreadPool']

RUN = "RUN"
CLOSE = "CLOSE"
TERMINATE = "TERMINATE"

job_counter = itertools.count()


class RemoteTraceback(Exception):
    """Carries the traceback of an exception raised in a worker, as text."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class MaybeEncodingError(Exception):
    """Wraps an error sending a result back (never raised by the simulation)."""


def _remote(exc):
    tb = ''.join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    exc.__traceback__ = None
    exc.__context__ = None
    exc.__cause__ = RemoteTraceback('\n"""\n%s"""' % tb)
    return exc


class ApplyResult:
    """The pending result of apply_async()."""

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = next(job_counter)
        self._callback = callback
        self._error_callback = error_callback
        self._success = None
        self._value = None

    def ready(self):
        """Return True once the call has completed."""
        return self._event.is_set()

    def successful(self):
        """Return True if the call completed without raising."""
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        """Wait until the result is ready or timeout seconds have passed."""
        self._event.wait(timeout)

    def get(self, timeout=None):
        """Return the result (raising what the call raised), waiting for it."""
        self.wait(timeout)
        if not self.ready():
            from multiprocessing import TimeoutError
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """The pending result of map_async(): the list of results, in order."""

    def __init__(self, pool, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._number_left = length
        if length == 0:
            self._value = []
            self._event.set()
            if self._callback:
                self._callback(self._value)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                self._event.set()
        elif self._success:
            self._success = False
            self._value = result
            if self._error_callback:
                self._error_callback(self._value)
            self._event.set()


class IMapIterator:
    """The iterator imap() returns: results in order (or as completed for imap_unordered)."""

    def __init__(self, length, ordered):
        self._cond = threading.Condition(threading.Lock())
        self._items = {}
        self._done = []
        self._index = 0
        self._length = length
        self._ordered = ordered

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            while True:
                if self._index >= self._length:
                    raise StopIteration from None
                if self._ordered and self._index in self._items:
                    success, value = self._items.pop(self._index)
                    break
                if not self._ordered and self._done:
                    success, value = self._done.pop(0)
                    break
                if not self._cond.wait(timeout):
                    from multiprocessing import TimeoutError
                    raise TimeoutError from None
            self._index += 1
        if success:
            return value
        raise value

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            if self._ordered:
                self._items[i] = obj
            else:
                self._done.append(obj)
            self._cond.notify()


def _worker(pool, tasks, initializer, initargs, prefix):
    process = _process._enter_process(prefix) if prefix else None
    try:
        if initializer is not None:
            initializer(*initargs)
        while True:
            task = tasks.get()
            if task is None:
                tasks.put(None)
                return
            result, i, func, args, kwds = task
            try:
                obj = (True, func(*args, **kwds))
            except Exception as e:
                obj = (False, _remote(e) if prefix else e)
            result._set(i, obj)
            del task, result, obj
    finally:
        if process is not None:
            _process._leave_process(process)


class Pool:
    """A pool of simulated worker processes."""

    _wrap_exception = True
    _worker_prefix = 'ForkPoolWorker'

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None,
                 context=None):
        self._state = RUN
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._tasks = queue.SimpleQueue()
        self._pool = []
        for _ in range(processes):
            t = threading.Thread(name=self._thread_name(), target=_worker,
                                 args=(self, self._tasks, initializer, initargs,
                                       self._worker_prefix), daemon=True)
            t.start()
            self._pool.append(t)

    def _thread_name(self):
        return 'MainThread'

    def __repr__(self):
        cls = self.__class__
        return (f'<{cls.__module__}.{cls.__qualname__} state={self._state} '
                f'pool_size={len(self._pool)}>')

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def apply(self, func, args=(), kwds={}):
        """Call func(*args, **kwds) in a worker and return its result."""
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        """Call func(*args, **kwds) in a worker; return an AsyncResult."""
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._tasks.put((result, 0, func, tuple(args), dict(kwds)))
        return result

    def map(self, func, iterable, chunksize=None):
        """Like map(func, iterable), the calls spread over the workers; returns a list."""
        return self.map_async(func, iterable, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        """Like map, calling func(*args) for each tuple of arguments."""
        return self.starmap_async(func, iterable, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        """Asynchronous map: returns a MapResult."""
        return self._map_async(func, [(x,) for x in iterable], callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        """Asynchronous starmap: returns a MapResult."""
        return self._map_async(func, [tuple(a) for a in iterable], callback, error_callback)

    def _map_async(self, func, arglists, callback, error_callback):
        self._check_running()
        result = MapResult(self, len(arglists), callback, error_callback)
        for i, args in enumerate(arglists):
            self._tasks.put((result, i, func, args, {}))
        return result

    def imap(self, func, iterable, chunksize=1):
        """Like map, returning an iterator over the results in order."""
        return self._imap(func, iterable, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        """Like imap, the results in the order they complete."""
        return self._imap(func, iterable, False)

    def _imap(self, func, iterable, ordered):
        self._check_running()
        items = list(iterable)
        it = IMapIterator(len(items), ordered)
        for i, x in enumerate(items):
            self._tasks.put((it, i, func, (x,), {}))
        return it

    def close(self):
        """Accept no more work; the workers stop once the queued work is done."""
        if self._state == RUN:
            self._state = CLOSE
            self._tasks.put(None)

    def terminate(self):
        """Stop accepting work and stop the workers."""
        if self._state != TERMINATE:
            if self._state == RUN:
                self._tasks.put(None)
            self._state = TERMINATE

    def join(self):
        """Wait for the workers to exit (after close() or terminate())."""
        if self._state == RUN:
            raise ValueError("Pool is still running")
        for t in self._pool:
            t.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


class ThreadPool(Pool):
    """A Pool whose workers are plain threads."""

    _wrap_exception = False
    _worker_prefix = None

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    def _thread_name(self):
        return None
