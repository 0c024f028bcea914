"""Asobiba's asyncio package: the Go core (_asyncio) plus these Python modules.

Everything runs on the interpreter's virtual clock; see the package documentation of
runtime/asyncio for the design.
"""
import _asyncio

from .exceptions import (CancelledError, InvalidStateError, TimeoutError,
                         IncompleteReadError, LimitOverrunError, SendfileNotAvailableError,
                         BrokenBarrierError)
from .events import (AbstractEventLoop, AbstractEventLoopPolicy, DefaultEventLoopPolicy,
                     Handle, TimerHandle, get_event_loop, set_event_loop, new_event_loop,
                     get_running_loop, _get_running_loop, get_event_loop_policy,
                     set_event_loop_policy)
from .coroutines import iscoroutine, iscoroutinefunction

# The loop class (_UnixSelectorEventLoop) also stands for CPython's BaseEventLoop and
# SelectorEventLoop, which programs instantiate or test with isinstance.
BaseEventLoop = SelectorEventLoop = AbstractEventLoop
from .futures import Future, isfuture, wrap_future
from .tasks import (Task, create_task, ensure_future, sleep, gather, wait, wait_for,
                    as_completed, shield, current_task, all_tasks, FIRST_COMPLETED,
                    FIRST_EXCEPTION, ALL_COMPLETED, eager_task_factory,
                    create_eager_task_factory, run_coroutine_threadsafe)
from . import base_tasks as _base_tasks
from . import base_events  # run_until_complete's Python frame
from .runners import run, Runner

# The parts that not every program uses (locks, queues, task groups, timeouts, threads, and
# the rarer transports and protocols, streams, servers, datagram endpoints, subprocesses) are
# imported when a program first asks for one of their names, or calls one of the
# loop methods they add: every program imports asyncio, and each module left out of
# `import asyncio` shortens the runs that do not need it, the browser engine's first one most.
_LAZY_MODULES = ('locks', 'queues', 'taskgroups', 'timeouts', 'threads', 'mixins',
                 'protocols', 'transports', '_simnet', '_simudp', 'streams', 'subprocess',
                 'log')
_LAZY_NAMES = {
    'Lock': 'locks', 'Event': 'locks', 'Condition': 'locks', 'Semaphore': 'locks',
    'BoundedSemaphore': 'locks', 'Barrier': 'locks',
    'Queue': 'queues', 'PriorityQueue': 'queues', 'LifoQueue': 'queues',
    'QueueEmpty': 'queues', 'QueueFull': 'queues',
    'TaskGroup': 'taskgroups', 'Timeout': 'timeouts', 'timeout': 'timeouts',
    'timeout_at': 'timeouts', 'to_thread': 'threads',
    'BaseProtocol': 'protocols', 'Protocol': 'protocols', 'DatagramProtocol': 'protocols',
    'SubprocessProtocol': 'protocols', 'BufferedProtocol': 'protocols',
    'BaseTransport': 'transports', 'ReadTransport': 'transports',
    'WriteTransport': 'transports', 'Transport': 'transports',
    'DatagramTransport': 'transports', 'SubprocessTransport': 'transports',
    'AbstractServer': '_simnet', 'Server': '_simnet',
    'StreamReader': 'streams', 'StreamWriter': 'streams', 'StreamReaderProtocol': 'streams',
    'open_connection': 'streams', 'start_server': 'streams',
    'create_subprocess_exec': 'subprocess', 'create_subprocess_shell': 'subprocess',
}


# The interpreter resolves these names on first use (vm's lazyModuleAttr): no frame of a
# Python __getattr__ shows in a traceback, and a misspelt name gets CPython's error and
# suggestion ("Did you mean: 'sleep'?").
__lazy_attrs__ = {**{module: module for module in _LAZY_MODULES}, **_LAZY_NAMES}


# `from asyncio import *` gives every public name, importing the lazy ones, except TaskGroup,
# which CPython 3.11 leaves out of asyncio.__all__.
__all__ = tuple(name for name, value in globals().items()
                if not name.startswith('_') and type(value) is not type(_asyncio))
__all__ += tuple(name for name in _LAZY_NAMES if name != 'TaskGroup')


def __dir__():
    return sorted((set(globals()) | set(_LAZY_MODULES) | set(_LAZY_NAMES)) - {'__lazy_attrs__'})


def _lazy_loop_method(module, name):
    """A loop method that imports the module defining it, which replaces it on the loop class
    (_asyncio._extend_loop), then calls the real one: no frame of its own stays in a
    traceback of the coroutine it returns."""
    def method(self, *args, **kwargs):
        __import__(f'{__name__}.{module}')
        return getattr(self, name)(*args, **kwargs)
    return method


for _name, _module in (('create_server', '_simnet'), ('create_connection', '_simnet'),
                       ('getaddrinfo', '_simnet'), ('getnameinfo', '_simnet'),
                       ('create_datagram_endpoint', '_simudp')):
    _asyncio._extend_loop(_name, _lazy_loop_method(_module, _name))
del _name, _module
