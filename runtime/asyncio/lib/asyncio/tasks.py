"""Tasks and the functions that combine them: sleep, gather, wait, wait_for, as_completed,
shield. Task itself is implemented in Go (_asyncio.Task)."""
import _asyncio
from _asyncio import Task, _label, _sleep0, _sleep_for
from . import events
from . import exceptions
from .coroutines import iscoroutine
from .futures import isfuture, _set_result_unless_cancelled

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def current_task(loop=None):
    """Return the task running on loop (the running loop by default), or None."""
    return _asyncio.current_task(loop)


def all_tasks(loop=None):
    """Return the set of pending tasks of loop (the running loop by default)."""
    return set(_asyncio._pending_tasks(loop))


def create_task(coro, *, name=None, context=None):
    """Schedule coro as a Task on the running loop and return the Task."""
    loop = events.get_running_loop()
    # As in CPython 3.11, the task is made unnamed and named afterwards: it takes a Task-N
    # number even when it is given a name (loop.create_task(name=...) takes none).
    task = loop.create_task(coro, context=context)
    if name is not None:
        task.set_name(name)
    return task


async def _wrap_awaitable(awaitable):
    return await awaitable


_asyncio._set_awaitable_wrapper(_wrap_awaitable)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


def _waiter_releaser(waiter):
    """The done-callback wait_for adds to the future it waits for (CPython: a partial)."""
    def release(fut):
        _release_waiter(waiter)
    return release


async def wait_for(fut, timeout):
    """Wait for fut with a timeout; on timeout cancel it and raise TimeoutError."""
    loop = events.get_running_loop()
    # The lines a traceback can show are where CPython 3.11 has them (a timeout or an
    # error inside a task group prints asyncio's frames).
    if timeout is None:
        return await fut  # CPython 3.11: line 452
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()  # CPython 3.11: line 458
        await _cancel_and_wait(fut, loop=loop)  # CPython 3.11: line 460
        try:
            return fut.result()  # CPython 3.11: line 462
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc  # CPython 3.11: line 464

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = _waiter_releaser(waiter)
    fut = ensure_future(fut, loop=loop)
    _label(waiter, 'wait_for', None, fut)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter  # CPython 3.11: line 476
        except exceptions.CancelledError:
            if fut.done():
                return fut.result()  # CPython 3.11: line 479
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)  # CPython 3.11: line 485
            raise  # CPython 3.11: line 486
        if fut.done():
            return fut.result()  # CPython 3.11: line 489
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut, loop=loop)  # CPython 3.11: line 495
        try:
            return fut.result()  # CPython 3.11: line 500
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc  # CPython 3.11: line 502
    finally:
        timeout_handle.cancel()


async def _cancel_and_wait(fut, loop):
    """Cancel fut and wait until it is really done."""
    waiter = loop.create_future()
    _label(waiter, 'cancel', None, fut)

    def cb(f):
        _release_waiter(waiter)

    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def _slow_sleep(delay, result):
    loop = events.get_running_loop()
    future = loop.create_future()
    _label(future, 'sleep', delay)  # for the timeline; a no-op unless one is recording
    handle = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


async def sleep(delay, result=None):
    """Suspend the calling task for delay (virtual) seconds and return result."""
    if delay <= 0:
        await _sleep0  # yields to the loop once (a bare yield, which Task steps understand)
        return result
    # On a plain loop, _sleep_for returns a Go object that does what _slow_sleep does,
    # without a frame per sleeping task; on a loop subclass it returns _slow_sleep(...).
    future = _sleep_for(delay, result)
    return await future  # CPython 3.11: line 649


_asyncio._sleep_setup(_set_result_unless_cancelled, _slow_sleep, sleep)


def ensure_future(coro_or_future, *, loop=None):
    """Return a future for coro_or_future, wrapping coroutines and awaitables in a Task."""
    return _ensure_future(coro_or_future, loop=loop)  # CPython 3.11: line 659


def _ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future.get_loop():
            raise ValueError('The future belongs to a different loop than '  # CPython 3.11: line 665
                             'the one specified as the loop argument')
        return coro_or_future
    if not iscoroutine(coro_or_future):
        if hasattr(type(coro_or_future), '__await__'):
            coro_or_future = _wrap_awaitable(coro_or_future)
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable '  # CPython 3.11: line 674
                            'is required')
    if loop is None:
        loop = events.get_event_loop()
    return loop.create_task(coro_or_future)  # CPython 3.11: line 680


class _GatheringFuture(_asyncio.Future):
    """The future gather() returns: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Run awaitables concurrently; the result is the list of their results, in order."""
    if not coros_or_futures:
        loop = events.get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    state = {'finished': 0}
    children = []
    arg_to_fut = {}
    loop = None
    outer = None

    def _done_callback(fut):
        state['finished'] += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state['finished'] == len(arg_to_fut):
            results = []
            for child in children:
                if child.cancelled():
                    msg = child._cancel_message
                    res = exceptions.CancelledError('' if msg is None else msg)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    # Coroutines only, on a plain running loop: the loop below and the callbacks, in Go.
    outer = _asyncio._gather_tasks(coros_or_futures, return_exceptions, _done_callback,
                                   _GatheringFuture)
    if outer is not None:
        return outer

    for arg in coros_or_futures:
        if arg not in arg_to_fut:  # CPython 3.11: line 826
            fut = _ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            if fut is not arg:
                fut._log_destroy_pending = False
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    _label(outer, 'gather', None, children)
    return outer


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures and tasks in fs; return the (done, pending) sets."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = list(dict.fromkeys(fs))
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = events.get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    _label(waiter, 'wait', None, fs)
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    state = {'counter': len(fs)}

    def _on_completion(f):
        state['counter'] -= 1
        if (state['counter'] <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and
                                                    f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    """Yield awaitables that give the results of fs in the order they complete."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    from .queues import Queue
    done = Queue()
    loop = events.get_event_loop()
    # CPython makes the tasks in the order of set(fs), which follows memory addresses;
    # Asobiba makes them in the order given (docs/cpython-tono-chigai.md).
    todo = {ensure_future(f, loop=loop) for f in dict.fromkeys(fs)}
    state = {'timeout_handle': None}

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and state['timeout_handle'] is not None:
            state['timeout_handle'].cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        state['timeout_handle'] = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


def shield(arg):
    """Wait for arg, protecting it from the cancellation of the awaiting task."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()
    _label(outer, 'shield', None, inner)

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def run_coroutine_threadsafe(coro, loop):
    """Run coro as a task of loop, which runs in another thread, and return a
    concurrent.futures.Future of its outcome (cancelling that future cancels the task)."""
    import concurrent.futures
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    result = concurrent.futures.Future()

    def copy_outcome(task):
        if task.cancelled():
            result.cancel()
            result.set_running_or_notify_cancel()
            return
        if not result.set_running_or_notify_cancel():
            return
        exc = task.exception()
        if exc is None:
            result.set_result(task.result())
        else:
            result.set_exception(exc)

    def start():
        try:
            task = ensure_future(coro, loop=loop)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if result.set_running_or_notify_cancel():
                result.set_exception(exc)
            raise
        task.add_done_callback(copy_outcome)

        def result_done(fut):
            if fut.cancelled() and not loop.is_closed():
                loop.call_soon_threadsafe(task.cancel)
        result.add_done_callback(result_done)

    loop.call_soon_threadsafe(start)
    return result


def create_eager_task_factory(custom_task_constructor):
    """Return a task factory that starts tasks eagerly (Python 3.12)."""
    def factory(loop, coro, *, name=None, context=None):
        return custom_task_constructor(coro, loop=loop, name=name, eager_start=True)
    return factory


eager_task_factory = create_eager_task_factory(Task)
