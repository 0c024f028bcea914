"""Event loops, policies and the functions that find the current loop."""
import sys
import traceback
import _asyncio
from _asyncio import Handle, TimerHandle, get_running_loop, _get_running_loop, set_event_loop

AbstractEventLoop = _asyncio.EventLoop


def _default_exception_handler(loop, context):
    """Log an exception-handler context the way CPython's asyncio logger prints it."""
    message = context.get('message') or 'Unhandled exception in event loop'
    exception = context.get('exception')
    lines = [message]
    for key in sorted(context):
        if key in ('message', 'exception'):
            continue
        lines.append(f'{key}: {context[key]!r}')
    text = '\n'.join(lines)
    if exception is not None:
        formatted = traceback.format_exception(type(exception), exception,
                                               exception.__traceback__)
        text += '\n' + ''.join(formatted).rstrip('\n')
    print(text, file=sys.stderr)


def _log_warning(message):
    print(message, file=sys.stderr)


_asyncio._set_hooks(_default_exception_handler, _log_warning)


class AbstractEventLoopPolicy:
    """The interface of event-loop policies."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """The default policy: one current loop, created on demand."""

    def get_event_loop(self):
        loop = _asyncio._get_current_loop()
        if loop is None:
            loop = self.new_event_loop()
            self.set_event_loop(loop)
        return loop

    def set_event_loop(self, loop):
        set_event_loop(loop)

    def new_event_loop(self):
        return _asyncio.EventLoop()


_policy = None


def get_event_loop_policy():
    """Return the current event-loop policy."""
    global _policy
    if _policy is None:
        _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    """Set the event-loop policy (None restores the default)."""
    global _policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, "
                        f"not '{type(policy).__name__}'")
    _policy = policy


def new_event_loop():
    """Make a new event loop through the current policy."""
    return get_event_loop_policy().new_event_loop()


def get_event_loop():
    """Return the running loop, else the policy's current loop."""
    loop = _get_running_loop()
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def _run_in_executor(self, executor, func, *args):
    """Run func(*args) for the loop and return a future of its result.

    Asobiba has no threads: the call runs on the loop, as a callback of the next iteration,
    taking no virtual time (the oracle treats executor work the same way)."""
    fut = self.create_future()

    def run():
        if fut.cancelled():
            return
        try:
            result = func(*args)
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(result)

    self.call_soon(run)
    return fut


async def _shutdown_asyncgens(self):
    """Close the asynchronous generators first iterated in this loop and left suspended."""
    agens = self._take_asyncgens()
    if not agens:
        return
    from . import tasks
    results = await tasks.gather(*[ag.aclose() for ag in agens], return_exceptions=True)
    for result, agen in zip(results, agens):
        if isinstance(result, Exception):
            self.call_exception_handler({
                'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                'exception': result,
                'asyncgen': agen,
            })


async def _shutdown_default_executor(self, timeout=None):
    """Wait for the default executor (Asobiba's runs callbacks inline: nothing to wait for)."""


_asyncio._extend_loop('run_in_executor', _run_in_executor)
_asyncio._extend_loop('shutdown_asyncgens', _shutdown_asyncgens)
_asyncio._extend_loop('shutdown_default_executor', _shutdown_default_executor)
