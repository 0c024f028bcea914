"""The names CPython's asyncio.unix_events gives the loop and the policy Asobiba uses.

Asobiba has one loop class, _asyncio's; child watchers do not exist, as subprocesses do not.
"""
from .events import _UnixDefaultEventLoopPolicy, AbstractEventLoop as _UnixSelectorEventLoop

SelectorEventLoop = _UnixSelectorEventLoop
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy

__all__ = ('SelectorEventLoop', 'DefaultEventLoopPolicy')
