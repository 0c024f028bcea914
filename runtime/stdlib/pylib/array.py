"""This module defines an object type which can efficiently represent
an array of basic values: characters, integers, floating point
numbers.  Arrays are sequence types and behave very much like lists,
except that the type of objects stored in them is constrained.
"""

# Asobiba's array follows CPython 3.12's Modules/arraymodule.c as laid out on x86-64 Linux:
# long is 8 bytes, the 'u' type is a 4-byte wchar_t and the native byte order is
# little-endian. An array keeps its items as a list of Python values, each checked and
# converted on the way in with CPython's messages ("signed char is greater than
# maximum", ...), and 'f' items rounded to single precision; tobytes, frombytes and the
# buffer the struct module reads convert between the list and C's memory layout.
#
# Asobiba has no C buffer protocol, so arrays implement PEP 688's Python one: __buffer__
# gives a memoryview of a copy of the array's bytes and __release_buffer__ stores the
# view's bytes back, which is how struct.pack_into writes into an array. bytes(array) works
# through __bytes__.

import math

__all__ = ["ArrayType", "array", "typecodes"]

typecodes = "bBuhHiIlLqQfd"

_SIZES = {"b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8,
          "q": 8, "Q": 8, "f": 4, "d": 8}
_SIGNED = "bhilq"


def _index(v):
    if isinstance(v, int):
        return int(v)
    index = getattr(type(v), "__index__", None)
    if index is None:
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    return index(v)


def _check(x, lo, hi, what):
    if x > hi:
        raise OverflowError(f"{what} is greater than maximum")
    if x < lo:
        raise OverflowError(f"{what} is less than minimum")
    return x


def _as_long(v):
    x = _index(v)
    if not -(1 << 63) <= x < 1 << 63:
        raise OverflowError("Python int too large to convert to C long")
    return x


def _as_ulong(v):
    x = _index(v)
    if x < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if x >= 1 << 64:
        raise OverflowError("Python int too large to convert to C unsigned long")
    return x


def _as_short(v):
    return _check(_as_long(v), -(1 << 15), (1 << 15) - 1, "signed short integer")


def _as_int(v):
    return _check(_as_long(v), -(1 << 31), (1 << 31) - 1, "signed integer")


def _conv_b(v):
    return _check(_as_short(v), -128, 127, "signed char")


def _conv_B(v):
    return _check(_as_long(v), 0, 255, "unsigned byte integer")


def _conv_u(v):
    if not isinstance(v, str) or len(v) != 1:
        raise TypeError("array item must be unicode character")
    return str(v)


def _conv_H(v):
    return _check(_as_int(v), 0, (1 << 16) - 1, "unsigned short")


def _conv_I(v):
    x = _as_ulong(v)
    if x >= 1 << 32:
        raise OverflowError("unsigned int is greater than maximum")
    return x


def _conv_q(v):
    x = _index(v)
    if not -(1 << 63) <= x < 1 << 63:
        raise OverflowError("int too big to convert")
    return x


def _conv_Q(v):
    x = _index(v)
    if x < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if x >= 1 << 64:
        raise OverflowError("int too big to convert")
    return x


def _real(v):
    if isinstance(v, float):
        return float(v)
    tp = type(v)
    if hasattr(tp, "__float__") or hasattr(tp, "__index__"):
        return float(v)
    raise TypeError(f"must be real number, not {tp.__name__}")


def _conv_f(v):
    # Rounds to the nearest single-precision float, ties to even, as C's (float) cast.
    x = _real(v)
    if x == 0 or math.isinf(x) or math.isnan(x):
        return x
    m, e = math.frexp(x)
    if e - 1 < -126:
        return math.copysign(math.ldexp(round(math.ldexp(x, 149)), -149), x)
    r = math.ldexp(round(math.ldexp(m, 24)), e - 24)
    if abs(r) >= 2.0 ** 128:
        return math.copysign(math.inf, x)
    return r


# The range of each integer type code.
_LIMITS = {"b": (-(1 << 7), (1 << 7) - 1), "B": (0, (1 << 8) - 1),
           "h": (-(1 << 15), (1 << 15) - 1), "H": (0, (1 << 16) - 1),
           "i": (-(1 << 31), (1 << 31) - 1), "I": (0, (1 << 32) - 1),
           "l": (-(1 << 63), (1 << 63) - 1), "L": (0, (1 << 64) - 1),
           "q": (-(1 << 63), (1 << 63) - 1), "Q": (0, (1 << 64) - 1)}


def _fast(code, slow):
    # Wraps an integer converter with a shortcut for an int in range, the common case.
    lo, hi = _LIMITS[code]

    def conv(v):
        if type(v) is int and lo <= v <= hi:
            return v
        return slow(v)
    return conv


def _conv_d(v):
    if type(v) is float:
        return v
    return _real(v)


_CONVERTERS = {"b": _fast("b", _conv_b), "B": _fast("B", _conv_B), "u": _conv_u,
               "h": _fast("h", _as_short), "H": _fast("H", _conv_H), "i": _fast("i", _as_int),
               "I": _fast("I", _conv_I), "l": _fast("l", _as_long), "L": _fast("L", _as_ulong),
               "q": _fast("q", _conv_q), "Q": _fast("Q", _conv_Q), "f": _conv_f, "d": _conv_d}


def _converted(code, values):
    """Returns the list of values converted for the type code when they can be checked all
    at once (ints in range, floats), or None, leaving the conversion to each item."""
    if not values:
        return []
    kinds = set(map(type, values))
    if code in _LIMITS:
        lo, hi = _LIMITS[code]
        if kinds == {int} and lo <= min(values) and max(values) <= hi:
            return values
    elif code == "d" and kinds <= {int, float}:
        return values if kinds == {float} else list(map(float, values))
    return None


def _is_array(v):
    return isinstance(v, array)


def _bytes_of(v):
    """Returns the content of a bytes-like argument, or None."""
    if isinstance(v, (bytes, bytearray)):
        return bytes(v)
    if isinstance(v, memoryview):
        return v.tobytes()
    if isinstance(v, array):
        # CPython takes a buffer of single bytes only.
        if _SIZES[v._typecode] != 1:
            raise TypeError("a bytes-like object is required")
        return v.tobytes()
    return None


class array:
    """array(typecode [, initializer]) -> array

Return a new array whose items are restricted by typecode, and
initialized from the optional initializer value, which must be a list,
string or iterable over elements of the appropriate type.

Arrays represent basic values and behave very much like lists, except
the type of objects stored in them is constrained. The type is specified
at object creation time by using a type code, which is a single character."""

    __slots__ = ("_typecode", "_conv", "_items")

    def __new__(cls, *args, **kwargs):
        if kwargs and cls is array:
            raise TypeError("array.array() takes no keyword arguments")
        if not args:
            raise TypeError("array() takes at least 1 argument (0 given)")
        if len(args) > 2:
            raise TypeError(f"array() takes at most 2 arguments ({len(args)} given)")
        code = args[0]
        if not isinstance(code, str) or len(code) != 1:
            raise TypeError(f"array() argument 1 must be a unicode character, not {type(code).__name__}")
        if code not in _SIZES:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self = object.__new__(cls)
        self._typecode = str(code)
        self._conv = _CONVERTERS[code]
        self._items = []
        if len(args) == 2:
            self._initialize(args[1])
        return self

    def __init__(self, *args, **kwargs):
        pass

    def _initialize(self, init):
        if isinstance(init, str):
            if self._typecode != "u":
                raise TypeError(f"cannot use a str to initialize an array with typecode '{self._typecode}'")
            self._items.extend(init)
        elif isinstance(init, (bytes, bytearray)):
            self.frombytes(init)
        elif isinstance(init, array):
            if init._typecode == self._typecode:
                self._items.extend(init._items)
            elif init._typecode == "u":
                raise TypeError(f"cannot use a unicode array to initialize an array with typecode '{self._typecode}'")
            else:
                conv = self._conv
                self._items.extend([conv(v) for v in init._items])
        else:
            self.extend(init)

    @classmethod
    def _new(cls, code, items):
        a = object.__new__(array)
        a._typecode = code
        a._conv = _CONVERTERS[code]
        a._items = items
        return a

    @property
    def typecode(self):
        """the typecode character used to create the array"""
        return self._typecode

    @property
    def itemsize(self):
        """the size, in bytes, of one array item"""
        return _SIZES[self._typecode]

    # Items.

    def append(self, v, /):
        """Append new value v to the end of the array."""
        self._items.append(self._conv(v))

    def extend(self, bb, /):
        """Append items to the end of the array."""
        if isinstance(bb, array):
            if bb._typecode != self._typecode:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(bb._items)
            return
        conv, items = self._conv, self._items
        if type(bb) in (list, tuple, range):
            values = _converted(self._typecode, list(bb))
            if values is not None:
                items.extend(values)
                return
        for v in bb:
            items.append(conv(v))

    def insert(self, i, v, /):
        """Insert a new item v into the array before position i."""
        i = _index(i)
        self._items.insert(i, self._conv(v))

    def pop(self, i=-1, /):
        """Return the i-th element and delete it from the array.

i defaults to -1."""
        i = _index(i)
        items = self._items
        if not items:
            raise IndexError("pop from empty array")
        if not -len(items) <= i < len(items):
            raise IndexError("pop index out of range")
        return items.pop(i)

    def remove(self, v, /):
        """Remove the first occurrence of v in the array."""
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=(1 << 63) - 1, /):
        """Return index of first occurrence of v in the array."""
        try:
            return self._items.index(v, _slice_index(start), _slice_index(stop))
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v, /):
        """Return number of occurrences of v in the array."""
        return self._items.count(v)

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._items.reverse()

    def byteswap(self):
        """Byteswap all items of the array.

If the items in the array are not 1, 2, 4, or 8 bytes in size, RuntimeError is
raised."""
        size = _SIZES[self._typecode]
        data = self.tobytes()
        swapped = b"".join([data[i:i + size][::-1] for i in range(0, len(data), size)])
        self._items[:] = _decode(self._typecode, swapped)

    def buffer_info(self):
        """Return a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents.

The length should be multiplied by the itemsize attribute to calculate
the buffer length in bytes."""
        return (id(self), len(self._items))

    # Conversions.

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._items)

    def fromlist(self, list, /):
        """Append items to array from list."""
        if not isinstance(list, type([])):
            raise TypeError("arg must be list")
        values = _converted(self._typecode, list.copy())
        if values is None:
            conv = self._conv
            values = [conv(v) for v in list]
        self._items.extend(values)

    def tobytes(self):
        """Convert the array to an array of machine values and return the bytes representation."""
        return _encode(self._typecode, self._items)

    def frombytes(self, buffer, /):
        """Appends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method."""
        data = _bytes_of(buffer)
        if data is None:
            raise TypeError(f"a bytes-like object is required, not '{type(buffer).__name__}'")
        if len(data) % _SIZES[self._typecode]:
            raise ValueError("bytes length not a multiple of item size")
        self._items.extend(_decode(self._typecode, data))

    def tounicode(self):
        """Extends this array with data from the unicode string ustr.

Convert the array to a unicode string.  The array must be a unicode type array;
otherwise a ValueError is raised.  Use array.tobytes().decode() to obtain a
unicode string from an array of some other type."""
        if self._typecode != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, ustr, /):
        """Extends this array with data from the unicode string ustr.

The array must be a unicode type array; otherwise a ValueError is raised.
Use array.frombytes(ustr.encode(...)) to append Unicode data to an array of
some other type."""
        if not isinstance(ustr, str):
            raise TypeError(f"fromunicode() argument must be str, not {type(ustr).__name__}")
        if self._typecode != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(ustr)

    def tofile(self, f, /):
        """Write all items (as machine values) to the file object f."""
        f.write(self.tobytes())

    def fromfile(self, f, n, /):
        """Read n objects from the file object f and append them to the end of the array."""
        n = _index(n)
        if n < 0:
            raise ValueError("negative count")
        size = _SIZES[self._typecode]
        data = f.read(n * size)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        whole = len(data) // size * size
        self._items.extend(_decode(self._typecode, data[:whole]))
        if len(data) != n * size:
            raise EOFError("read() didn't return enough bytes")

    def __copy__(self):
        """Return a copy of the array."""
        return array._new(self._typecode, list(self._items))

    def __deepcopy__(self, unused, /):
        """Return a copy of the array."""
        return array._new(self._typecode, list(self._items))

    def __sizeof__(self):
        """Size of the array in memory, in bytes."""
        return 64 + len(self._items) * _SIZES[self._typecode]

    def __bytes__(self):
        return self.tobytes()

    def __buffer__(self, flags, /):
        """Return a buffer object that exposes the underlying memory of the object."""
        return memoryview(bytearray(self.tobytes()))

    def __release_buffer__(self, view, /):
        """Release the buffer object that exposes the underlying memory of the object."""
        data = view.tobytes()
        if data != self.tobytes():
            self._items[:] = _decode(self._typecode, data)

    # The sequence protocol.

    __hash__ = None

    def __len__(self):
        return len(self._items)

    def __getitem__(self, key, /):
        if type(key) is int:
            try:
                return self._items[key]
            except IndexError:
                _position(self._items, key, "array index out of range")
        if isinstance(key, slice):
            return array._new(self._typecode, self._items[key])
        i = _position(self._items, key, "array index out of range")
        return self._items[i]

    def __setitem__(self, key, value, /):
        items = self._items
        if type(key) is int:
            value = self._conv(value)
            try:
                items[key] = value
                return
            except IndexError:
                _position(items, key, "array assignment index out of range")
        if not isinstance(key, slice):
            i = _position(items, key, "array assignment index out of range")
            items[i] = self._conv(value)
            return
        if not isinstance(value, array):
            raise TypeError(f'can only assign array (not "{type(value).__name__}") to array slice')
        if value._typecode != self._typecode:
            raise TypeError("bad argument type for built-in operation")
        src = list(value._items)
        start, stop, step = key.indices(len(items))
        if step == 1:
            items[start:max(stop, start)] = src
            return
        n = len(range(start, stop, step))
        if len(src) != n:
            raise ValueError(f"attempt to assign array of size {len(src)} to extended slice of size {n}")
        items[key] = src

    def __delitem__(self, key, /):
        if isinstance(key, slice):
            del self._items[key]
            return
        i = _position(self._items, key, "array assignment index out of range")
        del self._items[i]

    def __contains__(self, value, /):
        return value in self._items

    def __iter__(self):
        it = object.__new__(arrayiterator)
        it._array = self
        it._index = 0
        return it

    def __add__(self, value, /):
        if not isinstance(value, array):
            raise TypeError(f'can only append array (not "{type(value).__name__}") to array')
        if value._typecode != self._typecode:
            raise TypeError("bad argument type for built-in operation")
        return array._new(self._typecode, self._items + value._items)

    def __iadd__(self, value, /):
        if not isinstance(value, array):
            raise TypeError(f'can only extend array with array (not "{type(value).__name__}")')
        if value._typecode != self._typecode:
            raise TypeError("can only extend with array of same kind")
        self._items.extend(value._items)
        return self

    def __mul__(self, value, /):
        return array._new(self._typecode, self._items * _repeat(self, value))

    __rmul__ = __mul__

    def __imul__(self, value, /):
        self._items *= _repeat(self, value)
        return self

    def __eq__(self, value, /):
        if not isinstance(value, array):
            return NotImplemented
        return len(self._items) == len(value._items) and _compare(self, value, "==")

    def __ne__(self, value, /):
        if not isinstance(value, array):
            return NotImplemented
        return len(self._items) != len(value._items) or not _compare(self, value, "==")

    def __lt__(self, value, /):
        if not isinstance(value, array):
            return NotImplemented
        return _compare(self, value, "<")

    def __le__(self, value, /):
        if not isinstance(value, array):
            return NotImplemented
        return _compare(self, value, "<=")

    def __gt__(self, value, /):
        if not isinstance(value, array):
            return NotImplemented
        return _compare(self, value, ">")

    def __ge__(self, value, /):
        if not isinstance(value, array):
            return NotImplemented
        return _compare(self, value, ">=")

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return f"{name}('{self._typecode}')"
        if self._typecode == "u":
            return f"{name}('u', {''.join(self._items)!r})"
        return f"{name}('{self._typecode}', {self._items!r})"


ArrayType = array


class arrayiterator:
    """The live iterator over an array: items appended while iterating are seen."""

    __slots__ = ("_array", "_index")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'array.arrayiterator' instances")

    def __iter__(self):
        return self

    def __next__(self):
        a = self._array
        if a is not None:
            i = self._index
            items = a._items
            if i < len(items):
                self._index = i + 1
                return items[i]
            self._array = None
        raise StopIteration


def _slice_index(v):
    if not isinstance(v, int) and not hasattr(type(v), "__index__"):
        raise TypeError("slice indices must be integers or have an __index__ method")
    return _index(v)


def _position(items, key, message):
    if isinstance(key, int):
        i = key
    elif hasattr(type(key), "__index__"):
        i = _index(key)
    else:
        raise TypeError("array indices must be integers")
    n = len(items)
    if not -(1 << 63) <= i < 1 << 63:
        raise IndexError("cannot fit 'int' into an index-sized integer")
    if i < 0:
        i += n
    if not 0 <= i < n:
        raise IndexError(message)
    return i


def _repeat(a, value):
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise TypeError(f"can't multiply sequence by non-int of type '{type(value).__name__}'")
    n = index(value)
    if n > 1 << 40 or len(a._items) * max(n, 0) * _SIZES[a._typecode] > 1 << 34:
        raise MemoryError
    return max(n, 0)


def _compare(a, b, op):
    # Item by item, as CPython compares arrays: the first unequal pair decides, else the
    # lengths do.
    x, y = a._items, b._items
    for i in range(min(len(x), len(y))):
        p, q = x[i], y[i]
        if p == q:
            continue
        if op == "==":
            return False
        if op == "<":
            return p < q
        if op == "<=":
            return p <= q
        if op == ">":
            return p > q
        return p >= q
    la, lb = len(x), len(y)
    if op == "==":
        return la == lb
    if op == "<":
        return la < lb
    if op == "<=":
        return la <= lb
    if op == ">":
        return la > lb
    return la >= lb


def _encode(code, items):
    """Returns the machine representation of items of the given type code."""
    if code == "u":
        return "".join(items).encode("utf-32-le", "surrogatepass")
    if not items:
        return b""
    if code == "f":
        import struct
        return struct.pack(f"<{len(items)}f", *items)
    if code == "d":
        from struct import _double_bits
        return _hex_encode(list(map(_double_bits, items)), 8)
    if code == "B":
        return bytes(items)
    # Formatting every item as hexadecimal in one operation is much faster than converting
    # items one by one: the items are written in reverse order, big-endian, so that the
    # bytes reversed are each item little-endian in the original order.
    size = _SIZES[code]
    vals = items
    if code in _SIGNED and min(items) < 0:
        mask = (1 << (8 * size)) - 1
        vals = [x & mask for x in items]
    return _hex_encode(vals, size)


def _hex_encode(vals, size):
    # vals are unsigned integers of size bytes.
    vals = vals[::-1]
    return bytes.fromhex(("%0" + str(2 * size) + "x") * len(vals) % tuple(vals))[::-1]


def _decode(code, data):
    """Returns the items of the given type code whose machine representation is data."""
    if code == "u":
        return list(data.decode("utf-32-le", "surrogatepass"))
    size = _SIZES[code]
    if not data:
        return []
    if code == "f":
        import struct
        return list(struct.unpack(f"<{len(data) // size}f", data))
    if code == "B":
        return list(data)
    # The reverse of _encode: the reversed bytes, split into items, are the items in
    # reverse order, big-endian.
    parts = data[::-1].hex(" ", size).split()
    vals = list(map(int, parts, [16] * len(parts)))
    vals.reverse()
    if code == "d":
        from struct import _double_from_bits
        return list(map(_double_from_bits, vals))
    if code in _SIGNED:
        half = 1 << (8 * size - 1)
        if max(vals) >= half:
            full = 1 << (8 * size)
            vals = [x - full if x >= half else x for x in vals]
    return vals
