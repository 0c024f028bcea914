"""Conversions between binary data and ASCII encodings (Asobiba).

base64 (b2a_base64, a2b_base64), hexadecimal (hexlify, unhexlify, b2a_hex, a2b_hex) and
crc32, with CPython's errors (binascii.Error is a ValueError).
"""

__all__ = ['Error', 'Incomplete', 'a2b_base64', 'b2a_base64', 'a2b_hex', 'b2a_hex',
           'hexlify', 'unhexlify', 'crc32', 'crc_hqx']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = {c: i for i, c in enumerate(_B64)}


def _buffer(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


def _ascii_data(data):
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__) from None


def b2a_base64(data, *, newline=True):
    """Encodes data in base64, with a final newline unless newline is false."""
    data = _buffer(data)
    out = bytearray()
    n = len(data)
    for i in range(0, n - n % 3, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63], _B64[v & 63]))
    rest = n % 3
    if rest == 1:
        v = data[n - 1] << 16
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63])) + b'=='
    elif rest == 2:
        v = (data[n - 2] << 16) | (data[n - 1] << 8)
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """Decodes base64 data; outside strict mode, characters outside the alphabet are skipped."""
    data = _ascii_data(data)
    out = bytearray()
    quad_pos = 0
    left = 0
    pads = 0
    padding_started = False
    if strict_mode and data[:1] == b'=':
        raise Error('Leading padding not allowed')
    for i, c in enumerate(data):
        if c == 61:  # '='
            padding_started = True
            pads += 1
            if quad_pos >= 2 and quad_pos + pads >= 4:
                if strict_mode and i + 1 < len(data):
                    raise Error('Excess data after padding')
                return bytes(out)
            continue
        v = _B64_VALUE.get(c)
        if v is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if quad_pos == 0:
            quad_pos = 1
            left = v
        elif quad_pos == 1:
            quad_pos = 2
            out.append(((left << 2) | (v >> 4)) & 0xFF)
            left = v & 0x0F
        elif quad_pos == 2:
            quad_pos = 3
            out.append(((left << 4) | (v >> 2)) & 0xFF)
            left = v & 0x03
        else:
            quad_pos = 0
            out.append(((left << 6) | v) & 0xFF)
            left = 0
    if quad_pos != 0:
        if quad_pos == 1:
            raise Error('Invalid base64-encoded string: number of data characters (%d) '
                        'cannot be 1 more than a multiple of 4' % (len(out) // 3 * 4 + 1))
        raise Error('Incorrect padding')
    return bytes(out)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Returns the hexadecimal representation of data, as bytes."""
    data = _buffer(data)
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


hexlify = b2a_hex


def a2b_hex(hexstr):
    """Returns the bytes written in hexadecimal by hexstr (an even number of digits)."""
    data = _ascii_data(hexstr)
    if len(data) % 2:
        raise Error('Odd-length string')
    out = bytearray()
    digits = b'0123456789abcdefABCDEF'
    for i in range(0, len(data), 2):
        a, b = data[i], data[i + 1]
        if a not in digits or b not in digits:
            raise Error('Non-hexadecimal digit found')
        out.append(int(bytes((a, b)), 16))
    return bytes(out)


unhexlify = a2b_hex

_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else (_c >> 1)
    _CRC_TABLE.append(_c)
del _n, _c, _k


def crc32(data, crc=0):
    """Returns the CRC-32 of data, continuing from crc."""
    crc = ~crc & 0xFFFFFFFF
    for b in _buffer(data):
        crc = _CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF


def crc_hqx(data, value):
    """Returns the CRC-CCITT (XModem) of data, continuing from value."""
    crc = value & 0xFFFF
    for b in _buffer(data):
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc
