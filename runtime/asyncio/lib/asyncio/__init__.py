"""Asobiba's asyncio package: the Go core (_asyncio) plus these Python modules.

Everything runs on the interpreter's virtual clock; see the package documentation of
runtime/asyncio for the design.
"""
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
from .threads import to_thread
from . import subprocess
from .subprocess import create_subprocess_exec, create_subprocess_shell
from . import base_tasks as _base_tasks
from . import base_events  # run_until_complete's Python frame
from .locks import Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier
from .queues import Queue, PriorityQueue, LifoQueue, QueueEmpty, QueueFull
from .runners import run, Runner
from .timeouts import Timeout, timeout, timeout_at
from .taskgroups import TaskGroup
from .protocols import (BaseProtocol, Protocol, DatagramProtocol, SubprocessProtocol,
                        BufferedProtocol)
from .transports import (BaseTransport, ReadTransport, WriteTransport, Transport,
                         DatagramTransport, SubprocessTransport)
from ._simnet import AbstractServer, Server
from . import _simudp
from .streams import (StreamReader, StreamWriter, StreamReaderProtocol, open_connection,
                      start_server)
