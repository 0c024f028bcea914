"""Common string constants, capwords, and the Template and Formatter classes.

Template placeholders are found by a small scanner instead of a regular expression; a
subclass may change the delimiter, but a custom idpattern, braceidpattern or pattern
(regular expressions) is not supported.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
           "octdigits", "printable", "punctuation", "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Splits s into words with str.split(sep), capitalizes each word and joins them with sep."""
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


_ID_START = "_" + ascii_letters
_ID_CHARS = _ID_START + digits


class _Placeholder:
    """One delimiter occurrence in a template: its kind, name and span."""

    __slots__ = ("kind", "name", "start", "end")

    def __init__(self, kind, name, start, end):
        self.kind, self.name, self.start, self.end = kind, name, start, end


class Template:
    """A string class for supporting $-substitutions: Template('$who likes $what')."""

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _identifier(self, pos):
        # Returns the end of the identifier starting at pos, or pos if there is none.
        text = self.template
        if pos < len(text) and text[pos] in _ID_START:
            pos += 1
            while pos < len(text) and text[pos] in _ID_CHARS:
                pos += 1
        return pos

    def _placeholders(self):
        text = self.template
        delim = self.delimiter
        pos = text.find(delim)
        while pos >= 0:
            after = pos + len(delim)
            if text.startswith(delim, after):
                yield _Placeholder("escaped", None, pos, after + len(delim))
                pos = text.find(delim, after + len(delim))
                continue
            end = self._identifier(after)
            if end > after:
                yield _Placeholder("named", text[after:end], pos, end)
                pos = text.find(delim, end)
                continue
            if text.startswith("{", after):
                end = self._identifier(after + 1)
                if end > after + 1 and text.startswith("}", end):
                    yield _Placeholder("braced", text[after + 1:end], pos, end + 1)
                    pos = text.find(delim, end + 1)
                    continue
            yield _Placeholder("invalid", None, pos, after)
            pos = text.find(delim, after)

    def _invalid(self, placeholder):
        i = placeholder.end
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f"Invalid placeholder in string: line {lineno}, col {colno}")

    def _substitute(self, mapping, kws, safe):
        if kws:
            merged = dict(kws)
            get = lambda key: merged[key] if key in merged else mapping[key]
        else:
            get = lambda key: mapping[key]
        out = []
        last = 0
        text = self.template
        for ph in self._placeholders():
            out.append(text[last:ph.start])
            last = ph.end
            if ph.kind == "escaped":
                out.append(self.delimiter)
            elif ph.kind == "invalid":
                if not safe:
                    self._invalid(ph)
                out.append(text[ph.start:ph.end])
            elif safe:
                try:
                    out.append(str(get(ph.name)))
                except KeyError:
                    out.append(text[ph.start:ph.end])
            else:
                out.append(str(get(ph.name)))
        out.append(text[last:])
        return "".join(out)

    def substitute(self, mapping={}, /, **kws):
        """Returns the template with placeholders replaced; a missing key raises KeyError."""
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping={}, /, **kws):
        """Like substitute(), but leaves missing or invalid placeholders unchanged."""
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        """Returns False if the template has invalid placeholders."""
        return all(ph.kind != "invalid" for ph in self._placeholders())

    def get_identifiers(self):
        """Returns the valid identifiers in the template, in order of first appearance."""
        ids = []
        for ph in self._placeholders():
            if ph.kind == "invalid":
                self._invalid(ph)
            if ph.name is not None and ph.name not in ids:
                ids.append(ph.name)
        return ids


def _parse_format(s):
    """Yields (literal_text, field_name, format_spec, conversion) as str.format sees them."""
    n = len(s)
    pos = 0
    while pos < n:
        start = pos
        c = ""
        while pos < n:
            c = s[pos]
            pos += 1
            if c in "{}":
                break
        else:
            c = ""
        at_end = pos >= n
        if c == "}" and (at_end or s[pos] != "}"):
            raise ValueError("Single '}' encountered in format string")
        if c == "{" and at_end:
            raise ValueError("Single '{' encountered in format string")
        if not c:
            yield s[start:pos], None, None, None
        elif s[pos] == c:
            pos += 1
            yield s[start:pos - 1], None, None, None
        else:
            literal = s[start:pos - 1]
            name, spec, conversion, pos = _parse_field(s, pos)
            yield literal, name, spec, conversion


def _parse_field(s, pos):
    # Parses "name!c:spec}" starting at pos; returns (name, spec, conversion, end).
    n = len(s)
    start = pos
    c = ""
    while pos < n:
        c = s[pos]
        pos += 1
        if c == "{":
            raise ValueError("unexpected '{' in field name")
        if c == "[":
            while pos < n and s[pos] != "]":
                pos += 1
            continue
        if c in "}:!":
            break
    else:
        c = ""
    name = s[start:pos - 1] if c else s[start:pos]
    if c not in ("!", ":"):
        if c != "}":
            raise ValueError("expected '}' before end of string")
        return name, "", None, pos
    conversion = None
    if c == "!":
        if pos >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = s[pos]
        pos += 1
        if pos < n:
            c = s[pos]
            pos += 1
            if c == "}":
                return name, "", conversion, pos
            if c != ":":
                raise ValueError("expected ':' after conversion specifier")
    spec_start = pos
    depth = 1
    while pos < n:
        c = s[pos]
        pos += 1
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return name, s[spec_start:pos - 1], conversion, pos
    raise ValueError("unmatched '{' in format spec")


def _split_field_name(name):
    # Returns (first, [(is_attr, key), ...]) like _string.formatter_field_name_split.
    i = 0
    while i < len(name) and name[i] not in ".[":
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < len(name):
        if name[i] == ".":
            j = i + 1
            while j < len(name) and name[j] not in ".[":
                j += 1
            if j == i + 1:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name[i + 1:j]))
        elif name[i] == "[":
            j = name.find("]", i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            j += 1
            if j < len(name) and name[j] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        i = j
    return first, rest


class Formatter:
    """The engine of str.format, with hooks a subclass can override."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args, recursion_depth - 1,
                                                        auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion!s}")

    def parse(self, format_string):
        """Returns an iterable of (literal_text, field_name, format_spec, conversion)."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """Returns (object, used key) for a field name such as "0.attr[key]"."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first
