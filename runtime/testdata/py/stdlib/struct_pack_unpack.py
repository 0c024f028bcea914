# struct: packing and unpacking with every byte order, sizes, alignment and padding.
import struct

print(struct.pack("<hHiI", -2, 65535, -70000, 4000000000))
print(struct.pack(">hHiI", -2, 65535, -70000, 4000000000))
print(struct.pack("!q", -1), struct.pack("=Q", 2**64 - 1))
print(struct.pack("@ci", b"x", 1), struct.calcsize("@ci"), struct.calcsize("=ci"))
print(struct.calcsize("@qc"), struct.calcsize("@cq"), struct.calcsize("@i0q"), struct.calcsize("c3xi"))
print(struct.calcsize("@lLnNP"), struct.calcsize("<lL"), struct.calcsize("e f d ?"))
print(struct.unpack("<hHiI", struct.pack("<hHiI", -2, 65535, -70000, 4000000000)))
print(struct.pack("3s5p", b"abcdef", b"xy"), struct.unpack("3s5p", b"abc\x02xy\x00\x00"))
print(struct.pack("?x?", 0, [1]), struct.unpack("??", b"\x00\x07"))
print(struct.pack("<e", 1.5), struct.pack("<e", -0.0), struct.pack("<e", 65504.0))
print(struct.unpack("<4e", b"\x00\x3c\x00\xc0\xff\x7b\x01\x00"))
print(struct.pack("<f", 0.1), struct.unpack("<f", struct.pack("<f", 0.1)))
print(struct.pack(">d", 1 / 3), struct.unpack(">d", struct.pack(">d", 1 / 3)))
print(struct.pack("<i", True), struct.pack("<d", 3))


class Seven:
    def __index__(self):
        return 7


print(struct.pack("<b", Seven()))

s = struct.Struct("<2h")
print(s.format, s.size, s.pack(1, -1), s.unpack(b"\x01\x00\xff\xff"))
print(struct.Struct(b">I").format)
buf = bytearray(8)
s.pack_into(buf, 2, 3, 4)
struct.pack_into(">H", buf, -2, 0xABCD)
print(buf, s.unpack_from(buf, 2), struct.unpack_from("<h", buf, offset=4))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")))
it = struct.iter_unpack("<B", b"abc")
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
print(struct.unpack("<Q", b"\xff" * 8), struct.unpack("<q", b"\xff" * 8))
print(struct.pack("0s", b"abc"), struct.pack("5x"), struct.calcsize("0p"))
print(struct.unpack("<i", bytearray(b"\x01\x02\x03\x04")))
