"""ProcessPoolExecutor, simulated (Asobiba).

A browser has no processes, so the pool's "worker processes" are threads of Asobiba's
scheduler that carry a process identity: inside one, multiprocessing.current_process().name
is "ForkProcess-1", ... (numbered with the other processes, as CPython does on Linux) and
threading.current_thread().name is "MainThread". What the simulation keeps from CPython:

* max_workers defaults to os.cpu_count(); every worker starts with the first submit (the
  "fork" start method launches them all up front);
* an exception raised by the call comes back without its worker-side frames but with the
  worker's traceback as text in its __cause__, a concurrent.futures.process._RemoteTraceback;
* the `if __name__ == "__main__":` guard is harmless: nothing is imported again.

What it cannot keep: the workers share the program's memory, so a global changed by the call
is changed for the caller too, and arguments and results are not copied (nor pickled: a
lambda works here although CPython cannot send one to a process).
"""
import os
import queue
import threading
import traceback

from concurrent.futures import _base
from concurrent.futures import thread as _thread_pool
from multiprocessing import process as _mp_process

_shutdown = False


class _RemoteTraceback(Exception):
    """Carries the traceback of an exception raised in a worker, as text."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def _remote(exc):
    """Make exc look as if it had crossed a process boundary."""
    tb = ''.join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    exc.__traceback__ = None
    exc.__context__ = None
    exc.__cause__ = _RemoteTraceback('\n"""\n%s"""' % tb)
    return exc


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a worker of a ProcessPoolExecutor failed."""


class _CallItem:
    """One call waiting for a worker, with the Future of its outcome."""

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(_remote(exc))
            self = None
        else:
            self.future.set_result(result)


def _process_worker(executor, call_queue, initializer, initargs):
    process = _mp_process._enter_process(executor._process_prefix)
    try:
        if initializer is not None:
            try:
                initializer(*initargs)
            except BaseException:
                _base._log_exception('Exception in initializer:')
                executor._broken = ('A process in the process pool was terminated abruptly '
                                    'while the future was running or pending.')
                return
        while True:
            item = call_queue.get(block=True)
            if item is None:
                call_queue.put(None)
                return
            item.run()
            del item
    finally:
        _mp_process._leave_process(process)


class ProcessPoolExecutor(_base.Executor):
    """An executor running calls on max_workers simulated worker processes."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._call_queue = queue.SimpleQueue()
        self._processes = []
        self._process_prefix = 'ForkProcess'
        self._broken = False
        self._shutdown_thread = False
        self._shutdown_lock = threading.Lock()

    def _launch_processes(self):
        for _ in range(len(self._processes), self._max_workers):
            t = threading.Thread(name='MainThread', target=_process_worker,
                                 args=(self, self._call_queue, self._initializer,
                                       self._initargs))
            t.start()
            self._processes.append(t)
            _thread_pool._threads_queues[t] = self._call_queue

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _thread_pool._shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            f = _base.Future()
            self._call_queue.put(_CallItem(f, fn, args, kwargs))
            if not self._processes:
                self._launch_processes()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like Executor.map; chunksize must be at least 1 (the calls are not grouped)."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return super().map(fn, *iterables, timeout=timeout)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown_thread = True
            if cancel_futures:
                while True:
                    try:
                        item = self._call_queue.get_nowait()
                    except queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            self._call_queue.put(None)
        if wait:
            for t in self._processes:
                t.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
