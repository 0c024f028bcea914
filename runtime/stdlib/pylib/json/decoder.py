"""JSON decoding: JSONDecoder, JSONDecodeError and the scanner behind json.loads.

The scanner is a hand-written recursive descent parser that follows CPython's C scanner
(_json.c) character by character, so that every error names the same message and position
("Expecting value: line 1 column 1 (char 0)").
"""

__all__ = ["JSONDecoder", "JSONDecodeError"]

_WHITESPACE = " \t\n\r"
_DIGITS = "0123456789"
_HEX = "0123456789abcdefABCDEF"
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_CONSTANTS = {"-Infinity": float("-inf"), "Infinity": float("inf"), "NaN": float("nan")}


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = f"{msg}: line {lineno} column {colno} (char {pos})"
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class _Missing(Exception):
    """Raised inside the scanner where CPython raises StopIteration(idx): no value at idx."""

    def __init__(self, idx):
        self.idx = idx


def _skip_ws(s, idx):
    n = len(s)
    while idx < n and s[idx] in _WHITESPACE:
        idx += 1
    return idx


def scanstring(s, end, strict=True):
    """Scans the string literal whose opening quote is at end - 1.

    Returns (text, index after the closing quote).
    """
    chunks = []
    begin = end - 1
    n = len(s)
    while True:
        nxt = end
        while nxt < n:
            c = s[nxt]
            if c == '"' or c == "\\":
                break
            if c <= "\x1f" and strict:
                raise JSONDecodeError("Invalid control character at", s, nxt)
            nxt += 1
        if nxt >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if nxt != end:
            chunks.append(s[end:nxt])
        if s[nxt] == '"':
            return "".join(chunks), nxt + 1
        nxt += 1  # the character after the backslash
        if nxt == n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        c = s[nxt]
        if c != "u":
            if c not in _ESCAPES:
                raise JSONDecodeError("Invalid \\escape", s, nxt - 1)
            chunks.append(_ESCAPES[c])
            end = nxt + 1
            continue
        nxt += 1
        end = nxt + 4
        if end >= n:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, nxt - 1)
        code = _hex4(s, nxt, end)
        if 0xD800 <= code <= 0xDBFF and end + 6 < n and s[end] == "\\" and s[end + 1] == "u":
            low = _hex4(s, end + 2, end + 6)
            if 0xDC00 <= low <= 0xDFFF:
                code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00))
                end += 6
        chunks.append(chr(code))


def _hex4(s, start, end):
    digits = s[start:end]
    if len(digits) != 4 or any(c not in _HEX for c in digits):
        raise JSONDecodeError("Invalid \\uXXXX escape", s, end - 5)
    return int(digits, 16)


class _Scanner:
    """Scans JSON values out of one document with one decoder's hooks."""

    def __init__(self, decoder, s):
        self.s = s
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.memo = {}

    def value(self, idx):
        s = self.s
        if idx >= len(s):
            raise _Missing(idx)
        c = s[idx]
        if c == '"':
            return scanstring(s, idx + 1, self.strict)
        if c == "{":
            return self.object(idx + 1)
        if c == "[":
            return self.array(idx + 1)
        for word, value in (("null", None), ("true", True), ("false", False)):
            if s.startswith(word, idx):
                return value, idx + len(word)
        for word in ("NaN", "Infinity", "-Infinity"):
            if s.startswith(word, idx):
                return self.parse_constant(word), idx + len(word)
        return self.number(idx)

    def number(self, start):
        s = self.s
        n = len(s)
        idx = start
        if s[idx] == "-":
            idx += 1
            if idx >= n:
                raise _Missing(start)
        if "1" <= s[idx] <= "9":
            idx += 1
            while idx < n and s[idx] in _DIGITS:
                idx += 1
        elif s[idx] == "0":
            idx += 1
        else:
            raise _Missing(start)
        is_float = False
        if idx < n - 1 and s[idx] == "." and s[idx + 1] in _DIGITS:
            is_float = True
            idx += 2
            while idx < n and s[idx] in _DIGITS:
                idx += 1
        if idx < n - 1 and s[idx] in "eE":
            e_start = idx
            idx += 1
            if idx < n - 1 and s[idx] in "-+":
                idx += 1
            while idx < n and s[idx] in _DIGITS:
                idx += 1
            if s[idx - 1] in _DIGITS:
                is_float = True
            else:
                idx = e_start
        text = s[start:idx]
        return (self.parse_float(text) if is_float else self.parse_int(text)), idx

    def object(self, idx):
        s = self.s
        n = len(s)
        pairs = []
        idx = _skip_ws(s, idx)
        if idx >= n or s[idx] != "}":
            while True:
                if idx >= n or s[idx] != '"':
                    raise JSONDecodeError("Expecting property name enclosed in double quotes", s, idx)
                key, idx = scanstring(s, idx + 1, self.strict)
                key = self.memo.setdefault(key, key)
                idx = _skip_ws(s, idx)
                if idx >= n or s[idx] != ":":
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1)
                value, idx = self.value(idx)
                pairs.append((key, value))
                idx = _skip_ws(s, idx)
                if idx < n and s[idx] == "}":
                    break
                if idx >= n or s[idx] != ",":
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), idx + 1
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result, idx + 1

    def array(self, idx):
        s = self.s
        n = len(s)
        values = []
        idx = _skip_ws(s, idx)
        if idx >= n or s[idx] != "]":
            while True:
                value, idx = self.value(idx)
                values.append(value)
                idx = _skip_ws(s, idx)
                if idx < n and s[idx] == "]":
                    break
                if idx >= n or s[idx] != ",":
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1)
        return values, idx + 1


class JSONDecoder:
    """Simple JSON <https://json.org> decoder.

    Decodes objects to dict, arrays to list, strings to str, numbers to int or float,
    true/false to True/False and null to None; also understands NaN, Infinity and -Infinity.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """Returns the Python representation of the JSON document s (a str)."""
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decodes a JSON document from s starting at idx; returns (value, end index).

        Trailing data after the document is allowed.
        """
        try:
            return _Scanner(self, s).value(idx)
        except _Missing as missing:
            raise JSONDecodeError("Expecting value", s, missing.idx) from None
