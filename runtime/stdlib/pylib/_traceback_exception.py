"""traceback.TracebackException, apart from the traceback module so that the module that
asyncio ships compiled stays small; traceback imports it on first use."""

import _asobiba
from traceback import (_exception_only, _safe_str, _type_name, _write, extract_tb,
                       format_exception)


class TracebackException:
    """An exception captured for formatting later: its type, message, stack and chain.

    Its attributes are captured when it is made; format() and format_exception_only()
    format the exception itself, with the traceback it has then."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        self._exc = exc_value
        self._limit = limit
        self.exc_type = exc_type
        self.stack = extract_tb(exc_traceback, limit=limit)
        self._str = _safe_str(exc_value, 'exception')
        self._hint = ''
        if isinstance(exc_value, BaseException):
            self._hint = _asobiba.suggestion_hint(exc_value, exc_traceback)
            self._str += self._hint
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.__cause__ = self.__context__ = None
        if exc_value is not None:
            for attr in ('__cause__', '__context__'):
                chained = getattr(exc_value, attr)
                if attr == '__context__' and self.__suppress_context__:
                    break
                if chained is not None and id(chained) not in _seen:
                    setattr(self, attr, TracebackException(
                        type(chained), chained, chained.__traceback__, limit=limit,
                        lookup_lines=lookup_lines, capture_locals=capture_locals,
                        _seen=_seen))
        self.exceptions = None
        if isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [
                TracebackException(type(e), e, e.__traceback__, limit=limit, _seen=_seen)
                for e in exc_value.exceptions]
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = None if exc_value.lineno is None else str(exc_value.lineno)
            self.end_lineno = None if exc_value.end_lineno is None else str(exc_value.end_lineno)
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException of exc."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The lines of the exception's type and message (see format_exception_only)."""
        if self._exc is None:
            return iter([_type_name(self.exc_type) + ': None\n' if self.exc_type
                         else 'NoneType: None\n'])
        return iter(_exception_only(self._exc, self._hint))

    def format(self, *, chain=True, _ctx=None):
        """The lines of the exception with its traceback and chain, as print_exception
        writes them."""
        if self._exc is None:
            return self.format_exception_only()
        return iter(format_exception(self._exc, limit=self._limit, chain=chain))

    def print(self, *, file=None, chain=True):
        """Print the exception with its traceback and chain to file."""
        _write(file, ''.join(self.format(chain=chain)))


TracebackException.__module__ = 'traceback'
