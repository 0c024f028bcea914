# struct: the errors and their messages.
import struct


def attempt(f, *args):
    try:
        print(f(*args))
    except (struct.error, TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)


attempt(struct.unpack, "i", b"abc")
attempt(struct.unpack, "2i", b"abc")
attempt(struct.pack, "i", 1.5)
attempt(struct.pack, "i", "x")
attempt(struct.pack, "d", "x")
attempt(struct.pack, "i")
attempt(struct.pack, "2i", 1)
attempt(struct.pack, "c", b"ab")
attempt(struct.pack, "3s", "abc")
attempt(struct.pack, "<e", 1e10)
attempt(struct.pack, "<f", 1e300)
attempt(struct.calcsize, "4")
attempt(struct.calcsize, "4 i")
attempt(struct.calcsize, "<n")
attempt(struct.calcsize, "z")
attempt(struct.calcsize, 12)
attempt(struct.unpack_from, "i", b"abc")
attempt(struct.unpack_from, "i", b"abcdef", 4)
attempt(struct.unpack_from, "i", b"abcdef", -10)
attempt(struct.pack_into, "i", bytearray(8), 6, 1)
attempt(struct.pack_into, "i", b"12345678", 0, 1)
attempt(struct.iter_unpack, "i", b"abc")
attempt(struct.iter_unpack, "", b"abc")
attempt(struct.unpack, "i", "abcd")
for fmt, value in [("b", 200), ("B", -1), ("h", 2**15), ("<i", 2**31), ("<Q", -1), ("q", 2**63)]:
    try:
        struct.pack(fmt, value)
    except struct.error as e:
        print(fmt, value, "struct.error", "format requires" in str(e) or "out of range" in str(e))
print(struct.error.__mro__[1].__name__, issubclass(struct.error, Exception))
