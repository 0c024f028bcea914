"""FrameSummary and StackSummary for the traceback module.

The traceback module itself is written in Go (runtime/stdlib/traceback); it re-exports these
classes and builds its extract_tb / extract_stack results from them, so that programs can
read `.filename`, `.lineno`, `.name` and `.line` of each entry, as in CPython, while the
entries still unpack and compare like (filename, lineno, name, line) tuples.
"""

# Frames repeated more than this many times in a row are summarised on one line.
_REPEAT_LIMIT = 3


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
            import traceback
            self._line = traceback._source_line(self.filename, self.lineno)
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
    if frame.line:
        text += f'    {frame.line}\n'
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


def format_list(extracted_list):
    """The lines of a list of (filename, lineno, name, line) entries, ready to print."""
    return StackSummary.from_list(extracted_list).format()


def walk_tb(tb):
    """Yield (frame, lineno) for each level of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next
