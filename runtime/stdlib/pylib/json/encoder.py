"""JSON encoding: JSONEncoder and the string escaping behind json.dumps."""

__all__ = ["JSONEncoder"]

INFINITY = float("inf")
_SHORT_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def encode_basestring(s):
    """Returns a JSON representation of a Python string, escaping only what JSON requires."""
    out = []
    for ch in s:
        if ch in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[ch])
        elif ch < " ":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def encode_basestring_ascii(s):
    """Returns an ASCII-only JSON representation of a Python string (\\uXXXX escapes)."""
    out = []
    for ch in s:
        if ch in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[ch])
        elif " " <= ch <= "~":
            out.append(ch)
        else:
            n = ord(ch)
            if n < 0x10000:
                out.append(f"\\u{n:04x}")
            else:
                n -= 0x10000
                out.append(f"\\u{0xD800 | (n >> 10) & 0x3FF:04x}\\u{0xDC00 | n & 0x3FF:04x}")
    return '"' + "".join(out) + '"'


class JSONEncoder:
    """Extensible JSON <https://json.org> encoder for Python data structures.

    Encodes dict as object, list and tuple as array, str as string, int and float as
    number, True/False as true/false and None as null. Override default() to support
    other objects.
    """

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        """Returns a serializable object for o, or raises TypeError (the default)."""
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        """Returns a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            return encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o)
        return "".join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """Encodes o and yields each string representation as available."""
        return _Encoding(self).encode(o, 0)


class _Encoding:
    """One run of an encoder: the options, the circular-reference markers, the output."""

    def __init__(self, encoder):
        self.encoder = encoder
        self.markers = {} if encoder.check_circular else None
        self.encode_str = encode_basestring_ascii if encoder.ensure_ascii else encode_basestring
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent

    def float_str(self, o):
        if o != o:
            text = "NaN"
        elif o == INFINITY:
            text = "Infinity"
        elif o == -INFINITY:
            text = "-Infinity"
        else:
            return float.__repr__(o)
        if not self.encoder.allow_nan:
            if self.indent is None:
                raise ValueError("Out of range float values are not JSON compliant")
            raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
        return text

    def mark(self, o):
        if self.markers is not None:
            if id(o) in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[id(o)] = o

    def unmark(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def encode(self, o, level):
        if isinstance(o, str):
            yield self.encode_str(o)
        elif o is None:
            yield "null"
        elif o is True:
            yield "true"
        elif o is False:
            yield "false"
        elif isinstance(o, int):
            yield int.__repr__(o)
        elif isinstance(o, float):
            yield self.float_str(o)
        elif isinstance(o, (list, tuple)):
            yield from self.encode_list(o, level)
        elif isinstance(o, dict):
            yield from self.encode_dict(o, level)
        else:
            self.mark(o)
            yield from self.encode(self.encoder.default(o), level)
            self.unmark(o)

    def _open(self, level):
        if self.indent is None:
            return None, self.encoder.item_separator
        newline_indent = "\n" + self.indent * (level + 1)
        return newline_indent, self.encoder.item_separator + newline_indent

    def encode_list(self, lst, level):
        if not lst:
            yield "[]"
            return
        self.mark(lst)
        newline_indent, separator = self._open(level)
        yield "[" + (newline_indent or "")
        first = True
        for value in lst:
            if not first:
                yield separator
            first = False
            yield from self.encode(value, level + 1)
        if newline_indent is not None:
            yield "\n" + self.indent * level
        yield "]"
        self.unmark(lst)

    def key_str(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_str(key)
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, int):
            return int.__repr__(key)
        if self.encoder.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")

    def encode_dict(self, dct, level):
        if not dct:
            yield "{}"
            return
        self.mark(dct)
        newline_indent, separator = self._open(level)
        yield "{" + (newline_indent or "")
        items = sorted(dct.items()) if self.encoder.sort_keys else dct.items()
        first = True
        for key, value in items:
            key = self.key_str(key)
            if key is None:
                continue
            if not first:
                yield separator
            first = False
            yield self.encode_str(key) + self.encoder.key_separator
            yield from self.encode(value, level + 1)
        if newline_indent is not None:
            yield "\n" + self.indent * level
        yield "}"
        self.unmark(dct)
