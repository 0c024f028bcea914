"""Extract, format and print information about Python stack traces.

Whole exceptions (format_exc, print_exc, format_exception, print_exception) are formatted
by the interpreter's own printer, the one that prints uncaught exceptions, through
_asobiba.format_exception: traceback.print_exc() shows exactly what an uncaught exception
would, with chained exceptions, exception groups, notes and carets. Tracebacks and stacks
alone become StackSummary lists of FrameSummary objects, which read their source lines
from the interpreter's record of the files it compiled (_asobiba.source_line), name a
traceback's entries and draw their carets with _asobiba.traceback_entries.

A limit argument works as in CPython: for a traceback, n >= 0 keeps the n outermost
entries and a negative n the -n innermost; for a stack, n >= 0 keeps the n innermost
frames and a negative n the -n outermost; None keeps them all.
"""

import sys
import _asobiba

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb', 'print_list']

# Frames repeated more than this many times in a row are summarised on one line.
_REPEAT_LIMIT = 3

# _MISSING marks an argument the caller left out.
_MISSING = object()


def _source_line(filename, lineno):
    """Line lineno of a file the interpreter compiled, unstripped, or ''."""
    line = _asobiba.source_line(filename, lineno)
    return '' if line is None else line


class FrameSummary:
    """One frame of a stack or traceback: where it is and its source line."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _source_line(self.filename, self.lineno)
        return self._line.strip()

    def _astuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return self._astuple() == other
        return NotImplemented

    __hash__ = None

    def __getitem__(self, index):
        return self._astuple()[index]

    def __iter__(self):
        return iter(self._astuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"


def _format_frame(frame):
    text = f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}\n'
    line = frame.line
    if line:
        text += f'    {line}\n'
    if frame.locals:
        for name, value in sorted(frame.locals.items()):
            text += f'    {name} = {value}\n'
    return text


def _repeated(count):
    extra = count - _REPEAT_LIMIT
    return f'  [Previous line repeated {extra} more time{"s" if extra > 1 else ""}]\n'


class StackSummary(list):
    """A list of FrameSummary objects, outermost frame first."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """The summary of (frame, lineno) pairs, as walk_stack and walk_tb yield them."""
        result = klass()
        for f, lineno in frame_gen:
            code = f.f_code
            result.append(FrameSummary(code.co_filename, lineno, code.co_name,
                                       lookup_line=lookup_lines,
                                       locals=f.f_locals if capture_locals else None))
        if limit is not None:
            result[:] = _keep(result, limit, outermost=False)
        return result

    @classmethod
    def from_list(cls, a_list):
        result = cls()
        for entry in a_list:
            if isinstance(entry, FrameSummary):
                result.append(entry)
            else:
                filename, lineno, name, line = entry
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        return _format_frame(frame_summary)

    def format(self):
        out = []
        previous, count = None, 0
        for frame in self:
            text = self.format_frame_summary(frame)
            if text is None:
                continue
            key = (frame.filename, frame.lineno, frame.name)
            if key != previous:
                if count > _REPEAT_LIMIT:
                    out.append(_repeated(count))
                previous, count = key, 0
            count += 1
            if count <= _REPEAT_LIMIT:
                out.append(text)
        if count > _REPEAT_LIMIT:
            out.append(_repeated(count))
        return out


def _keep(entries, limit, outermost):
    """The entries (outermost first) a limit keeps: n >= 0 keeps the n outermost ones when
    outermost is true (a traceback) or the n innermost ones (a stack); a negative n the
    other end."""
    if limit is None:
        return entries
    limit = limit.__index__()
    if limit >= 0:
        if limit >= len(entries):
            return entries
        return entries[:limit] if outermost else entries[len(entries) - limit:]
    if -limit >= len(entries):
        return entries
    return entries[limit:] if outermost else entries[:-limit]


def _write(file, text):
    if file is None:
        file = sys.stderr
        if file is None:
            return
    file.write(text)


# Tracebacks.

def walk_tb(tb):
    """Yield (frame, lineno) for each level of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _tb_entries(tb, limit, carets):
    """The (filename, lineno, name, carets) of each entry of a traceback that limit keeps,
    outermost first, with the caret line under the entry's source line when carets is true
    (drawing them takes most of the time), else None."""
    return _keep(_asobiba.traceback_entries(tb, carets), limit, outermost=True)


def extract_tb(tb, limit=None):
    """The StackSummary of a traceback's entries, outermost first."""
    result = StackSummary()
    for filename, lineno, name, _ in _tb_entries(tb, limit, False):
        result.append(FrameSummary(filename, lineno, name,
                                   line=_source_line(filename, lineno)))
    return result


def format_tb(tb, limit=None):
    """The lines of a traceback's entries, ready to print, with the carets under the
    failing expressions."""
    return _format_entries(_tb_entries(tb, limit, True))


def print_tb(tb, limit=None, file=None):
    """Print a traceback's entries to file (sys.stderr by default)."""
    _write(file, ''.join(_format_entries(_tb_entries(tb, limit, True))))


# Stacks.

def walk_stack(f):
    """Yield (frame, lineno) for each frame of a stack from f (the caller's caller when f is
    None) outwards."""
    if f is None:
        f = sys._getframe(2)
    return _walk_stack(f)


def _walk_stack(f):
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _stack(f, limit):
    """The (filename, lineno, name, None) of each frame of the stack from f that limit
    keeps, outermost first."""
    frames = []
    while f is not None:
        code = f.f_code
        frames.append((code.co_filename, f.f_lineno, code.co_name, None))
        f = f.f_back
    frames.reverse()
    return _keep(frames, limit, outermost=False)


def extract_stack(f=None, limit=None):
    """The StackSummary of the running stack from f (the caller when None), outermost
    first."""
    result = StackSummary()
    for filename, lineno, name, _ in _stack(sys._getframe(1) if f is None else f, limit):
        result.append(FrameSummary(filename, lineno, name,
                                   line=_source_line(filename, lineno)))
    return result


def _format_entries(entries):
    """The lines of (filename, lineno, name, carets) entries, as StackSummary.format makes
    them for the same places, without building the summary, and with their caret lines."""
    out = []
    previous, count = None, 0
    for filename, lineno, name, carets in entries:
        if (filename, lineno, name) != previous:
            if count > _REPEAT_LIMIT:
                out.append(_repeated(count))
            previous, count = (filename, lineno, name), 0
        count += 1
        if count > _REPEAT_LIMIT:
            continue
        text = f'  File "{filename}", line {lineno}, in {name}\n'
        line = _source_line(filename, lineno).strip()
        if line:
            text += f'    {line}\n'
            if carets:
                text += f'    {carets}\n'
        out.append(text)
    if count > _REPEAT_LIMIT:
        out.append(_repeated(count))
    return out


def format_stack(f=None, limit=None):
    """The lines of the running stack from f (the caller when None), ready to print."""
    return _format_entries(_stack(sys._getframe(1) if f is None else f, limit))


def print_stack(f=None, limit=None, file=None):
    """Print the running stack from f (the caller when None) to file (sys.stderr by
    default)."""
    _write(file, ''.join(_format_entries(_stack(sys._getframe(1) if f is None else f, limit))))


def format_list(extracted_list):
    """The lines of a list of (filename, lineno, name, line) entries, ready to print."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Print a list of (filename, lineno, name, line) entries to file (sys.stderr by
    default)."""
    _write(file, ''.join(format_list(extracted_list)))


def clear_frames(tb):
    """Clear the local variables of every frame of a traceback."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except (RuntimeError, AttributeError):
            pass
        tb = tb.tb_next


# Exceptions.

def _type_name(cls):
    name = cls.__qualname__
    module = cls.__module__
    if module not in ('__main__', 'builtins'):
        if not isinstance(module, str):
            module = '<unknown>'
        name = module + '.' + name
    return name


def _safe_str(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return f'<{what} {func.__name__}() failed>'


def _exception(exc, value):
    """The exception of format_exception(exc) or of format_exception(type, value, tb)."""
    if value is not _MISSING:
        exc = value
    return exc if isinstance(exc, BaseException) else None


def _formatted(exc, tb, limit, chain):
    """exc formatted by the interpreter's printer, with tb as its traceback when given."""
    if tb is _MISSING or not (tb is None or isinstance(tb, _TracebackType)):
        return _asobiba.format_exception(exc, limit, chain)
    saved = exc.__traceback__
    exc.__traceback__ = tb
    try:
        return _asobiba.format_exception(exc, limit, chain)
    finally:
        exc.__traceback__ = saved


def _traceback_type():
    try:
        raise ValueError
    except ValueError as e:
        return type(e.__traceback__)


_TracebackType = _traceback_type()

_CHAIN_MESSAGES = (
    'The above exception was the direct cause',
    'During handling of the above exception',
)


def _entries(text):
    """The strings format_exception returns for a formatted exception: one per frame (its
    File line with the source lines under it), one per chaining message (with the blank
    lines around it), and one per other line."""
    raw = text.splitlines(True)
    out = []
    i, n = 0, len(raw)
    while i < n:
        line = raw[i]
        if line.startswith('  File '):
            while i + 1 < n and raw[i + 1].startswith('    '):
                i += 1
                line += raw[i]
        elif (line == '\n' and i + 2 < n and raw[i + 2] == '\n' and
              raw[i + 1].startswith(_CHAIN_MESSAGES)):
            line += raw[i + 1] + raw[i + 2]
            i += 2
        out.append(line)
        i += 1
    return out


def format_exc(limit=None, chain=True):
    """The exception being handled, formatted as an uncaught one would be printed."""
    exc = sys.exception()
    if exc is None:
        return 'NoneType: None\n'
    return _asobiba.format_exception(exc, limit, chain)


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled to file (sys.stderr by default)."""
    exc = sys.exception()
    if exc is None:
        _write(file, 'NoneType: None\n')
    else:
        _write(file, _asobiba.format_exception(exc, limit, chain))


def format_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None, chain=True):
    """The lines of an exception with its traceback and chain, ready to print."""
    e = _exception(exc, value)
    if e is None:
        return ['NoneType: None\n']
    return _entries(_formatted(e, tb, limit, chain))


def print_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None, file=None, chain=True):
    """Print an exception with its traceback and chain to file (sys.stderr by default)."""
    e = _exception(exc, value)
    if e is None:
        _write(file, 'NoneType: None\n')
    else:
        _write(file, _formatted(e, tb, limit, chain))


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception (sys.last_value) to file."""
    if not hasattr(sys, 'last_value'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def format_exception_only(exc, /, value=_MISSING):
    """The last lines of a formatted exception: its type and message (with its "Did you
    mean" hint), with a SyntaxError's source display before them and the exception's notes
    after."""
    e = _exception(exc, value)
    if e is None:
        return ['NoneType: None\n']
    # CPython formats e here without its traceback: a NameError gets no "Did you mean".
    return _exception_only(e, _asobiba.suggestion_hint(e, None))


def _exception_only(e, hint):
    """format_exception_only(e) with hint after the message."""
    name = _type_name(type(e))
    msg = _safe_str(e, 'exception')
    out = []
    if isinstance(e, SyntaxError):
        msg = _syntax_error_lines(e, out, msg)
    out.append(f'{name}: {msg}{hint}\n' if msg else f'{name}{hint}\n')
    notes = getattr(e, '__notes__', None)
    if isinstance(notes, (list, tuple)):
        for note in notes:
            note = _safe_str(note, 'note')
            out.extend(line + '\n' for line in note.split('\n'))
    elif notes is not None:
        out.append(_safe_str(notes, '__notes__', repr) + '\n')
    return out


def _syntax_error_lines(e, out, msg):
    """Append a SyntaxError's "File ..., line N" display with its source line and caret to
    out, and return its bare message."""
    if isinstance(e.msg, str):
        msg = e.msg
    filename = e.filename if isinstance(e.filename, str) else ''
    lineno = e.lineno if type(e.lineno) is int else None
    if filename or lineno is not None:
        out.append(f'  File "{filename or "<string>"}", line {lineno or 0}\n')
    text = e.text
    if not isinstance(text, str):
        return msg
    line = text.rstrip('\n\r')
    stripped = line.lstrip(' \t\f')
    out.append(f'    {stripped}\n')
    offset = e.offset
    if type(offset) is not int or offset < 1:
        return msg
    end, end_line = e.end_offset, e.end_lineno
    width = 1
    if (type(end) is int and (not end_line or end_line == lineno) and end > offset):
        width = end - offset
    col = max(offset - 1 - (len(line) - len(stripped)), 0)
    out.append('    ' + ' ' * col + '^' * width + '\n')
    return msg


def __getattr__(name):
    # TracebackException lives in _traceback_exception, which the browser downloads when a
    # program first uses it: this module ships compiled with asyncio, and small.
    if name == 'TracebackException':
        from _traceback_exception import TracebackException
        globals()[name] = TracebackException
        return TracebackException
    raise AttributeError(f"module 'traceback' has no attribute {name!r}")
