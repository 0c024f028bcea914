"""asyncio.Future (implemented in Go) and helpers."""
from _asyncio import Future


def isfuture(obj):
    """Return True for asyncio futures and for objects that advertise themselves as such."""
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def wrap_future(future, *, loop=None):
    """Wrap a concurrent.futures.Future; only asyncio futures exist in Asobiba."""
    if isfuture(future):
        return future
    raise NotImplementedError('wrap_future() of concurrent futures is not supported in Asobiba')


def _set_result_unless_cancelled(fut, result):
    """Set the result of fut unless it was cancelled meanwhile (used by sleep)."""
    if fut.cancelled():
        return
    fut.set_result(result)


def _get_loop(fut):
    return fut.get_loop()
