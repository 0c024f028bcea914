"""asyncio's exception classes; CancelledError and InvalidStateError come from the Go core."""
import builtins
from _asyncio import CancelledError, InvalidStateError

TimeoutError = builtins.TimeoutError


class SendfileNotAvailableError(RuntimeError):
    """Sendfile syscall is not available."""


class IncompleteReadError(EOFError):
    """A read finished before the expected number of bytes arrived."""

    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {r_expected} expected bytes')
        self.partial = partial
        self.expected = expected


class LimitOverrunError(Exception):
    """A separator was not found before the buffer limit."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed


class BrokenBarrierError(RuntimeError):
    """A Barrier was reset or broken while tasks waited on it."""
