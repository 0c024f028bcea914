"""Conversions between binary data and ASCII: hex, base64 and CRC-32."""

import _hashlib


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_INDEX = {c: i for i, c in enumerate(_B64)}


def _bytes_arg(data, allow_str=False):
    if isinstance(data, str):
        if allow_str:
            if not data.isascii():
                raise ValueError("string argument should contain only ASCII characters")
            return data.encode("ascii")
        raise TypeError("a bytes-like object is required, not 'str'")
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _bytes_arg(data)
    if sep is None:
        return data.hex().encode("ascii")
    return data.hex(sep, bytes_per_sep).encode("ascii")


b2a_hex = hexlify


def unhexlify(hexstr):
    s = _bytes_arg(hexstr, allow_str=True)
    if len(s) % 2:
        raise Error("Odd-length string")
    try:
        return bytes.fromhex(s.decode("ascii").replace(" ", "!"))
    except ValueError:
        raise Error("Non-hexadecimal digit found") from None


a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    data = _bytes_arg(data)
    out = bytearray()
    for i in range(0, len(data) - 2, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b"=="
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63])) + b"="
    if newline:
        out += b"\n"
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    s = _bytes_arg(data, allow_str=True)
    if strict_mode and s[:1] == b"=":
        raise Error("Leading padding not allowed")
    vals = []
    pads = 0
    for i, c in enumerate(s):
        if c == 61:  # "="
            pads += 1
            if len(vals) % 4 >= 2 and len(vals) % 4 + pads >= 4:
                break
            continue
        if c not in _B64_INDEX:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and pads:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        vals.append(_B64_INDEX[c])
    rem = len(vals) % 4
    if rem == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be "
                    "1 more than a multiple of 4" % len(vals))
    if rem and pads < 4 - rem:
        raise Error("Incorrect padding")
    out = bytearray()
    for i in range(0, len(vals) - rem, 4):
        n = (vals[i] << 18) | (vals[i + 1] << 12) | (vals[i + 2] << 6) | vals[i + 3]
        out += bytes((n >> 16, (n >> 8) & 255, n & 255))
    if rem == 2:
        n = (vals[-2] << 18) | (vals[-1] << 12)
        out.append(n >> 16)
    elif rem == 3:
        n = (vals[-3] << 18) | (vals[-2] << 12) | (vals[-1] << 6)
        out += bytes((n >> 16, (n >> 8) & 255))
    return bytes(out)


def crc32(data, crc=0):
    return _hashlib.crc32(_bytes_arg(data), crc & 0xFFFFFFFF)


def crc_hqx(data, value):
    crc = value & 0xFFFF
    for byte in _bytes_arg(data):
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc
