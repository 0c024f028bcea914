"""multiprocessing, simulated on threads (Asobiba).

A browser cannot start processes. This package keeps multiprocessing's API for the lessons
that use it, on top of Asobiba's deterministic threads: Process, Pool (map, starmap, imap,
apply_async, ...), Queue, the synchronisation primitives, Value/Array, Pipe and Manager.
cpu_count() is 2 and current_process().name names the simulated process (MainProcess,
Process-1, ForkPoolWorker-2, ...). The processes share the program's memory, so changes a
child makes to globals are seen by the parent, unlike in CPython (see process.py).
"""
import os as _os
import queue as _queue
import threading as _threading

from multiprocessing.process import (Process, current_process, parent_process,
                                     active_children)
from multiprocessing.pool import Pool as _Pool

__all__ = ['Array', 'AuthenticationError', 'Barrier', 'BoundedSemaphore', 'BufferTooShort',
           'Condition', 'Event', 'JoinableQueue', 'Lock', 'Manager', 'Pipe', 'Pool',
           'Process', 'ProcessError', 'Queue', 'RLock', 'Semaphore', 'SimpleQueue',
           'TimeoutError', 'Value', 'active_children', 'cpu_count', 'current_process',
           'freeze_support', 'get_all_start_methods', 'get_context', 'get_start_method',
           'parent_process', 'set_start_method']


class ProcessError(Exception):
    """Base class of multiprocessing's errors."""


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    """Raised by AsyncResult.get() and friends when the timeout passes."""


class AuthenticationError(ProcessError):
    pass


def cpu_count():
    """Return the number of CPUs of the simulated machine (2)."""
    return _os.cpu_count()


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    """Return a pool of simulated worker processes."""
    return _Pool(processes, initializer, initargs, maxtasksperchild)


def Lock():
    """Return a lock shared by the processes."""
    return _threading.Lock()


def RLock():
    """Return a reentrant lock shared by the processes."""
    return _threading.RLock()


def Condition(lock=None):
    return _threading.Condition(lock)


def Semaphore(value=1):
    return _threading.Semaphore(value)


def BoundedSemaphore(value=1):
    return _threading.BoundedSemaphore(value)


def Event():
    return _threading.Event()


def Barrier(parties, action=None, timeout=None):
    return _threading.Barrier(parties, action, timeout)


class Queue:
    """A queue shared by the processes."""

    def __init__(self, maxsize=0):
        self._q = _queue.Queue(maxsize)
        self._closed = False

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        self._q.put(obj, block, timeout)

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        return self._q.get(block, timeout)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return self._q.qsize()

    def empty(self):
        return self._q.empty()

    def full(self):
        return self._q.full()

    def close(self):
        self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    """A Queue with task_done() and join()."""

    def task_done(self):
        self._q.task_done()

    def join(self):
        self._q.join()


class SimpleQueue(Queue):
    """A simplified Queue: put, get, empty, close."""


class _Value:
    def __init__(self, typecode_or_type, value, lock=True):
        self._typecode = typecode_or_type
        self.value = value
        self._lock = _threading.RLock() if lock is True else (lock or None)

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self

    def __repr__(self):
        return '<Synchronized wrapper for c_%s(%r)>' % (
            {'i': 'int', 'd': 'double', 'f': 'float', 'l': 'long'}.get(self._typecode, 'int'),
            self.value)


def Value(typecode_or_type, *args, lock=True):
    """Return a value shared by the processes, with a lock (get_lock())."""
    return _Value(typecode_or_type, args[0] if args else 0, lock)


class _Array(list):
    def __init__(self, typecode, seq, lock):
        super().__init__(seq)
        self._lock = _threading.RLock() if lock is True else (lock or None)

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    """Return an array shared by the processes, with a lock (get_lock())."""
    if isinstance(size_or_initializer, int):
        init = [0.0 if typecode_or_type in ('d', 'f') else 0] * size_or_initializer
    else:
        init = list(size_or_initializer)
    return _Array(typecode_or_type, init, lock)


class _Connection:
    def __init__(self, inbox, outbox):
        self._inbox, self._outbox = inbox, outbox
        self.closed = False

    def send(self, obj):
        self._outbox.put(obj)

    def recv(self):
        return self._inbox.get()

    def poll(self, timeout=0.0):
        if not self._inbox.empty():
            return True
        if timeout is None or timeout > 0:
            try:
                item = self._inbox.get(True, timeout)
            except _queue.Empty:
                return False
            self._inbox.queue.appendleft(item)
            self._inbox.unfinished_tasks -= 1
            return True
        return False

    def close(self):
        self.closed = True


def Pipe(duplex=True):
    """Return the two ends of a connection (duplex by default)."""
    a, b = _queue.Queue(), _queue.Queue()
    return _Connection(a, b), _Connection(b, a)


class _Manager:
    """What Manager() returns: factories of shared objects (plain objects here)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.shutdown()

    def start(self):
        pass

    def shutdown(self):
        pass

    def list(self, seq=()):
        return list(seq)

    def dict(self, *args, **kwargs):
        return dict(*args, **kwargs)

    def Namespace(self, **kwargs):
        import types
        return types.SimpleNamespace(**kwargs)

    def Queue(self, maxsize=0):
        return _queue.Queue(maxsize)

    def JoinableQueue(self, maxsize=0):
        return _queue.Queue(maxsize)

    def Lock(self):
        return _threading.Lock()

    def RLock(self):
        return _threading.RLock()

    def Event(self):
        return _threading.Event()

    def Semaphore(self, value=1):
        return _threading.Semaphore(value)

    def Value(self, typecode, value, lock=True):
        return _Value(typecode, value, lock)

    def Array(self, typecode, sequence, lock=True):
        return _Array(typecode, sequence, lock)


def Manager():
    """Return a manager of shared objects."""
    return _Manager()


def freeze_support():
    """Nothing to do: the simulation never re-imports the program."""


_start_method = [None]


def get_start_method(allow_none=False):
    """Return the start method ('fork', as on Linux)."""
    if _start_method[0] is None and not allow_none:
        _start_method[0] = 'fork'
    return _start_method[0]


def set_start_method(method, force=False):
    """Choose the start method (recorded only: every method simulates the same way)."""
    if _start_method[0] is not None and not force:
        raise RuntimeError('context has already been set')
    if method not in (None, 'fork', 'spawn', 'forkserver'):
        raise ValueError('cannot find context for %r' % method)
    _start_method[0] = method


def get_all_start_methods():
    return ['fork', 'spawn', 'forkserver']


def get_context(method=None):
    """Return this module, which serves as every context."""
    import sys
    if method not in (None, 'fork', 'spawn', 'forkserver'):
        raise ValueError('cannot find context for %r' % method)
    return sys.modules[__name__]
