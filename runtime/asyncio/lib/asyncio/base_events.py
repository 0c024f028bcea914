"""The end of loop.run_until_complete, in Python.

Asobiba's event loop is written in Go (package runtime/asyncio). When the future that
run_until_complete waited for has failed, the loop returns through run_until_complete below,
so that the exception leaves through a frame of this file as it does in CPython, and the
traceback of an uncaught exception group shows the frames CPython's shows.
"""
import _asyncio

from .events import AbstractEventLoop as BaseEventLoop

__all__ = ('BaseEventLoop',)


def run_until_complete(self, future):
    """Return the result of future, which is done, or raise its exception."""
    return future.result()  # CPython 3.11: line 653


_asyncio._run_until_complete_setup(run_until_complete)
