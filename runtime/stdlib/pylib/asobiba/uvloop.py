"""A uvloop stand-in (Asobiba).

uvloop replaces asyncio's event loop with a faster one built on libuv; the programs that use
it behave as with asyncio's own loop. This module offers uvloop's API on Asobiba's loop: the
virtual-clock loop is the only one there is. The CPython oracle has no uvloop, so this is not
installed as `uvloop`: import it as `import asobiba.uvloop as uvloop`, or call install()
first so that `import uvloop` finds it.
"""
import asyncio as __asyncio
import sys as _sys

__all__ = ('new_event_loop', 'install', 'EventLoopPolicy', 'Loop', 'run')

__version__ = '0.19.0'

Loop = __asyncio.AbstractEventLoop


def new_event_loop():
    """Return a new event loop."""
    return __asyncio.new_event_loop()


class EventLoopPolicy(__asyncio.DefaultEventLoopPolicy):
    """The policy that asyncio.set_event_loop_policy(uvloop.EventLoopPolicy()) installs."""

    def __repr__(self):
        return '<uvloop.EventLoopPolicy>'


def run(main, *, loop_factory=new_event_loop, debug=None, **run_kwargs):
    """Run the coroutine main on a new loop (uvloop.run)."""
    with __asyncio.Runner(loop_factory=loop_factory, debug=debug) as runner:
        return runner.run(main)


def install():
    """Make `import uvloop` find this stand-in (sys.modules['uvloop'])."""
    _sys.modules['uvloop'] = _sys.modules[__name__]
