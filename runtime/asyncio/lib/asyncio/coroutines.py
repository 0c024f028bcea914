"""Coroutine checks used across asyncio.

The inspect module is imported when first needed: it pulls in enum and collections, whose
bodies would otherwise run on every `import asyncio` (a large part of a first run in the
browser).
"""
import _asyncio

_is_coroutine = object()


def iscoroutine(obj):
    """Return True if obj is a coroutine object (or implements the Coroutine protocol)."""
    return _asyncio.iscoroutine(obj)


def iscoroutinefunction(func):
    """Return True if func is a coroutine function (async def, or marked as one)."""
    import inspect
    return (inspect.iscoroutinefunction(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)
