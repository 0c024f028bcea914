"""Functions to convert between Python values and C structs.
Python bytes objects are used to hold the data representing the C struct
and also as format strings (explained below) to describe the layout of data
in the C struct.

The optional first format char indicates byte order, size and alignment:
  @: native order, size & alignment (default)
  =: native order, std. size & alignment
  <: little-endian, std. size & alignment
  >: big-endian, std. size & alignment
  !: same as >

The remaining chars indicate types of args and must match exactly;
these can be preceded by a decimal repeat count:
  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;
  ?: _Bool (requires C99; if not available, char is used instead)
  h:short; H:unsigned short; i:int; I:unsigned int;
  l:long; L:unsigned long; f:float; d:double; e:half-float.
Special cases (preceding decimal count indicates length):
  s:string (array of char); p: pascal string (with count byte).
Special cases (only available in native format):
  n:ssize_t; N:size_t;
  P:an integer type that is wider than a pointer.
Special case (not in native mode unless 'long long' in platform C):
  q:long long; Q:unsigned long long
Whitespace between formats is ignored.

The variable struct.error is an exception raised on errors.
"""

# Asobiba's struct follows CPython's Modules/_struct.c on a 64-bit little-endian machine:
# native sizes and alignment are those of x86-64 Linux, and every error message is
# CPython's. A format is parsed once into a _Layout (a list of codes with their offsets),
# which is cached by format; packing and unpacking walk the codes. Floats are encoded and
# decoded with math.frexp and math.ldexp, rounding half to even as the hardware does.

import math

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack",
           "Struct", "error"]


class error(Exception):
    pass


# Sizes and alignments by format character: native (@) and standard (=, <, >, !).
_NATIVE = {
    "x": (1, 0), "c": (1, 0), "b": (1, 0), "B": (1, 0), "?": (1, 1),
    "h": (2, 2), "H": (2, 2), "i": (4, 4), "I": (4, 4), "l": (8, 8), "L": (8, 8),
    "q": (8, 8), "Q": (8, 8), "n": (8, 8), "N": (8, 8), "e": (2, 2), "f": (4, 4),
    "d": (8, 8), "s": (1, 0), "p": (1, 0), "P": (8, 8),
}
_STANDARD = {
    "x": (1, 0), "c": (1, 0), "b": (1, 0), "B": (1, 0), "?": (1, 0),
    "h": (2, 0), "H": (2, 0), "i": (4, 0), "I": (4, 0), "l": (4, 0), "L": (4, 0),
    "q": (8, 0), "Q": (8, 0), "e": (2, 0), "f": (4, 0), "d": (8, 0), "s": (1, 0), "p": (1, 0),
}
_UNSIGNED = "BHILQNP"
_INTEGERS = "bBhHiIlLqQnNP"
# The formats CPython converts through C unsigned long (the others go through long).
_VIA_ULONG = "ILQN"
# The names of the small integer formats in range errors; the others are quoted.
_RANGE_NAMES = {"b": "byte", "B": "ubyte", "h": "short", "H": "ushort"}
_SPACES = " \t\n\r\x0b\x0c"
_MAXSIZE = (1 << 63) - 1

# IEEE 754 formats by character: exponent bits, fraction bits.
_FLOATS = {"e": (5, 10), "f": (8, 23), "d": (11, 52)}


class _Layout:
    """A parsed format: its codes (char, count, offset, item size), size and item count."""

    __slots__ = ("codes", "size", "nitems", "order", "native")

    def __init__(self, fmt):
        if "\0" in fmt:
            raise error("embedded null character")
        self.native = True
        self.order = "little"
        s = fmt
        if s and s[0] in "@=<>!":
            if s[0] != "@":
                self.native = False
                if s[0] in ">!":
                    self.order = "big"
            s = s[1:]
        defs = _NATIVE if self.native else _STANDARD
        codes = []
        size = nitems = 0
        i, n = 0, len(s)
        while i < n:
            c = s[i]
            i += 1
            if c in _SPACES:
                continue
            num = 1
            if "0" <= c <= "9":
                num = ord(c) - 48
                while True:
                    if i >= n:
                        raise error("repeat count given without format specifier")
                    c = s[i]
                    i += 1
                    if not "0" <= c <= "9":
                        break
                    num = num * 10 + ord(c) - 48
                    if num > _MAXSIZE:
                        raise error("total struct size too long")
            d = defs.get(c)
            if d is None:
                raise error("bad char in struct format")
            itemsize, align = d
            if align and size:
                size += (align - 1) - (size - 1) % align
            if num > (_MAXSIZE - size) // itemsize:
                raise error("total struct size too long")
            if c in "sp":
                codes.append((c, 1, size, num))
                nitems += 1
            else:
                codes.append((c, num, size, itemsize))
                if c != "x":
                    nitems += num
            size += num * itemsize
        self.codes = codes
        self.size = size
        self.nitems = nitems

    def pack_into(self, buf, offset, args):
        if len(args) != self.nitems:
            raise error(f"pack expected {self.nitems} items for packing (got {len(args)})")
        order = self.order
        k = 0
        for c, count, off, size in self.codes:
            off += offset
            if c == "x":
                continue
            if c in "sp":
                buf[off:off + size] = _pack_string(c, size, args[k])
                k += 1
                continue
            for _ in range(count):
                buf[off:off + size] = _pack_item(c, size, order, self.native, args[k])
                off += size
                k += 1

    def unpack(self, buf, offset):
        order = self.order
        out = []
        for c, count, off, size in self.codes:
            off += offset
            if c == "x":
                continue
            if c == "s":
                out.append(bytes(buf[off:off + size]))
                continue
            if c == "p":
                if size == 0:
                    out.append(b"")
                else:
                    n = min(buf[off], size - 1)
                    out.append(bytes(buf[off + 1:off + 1 + n]))
                continue
            for _ in range(count):
                out.append(_unpack_item(c, buf[off:off + size], order))
                off += size
        return tuple(out)


def _pack_string(c, size, v):
    if not isinstance(v, (bytes, bytearray)):
        raise error(f"argument for '{c}' must be a bytes object")
    if c == "s":
        data = bytes(v[:size])
        return data + bytes(size - len(data))
    if size == 0:
        return b""
    n = min(len(v), size - 1)
    return bytes((min(n, 255),)) + bytes(v[:n]) + bytes(size - 1 - n)


def _integer(v):
    if isinstance(v, int):
        return int(v)
    index = getattr(type(v), "__index__", None)
    if index is None:
        raise error("required argument is not an integer")
    return index(v)


def _range_error(c, size, x, big):
    # The messages depend on which of CPython's packers handles the format: the native
    # ones (also used for the little-endian standard formats whose size is native) or
    # the big-endian ones, which convert h, H, i, I, l and L alike and name them quoted.
    if c == "P" or (big and c in "qQ"):
        raise error("int too large to convert")
    if c in _VIA_ULONG or (big and c == "H"):
        if x < 0 or x >= 1 << 64:
            raise error("argument out of range")
    elif not -(1 << 63) <= x < 1 << 63:
        raise error("argument out of range")
    bits = 8 * size
    if c in _UNSIGNED:
        lo, hi = 0, (1 << bits) - 1
    else:
        lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    name = (not big or c in "bB") and _RANGE_NAMES.get(c) or f"'{c}'"
    raise error(f"{name} format requires {lo} <= number <= {hi}")


def _pack_item(c, size, order, native, v):
    if c in _INTEGERS:
        x = _integer(v)
        if c == "P":
            if not -(1 << 63) <= x < 1 << 64:
                _range_error(c, size, x, order == "big")
            x &= (1 << 64) - 1
        elif c in _UNSIGNED:
            if not 0 <= x < 1 << (8 * size):
                _range_error(c, size, x, order == "big")
        elif not -(1 << (8 * size - 1)) <= x < 1 << (8 * size - 1):
            _range_error(c, size, x, order == "big")
        return x.to_bytes(size, order, signed=x < 0)
    if c in _FLOATS:
        if isinstance(v, float):
            x = v
        else:
            tp = type(v)
            try:
                if not (hasattr(tp, "__float__") or hasattr(tp, "__index__")):
                    raise TypeError
                x = float(v)
            except Exception:
                raise error("required argument is not a float") from None
        if c == "d":
            return _double_bits(x).to_bytes(8, order)
        ebits, fbits = _FLOATS[c]
        bits = _encode_float(x, ebits, fbits)
        if bits is None:
            if c == "f" and native:
                bits = _encode_float(math.copysign(math.inf, x), ebits, fbits)
            else:
                raise OverflowError(f"float too large to pack with {c} format")
        return bits.to_bytes(size, order)
    if c == "?":
        return b"\x01" if v else b"\x00"
    # c
    if not isinstance(v, bytes) or len(v) != 1:
        raise error("char format requires a bytes object of length 1")
    return bytes(v)


def _unpack_item(c, data, order):
    if c in _INTEGERS:
        return int.from_bytes(data, order, signed=c not in _UNSIGNED)
    if c in _FLOATS:
        if c == "d":
            return _double_from_bits(int.from_bytes(data, order))
        ebits, fbits = _FLOATS[c]
        return _decode_float(int.from_bytes(data, order), ebits, fbits)
    if c == "?":
        return data[0] != 0
    return bytes(data)


def _encode_float(x, ebits, fbits):
    """Returns the bits of x in the IEEE format with ebits exponent and fbits fraction bits,
    rounded half to even, or None when x is finite but too large for the format."""
    sign = (1 << (ebits + fbits)) if math.copysign(1.0, x) < 0 else 0
    emax = (1 << ebits) - 1
    if math.isnan(x):
        return sign | emax << fbits | 1 << (fbits - 1)
    if math.isinf(x):
        return sign | emax << fbits
    x = abs(x)
    if x == 0:
        return sign
    bias = (1 << (ebits - 1)) - 1
    m, e = math.frexp(x)  # x = m * 2**e with 0.5 <= m < 1
    e -= 1
    if e < 1 - bias:
        # Subnormal: the fraction counts units of 2**(1 - bias - fbits). A value that rounds
        # up to 1 << fbits becomes the smallest normal number, whose bits are the same.
        return sign | round(math.ldexp(x, fbits + bias - 1))
    f = round(math.ldexp(m, fbits + 1))  # 1 << fbits <= f <= 1 << (fbits + 1)
    if f == 1 << (fbits + 1):
        f >>= 1
        e += 1
    if e + bias >= emax:
        return None
    return sign | (e + bias) << fbits | (f - (1 << fbits))


def _double_bits(x):
    """Returns the bits of the double x: _encode_float(x, 11, 52), quicker for a normal x."""
    if x == 0 or x != x or x - x != 0:
        return _encode_float(x, 11, 52)
    m, e = math.frexp(x)
    if e < -1021:
        return _encode_float(x, 11, 52)
    f = int(m * 9007199254740992.0)  # m * 2**53 is exact: 2**52 <= |f| < 2**53
    if f < 0:
        return 0x8000000000000000 | (e + 1022) << 52 | (-f - 4503599627370496)
    return (e + 1022) << 52 | (f - 4503599627370496)


def _double_from_bits(bits):
    """Returns the double whose bits are bits: _decode_float(bits, 11, 52), quicker for a
    normal number."""
    e = bits >> 52 & 0x7FF
    if 0 < e < 0x7FF:
        x = math.ldexp(bits & 0xFFFFFFFFFFFFF | 0x10000000000000, e - 1075)
        return -x if bits >> 63 else x
    return _decode_float(bits, 11, 52)


def _decode_float(bits, ebits, fbits):
    """Returns the float whose bits in the IEEE format with ebits exponent and fbits
    fraction bits are bits."""
    emax = (1 << ebits) - 1
    bias = (1 << (ebits - 1)) - 1
    e = (bits >> fbits) & emax
    f = bits & ((1 << fbits) - 1)
    if e == emax:
        x = math.inf if f == 0 else math.nan
    elif e == 0:
        x = math.ldexp(f, 1 - bias - fbits)
    else:
        x = math.ldexp(f | 1 << fbits, e - bias - fbits)
    return -x if bits >> (ebits + fbits) else x


# Parsed formats, by format (str or bytes), as CPython caches them.
_cache = {}
_MAXCACHE = 100


def _layout(fmt):
    if isinstance(fmt, (str, bytes)):
        layout = _cache.get(fmt)
        if layout is not None:
            return layout
    if isinstance(fmt, str):
        text = fmt
    elif isinstance(fmt, bytes):
        text = fmt.decode("latin-1")
    else:
        raise TypeError(f"Struct() argument 1 must be a str or bytes object, not {type(fmt).__name__}")
    layout = _Layout(text)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[fmt] = layout
    return layout


def _readable(buf):
    if isinstance(buf, (bytes, bytearray)):
        return buf
    if isinstance(buf, memoryview):
        return buf.tobytes()
    get = getattr(type(buf), "__buffer__", None)
    if get is not None:
        # A class implementing the buffer protocol in Python (PEP 688), such as array.
        view = get(buf, 0)
        try:
            return view.tobytes()
        finally:
            release = getattr(type(buf), "__release_buffer__", None)
            if release is not None:
                release(buf, view)
    raise TypeError(f"a bytes-like object is required, not '{type(buf).__name__}'")


def _offset(v):
    if isinstance(v, int):
        return v
    index = getattr(type(v), "__index__", None)
    if index is None:
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    return index(v)


def _pack(layout, args):
    buf = bytearray(layout.size)
    layout.pack_into(buf, 0, args)
    return bytes(buf)


def _pack_into(layout, args):
    if len(args) < 2:
        raise error("pack_into expected offset argument" if args else "pack_into expected buffer argument")
    buf = args[0]
    if isinstance(buf, bytearray) or isinstance(buf, memoryview) and not buf.readonly:
        _write(layout, buf, args)
        return
    get = getattr(type(buf), "__buffer__", None)
    if get is None or isinstance(buf, (bytes, memoryview)):
        raise TypeError(f"argument must be read-write bytes-like object, not {type(buf).__name__}")
    # A class implementing the buffer protocol in Python (PEP 688), such as array: the
    # bytes written into its view are stored back when the view is released.
    view = get(buf, 1)  # inspect.BufferFlags.WRITABLE
    try:
        _write(layout, view, args)
    finally:
        release = getattr(type(buf), "__release_buffer__", None)
        if release is not None:
            release(buf, view)


def _write(layout, buf, args):
    off = _offset(args[1])
    if len(args) - 2 != layout.nitems:
        raise error(f"pack expected {layout.nitems} items for packing (got {len(args) - 2})")
    size, n = layout.size, len(buf)
    if off < 0:
        if off + size > 0:
            raise error(f"no space to pack {size} bytes at offset {off}")
        if off + n < 0:
            raise error(f"offset {off} out of range for {n}-byte buffer")
        off += n
    if n - off < size:
        raise error(f"pack_into requires a buffer of at least {size + off} bytes for packing "
                    f"{size} bytes at offset {off} (actual buffer size is {n})")
    data = bytearray(size)
    layout.pack_into(data, 0, args[2:])
    buf[off:off + size] = data


def _unpack(layout, buf):
    buf = _readable(buf)
    if len(buf) != layout.size:
        raise error(f"unpack requires a buffer of {layout.size} bytes")
    return layout.unpack(buf, 0)


def _unpack_from(layout, buf, offset):
    buf = _readable(buf)
    off = _offset(offset)
    size, n = layout.size, len(buf)
    if off < 0:
        if off + size > 0:
            raise error(f"not enough data to unpack {size} bytes at offset {off}")
        if off + n < 0:
            raise error(f"offset {off} out of range for {n}-byte buffer")
        off += n
    if n - off < size:
        raise error(f"unpack_from requires a buffer of at least {size + off} bytes for unpacking "
                    f"{size} bytes at offset {off} (actual buffer size is {n})")
    return layout.unpack(buf, off)


class unpack_iterator:
    """An iterator over the unpacked records of a buffer (see iter_unpack)."""

    __slots__ = ("_layout", "_buf", "_pos")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create '_struct.unpack_iterator' instances")

    def __iter__(self):
        return self

    def __next__(self):
        size = self._layout.size
        if self._pos + size > len(self._buf):
            raise StopIteration
        item = self._layout.unpack(self._buf, self._pos)
        self._pos += size
        return item

    def __length_hint__(self):
        return (len(self._buf) - self._pos) // self._layout.size


unpack_iterator.__module__ = "_struct"


def _iter_unpack(layout, buf):
    buf = _readable(buf)
    if layout.size == 0:
        raise error("cannot iteratively unpack with a struct of length 0")
    if len(buf) % layout.size:
        raise error(f"iterative unpacking requires a buffer of a multiple of {layout.size} bytes")
    it = object.__new__(unpack_iterator)
    it._layout = layout
    it._buf = buf
    it._pos = 0
    return it


class Struct:
    """Struct(format)

Create a compiled struct object.

Return a new Struct object which writes and reads binary data according to
the format string.

See help(struct) for more on format strings."""

    __slots__ = ("_layout", "_format")

    def __new__(cls, *args, **kwargs):
        if len(args) + len(kwargs) > 1:
            raise TypeError(f"Struct() takes at most 1 argument ({len(args) + len(kwargs)} given)")
        if args:
            fmt = args[0]
        elif "format" in kwargs:
            fmt = kwargs["format"]
        elif kwargs:
            raise TypeError(f"'{next(iter(kwargs))}' is an invalid keyword argument for Struct()")
        else:
            raise TypeError("Struct() missing required argument 'format' (pos 1)")
        self = object.__new__(cls)
        self._layout = _layout(fmt)
        self._format = fmt if isinstance(fmt, str) else fmt.decode("latin-1")
        return self

    def __init__(self, *args, **kwargs):
        pass

    @property
    def format(self):
        """struct format string"""
        return self._format

    @property
    def size(self):
        """struct size in bytes"""
        return self._layout.size

    def pack(self, *args, **kwargs):
        """S.pack(v1, v2, ...) -> bytes"""
        if kwargs:
            raise TypeError("pack() takes no keyword arguments")
        return _pack(self._layout, args)

    def pack_into(self, *args, **kwargs):
        """S.pack_into(buffer, offset, v1, v2, ...)"""
        if kwargs:
            raise TypeError("pack_into() takes no keyword arguments")
        _pack_into(self._layout, args)

    def unpack(self, buffer, /):
        """Return a tuple containing values unpacked according to the format string."""
        return _unpack(self._layout, buffer)

    def unpack_from(self, buffer, offset=0):
        """Return a tuple containing values unpacked according to the format string."""
        return _unpack_from(self._layout, buffer, offset)

    def iter_unpack(self, buffer, /):
        """Return an iterator yielding tuples."""
        return _iter_unpack(self._layout, buffer)


Struct.__module__ = "_struct"


def _expect(name, args, n):
    if len(args) != n:
        raise TypeError(f"{name} expected {n} arguments, got {len(args)}")


def calcsize(*args, **kwargs):
    """Return size in bytes of the struct described by the format string."""
    if kwargs:
        raise TypeError("_struct.calcsize() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError(f"_struct.calcsize() takes exactly one argument ({len(args)} given)")
    return _layout(args[0]).size


def pack(*args, **kwargs):
    """pack(format, v1, v2, ...) -> bytes

Return a bytes object containing the values v1, v2, ... packed according
to the format string.  See help(struct) for more on format strings."""
    if kwargs:
        raise TypeError("_struct.pack() takes no keyword arguments")
    if not args:
        raise TypeError("missing format argument")
    return _pack(_layout(args[0]), args[1:])


def pack_into(*args, **kwargs):
    """pack_into(format, buffer, offset, v1, v2, ...)

Pack the values v1, v2, ... according to the format string and write
the packed bytes into the writable buffer buf starting at offset.  Note
that the offset is a required argument.  See help(struct) for more
on format strings."""
    if kwargs:
        raise TypeError("_struct.pack_into() takes no keyword arguments")
    if not args:
        raise TypeError("missing format argument")
    _pack_into(_layout(args[0]), args[1:])


def unpack(*args):
    """Return a tuple containing values unpacked according to the format string."""
    _expect("unpack", args, 2)
    return _unpack(_layout(args[0]), args[1])


def unpack_from(*args, **kwargs):
    """Return a tuple containing values unpacked according to the format string."""
    if not args:
        raise TypeError("unpack_from() takes at least 1 positional argument (0 given)")
    if len(args) + len(kwargs) > 3:
        raise TypeError(f"unpack_from() takes at most 3 arguments ({len(args) + len(kwargs)} given)")
    rest = dict(zip(("buffer", "offset"), args[1:]))
    for key, value in kwargs.items():
        if key not in ("buffer", "offset"):
            raise TypeError(f"'{key}' is an invalid keyword argument for unpack_from()")
        if key in rest:
            raise TypeError(f"argument for unpack_from() given by name ('{key}') and position "
                            f"({2 if key == 'buffer' else 3})")
        rest[key] = value
    if "buffer" not in rest:
        raise TypeError("unpack_from() missing required argument 'buffer' (pos 2)")
    return _unpack_from(_layout(args[0]), rest["buffer"], rest.get("offset", 0))


def iter_unpack(*args):
    """Return an iterator yielding tuples unpacked from the given bytes."""
    _expect("iter_unpack", args, 2)
    return _iter_unpack(_layout(args[0]), args[1])


def _clearcache():
    """Clear the internal cache."""
    _cache.clear()
