"""asyncio.Future (implemented in Go) and helpers."""
from _asyncio import Future


def isfuture(obj):
    """Return True for asyncio futures and for objects that advertise themselves as such."""
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def wrap_future(future, *, loop=None):
    """Return an asyncio future on loop (the current loop by default) that follows the
    concurrent.futures.Future future; asyncio futures are returned as they are."""
    if isfuture(future):
        return future
    import concurrent.futures
    from . import events
    assert isinstance(future, concurrent.futures.Future), \
        f'concurrent.futures.Future is expected, got {future!r}'
    if loop is None:
        loop = events.get_event_loop()
    return events._wrap_concurrent_future(future, loop)


def _set_result_unless_cancelled(fut, result):
    """Set the result of fut unless it was cancelled meanwhile (used by sleep)."""
    if fut.cancelled():
        return
    fut.set_result(result)


def _get_loop(fut):
    return fut.get_loop()
