"""Event loops, policies and the functions that find the current loop."""
import sys
import _asyncio
from _asyncio import Handle, TimerHandle, get_running_loop, _get_running_loop, set_event_loop

AbstractEventLoop = _asyncio.EventLoop


def _logger():
    """asyncio's logger when the program uses logging (CPython's asyncio always logs through
    logging.getLogger('asyncio'); Asobiba imports logging only when the program has)."""
    logging = sys.modules.get('logging')
    return logging.getLogger('asyncio') if logging is not None else None


def _callback_site(self):
    """Never called. CPython's Handle._run calls callbacks and task steps at this line, and
    warnings about what they drop name it; Asobiba's loop, written in Go, names it too."""
    self._context.run(self._callback, *self._args)  # CPython 3.11: line 80


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
    logger = _logger()
    if logger is not None:
        exc_info = (type(exception), exception, exception.__traceback__) if exception is not None else False
        logger.error(text, exc_info=exc_info)
        return
    if exception is not None:
        import traceback  # only here: importing it costs every run that never gets here
        formatted = traceback.format_exception(type(exception), exception,
                                               exception.__traceback__)
        text += '\n' + ''.join(formatted).rstrip('\n')
    print(text, file=sys.stderr)


def _log_warning(message):
    logger = _logger()
    if logger is not None:
        logger.warning(message)
        return
    print(message, file=sys.stderr)


def _log_new_loop():
    """The debug line CPython's selector loops log when they are made; the oracle's selector
    is a virtual one, and so is Asobiba's."""
    logger = _logger()
    if logger is not None:
        logger.debug('Using selector: %s', '_VirtualSelector')


_asyncio._set_hooks(_default_exception_handler, _log_warning)


class AbstractEventLoopPolicy:
    """The interface of event-loop policies."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """The default policy: one current loop, created on demand."""

    def get_event_loop(self):
        loop = _asyncio._get_current_loop()
        if loop is None:
            if not _asyncio._may_create_current_loop():
                import threading
                raise RuntimeError('There is no current event loop in thread %r.'
                                   % threading.current_thread().name)
            loop = self.new_event_loop()
            self.set_event_loop(loop)
        return loop

    def set_event_loop(self, loop):
        set_event_loop(loop)

    def new_event_loop(self):
        loop = _asyncio.EventLoop()
        _log_new_loop()
        return loop


class _UnixDefaultEventLoopPolicy(BaseDefaultEventLoopPolicy):
    """The default policy, under the name and module CPython gives it on Unix."""


_UnixDefaultEventLoopPolicy.__module__ = 'asyncio.unix_events'
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy


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


# The default executor of each loop (loop.set_default_executor, run_in_executor(None, ...)).
_default_executors = {}


def _run_in_executor(self, executor, func, *args):
    """Run func(*args) on an executor's worker thread and return an asyncio future of its
    result (the loop's default ThreadPoolExecutor when executor is None).

    The worker runs when the loop has nothing ready: the loop lets the other threads run
    before it moves the virtual clock, so the work takes no virtual time unless it sleeps,
    as in the oracle. The result comes back through call_soon_threadsafe."""
    if self.is_closed():
        raise RuntimeError('Event loop is closed')
    if executor is None:
        executor = _default_executors.get(self)
        if executor is None:
            import concurrent.futures
            executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
            _default_executors[self] = executor
    return _wrap_concurrent_future(executor.submit(func, *args), self)


def _wrap_concurrent_future(source, loop):
    """Return an asyncio future on loop that follows the concurrent.futures.Future source
    (cancelling it cancels source)."""
    import concurrent.futures
    from . import exceptions
    destination = loop.create_future()

    def copy_state():
        if destination.cancelled():
            return
        if source.cancelled():
            destination.cancel()
            return
        exc = source.exception()
        if exc is None:
            destination.set_result(source.result())
            return
        if type(exc) is concurrent.futures.CancelledError:
            exc = exceptions.CancelledError(*exc.args)
        elif type(exc) is concurrent.futures.InvalidStateError:
            exc = exceptions.InvalidStateError(*exc.args)
        destination.set_exception(exc)

    def source_done(_):
        if destination.cancelled() or loop.is_closed():
            return
        loop.call_soon_threadsafe(copy_state)

    def destination_done(_):
        if destination.cancelled():
            source.cancel()

    destination.add_done_callback(destination_done)
    source.add_done_callback(source_done)
    return destination


def _set_default_executor(self, executor):
    """Use executor for run_in_executor(None, ...) (it must be a ThreadPoolExecutor)."""
    import concurrent.futures
    if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
        raise TypeError('executor must be ThreadPoolExecutor')
    _default_executors[self] = executor


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
    """Shut the default executor down, waiting for its workers on a helper thread so that
    the loop keeps running meanwhile (as CPython does)."""
    executor = _default_executors.pop(self, None)
    if executor is None:
        return
    import threading
    future = self.create_future()

    def do_shutdown():
        try:
            executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_result, None)
        except Exception as ex:
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_exception, ex)

    thread = threading.Thread(target=do_shutdown)
    thread.start()
    try:
        await future
    finally:
        thread.join()


# The signal handlers of each loop: {loop: {signal number: (callback, args)}}. A sandbox
# receives no signals from outside; signal.raise_signal delivers them, and the loop then
# calls the handler's callback on its next iteration, as CPython does.
_signal_handlers = {}


def _check_signal(sig):
    import signal
    if not isinstance(sig, int):
        raise TypeError(f'sig must be an int, not {sig!r}')
    if sig not in signal.valid_signals():
        raise ValueError(f'invalid signal number {sig}')


def _add_signal_handler(self, sig, callback, *args):
    """Call callback(*args) on this loop when the program receives signal sig."""
    from . import coroutines
    if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
        raise TypeError("coroutines cannot be used with add_signal_handler()")
    _check_signal(sig)
    if self.is_closed():
        raise RuntimeError('Event loop is closed')
    import signal
    entry = (callback, args)
    handlers = _signal_handlers.setdefault(self, {})
    handlers[sig] = entry

    def deliver(signum, frame):
        if handlers.get(sig) is entry and not self.is_closed():
            self.call_soon_threadsafe(callback, *args)

    signal.signal(sig, deliver)


def _remove_signal_handler(self, sig):
    """Forget the handler of signal sig; True when there was one."""
    _check_signal(sig)
    if _signal_handlers.get(self, {}).pop(sig, None) is None:
        return False
    import signal
    signal.signal(sig, signal.default_int_handler if sig == signal.SIGINT else signal.SIG_DFL)
    return True


_asyncio._extend_loop('add_signal_handler', _add_signal_handler)
_asyncio._extend_loop('remove_signal_handler', _remove_signal_handler)
_asyncio._extend_loop('run_in_executor', _run_in_executor)
_asyncio._extend_loop('shutdown_asyncgens', _shutdown_asyncgens)
_asyncio._extend_loop('shutdown_default_executor', _shutdown_default_executor)
_asyncio._extend_loop('set_default_executor', _set_default_executor)
