"""Reading and writing CSV files (Asobiba).

reader and writer with CPython's dialects and formatting parameters (delimiter, quotechar,
escapechar, doublequote, skipinitialspace, lineterminator, quoting, strict), DictReader and
DictWriter, and the dialect registry. The reader is the same state machine as CPython's
_csv module, so odd input (stray quotes, embedded newlines, unterminated fields) gives the
same rows and errors. Sniffer is not provided.
"""
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


_field_limit = 128 * 1024


def field_size_limit(*args):
    """Returns the maximum field size, setting a new one when given."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


class Dialect:
    """Describes a CSV format; subclass it and set the attributes."""

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Format(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """Excel-generated CSV files: comma-separated, '"'-quoted, CRLF line ends."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Excel-generated tab-delimited files."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """Files generated on UNIX: '\\n' line ends, every field quoted."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {}


def register_dialect(name, dialect=None, **fmtparams):
    """Registers a dialect (a Dialect, or the format parameters) under name."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Format(dialect, **fmtparams) if (dialect is not None or fmtparams) \
        else _Format(excel)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)


def _char_param(name, value, allow_none):
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Format:
    """A validated dialect: what reader and writer objects expose as .dialect."""

    _ATTRS = ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace',
              'lineterminator', 'quoting', 'strict')

    def __init__(self, dialect=None, **fmtparams):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        values = {}
        for attr in self._ATTRS:
            if attr in fmtparams:
                values[attr] = fmtparams.pop(attr)
            elif dialect is not None and getattr(dialect, attr, None) is not None:
                values[attr] = getattr(dialect, attr)
        if fmtparams:
            key = next(iter(fmtparams))
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        quoting = values.get('quoting', QUOTE_MINIMAL)
        if not isinstance(quoting, int) or quoting not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        self.quoting = quoting
        self.delimiter = _char_param('delimiter', values.get('delimiter', ','), False)
        self.quotechar = _char_param('quotechar', values.get('quotechar', '"'), True)
        self.escapechar = _char_param('escapechar', values.get('escapechar'), True)
        self.doublequote = bool(values.get('doublequote', True))
        self.skipinitialspace = bool(values.get('skipinitialspace', False))
        self.strict = bool(values.get('strict', False))
        lineterminator = values.get('lineterminator', '\r\n')
        if not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        self.lineterminator = lineterminator
        if self.quotechar is None and quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')


# Reader states.
(START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
 QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL) = range(9)

_EOL = None  # fed to the state machine at the end of each line


class _Reader:
    """Iterates over the rows (lists of str) of the lines of an iterable."""

    def __init__(self, iterable, dialect='excel', **fmtparams):
        self._lines = iter(iterable)
        self.dialect = _Format(dialect, **fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == START_RECORD:
            if c is _EOL:
                return
            if c == '\n' or c == '\r':
                self._state = EAT_CRNL
                return
            state = self._state = START_FIELD
        if state == START_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._save_field()
                self._state = START_RECORD if c is _EOL else EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = IN_FIELD
        elif state == ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add_char(c)
                self._state = AFTER_ESCAPED_CRNL
                return
            if c is _EOL:
                c = '\n'
            self._add_char(c)
            self._state = IN_FIELD
        elif state == AFTER_ESCAPED_CRNL:
            if c is _EOL:
                return
            self._state = IN_FIELD
            self._in_field(c)
        elif state == IN_FIELD:
            self._in_field(c)
        elif state == IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = QUOTE_IN_QUOTED_FIELD if d.doublequote else IN_FIELD
            else:
                self._add_char(c)
        elif state == ESCAPE_IN_QUOTED_FIELD:
            if c is _EOL:
                c = '\n'
            self._add_char(c)
            self._state = IN_QUOTED_FIELD
        elif state == QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self._state = IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = START_FIELD
            elif c is _EOL or c == '\n' or c == '\r':
                self._save_field()
                self._state = START_RECORD if c is _EOL else EAT_CRNL
            elif not d.strict:
                self._add_char(c)
                self._state = IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
        elif state == EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c is _EOL:
                self._state = START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file with newline=''?")

    def _in_field(self, c):
        d = self.dialect
        if c is _EOL or c == '\n' or c == '\r':
            self._save_field()
            self._state = START_RECORD if c is _EOL else EAT_CRNL
        elif c == d.escapechar:
            self._state = ESCAPED_CHAR
        elif c == d.delimiter:
            self._save_field()
            self._state = START_FIELD
        else:
            self._add_char(c)

    def __next__(self):
        self._state = START_RECORD
        self._fields = []
        self._field = []
        self._numeric = False
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            for c in line:
                if c == '\0':
                    raise Error("line contains NUL")
                self._process(c)
            self._process(_EOL)
            if self._state == START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields


class _Writer:
    """Writes rows of values as delimited lines to a file-like object."""

    def __init__(self, fileobj, dialect='excel', **fmtparams):
        if not hasattr(fileobj, 'write'):
            raise TypeError('argument 1 must have a "write" method')
        self._write = fileobj.write
        self.dialect = _Format(dialect, **fmtparams)

    def _field_text(self, field, quoted, quote_empty):
        d = self.dialect
        out = []
        for c in field:
            if c == d.delimiter or c == d.escapechar or c == d.quotechar or \
                    c in d.lineterminator:
                want_escape = False
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(d.quotechar)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        if not field and quote_empty:
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            quoted = True
        text = ''.join(out)
        if quoted:
            text = d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        """Writes one row (an iterable of values); returns what the file's write returns."""
        d = self.dialect
        try:
            items = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        parts = []
        for field in items:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not isinstance(field, (int, float, complex))
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None:
                text = ''
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            parts.append(self._field_text(text, quoted, False))
        if len(parts) == 1 and parts[0] == '':
            parts[0] = self._field_text('', False, True)
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def reader(csvfile, dialect='excel', **fmtparams):
    """Returns an iterator over the rows of csvfile (any iterable of lines)."""
    return _Reader(csvfile, dialect, **fmtparams)


def writer(csvfile, dialect='excel', **fmtparams):
    """Returns a writer of rows to csvfile (an object with a write method)."""
    return _Writer(csvfile, dialect, **fmtparams)


class DictReader:
    """Reads rows as dicts keyed by fieldnames (by default, the first row)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d

    def __class_getitem__(cls, item):
        return cls


class DictWriter:
    """Writes dicts as rows, in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    def __class_getitem__(cls, item):
        return cls


class Sniffer:
    def __init__(self):
        raise NotImplementedError("csv.Sniffer is not supported in Asobiba")


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)
