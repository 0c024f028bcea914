# struct: float encodings at every width, integer limits and range messages, buffers and
# call errors.
import struct

floats = [0.0, -0.0, 1.0, -2.5, 0.1, 1 / 3, 65504.0, 65519.99, 6.1e-05, 5.96e-08, 2.98e-08,
          1e-08, 3.4028234663852886e38, 3.4028235e38, 1.401298464324817e-45, 7e-46, 1e-45,
          1.1754943508222875e-38, 1e-300, 5e-324, 2.2250738585072014e-308, 1e300,
          float("inf"), float("-inf"), float("nan"), 1.00048828125, 1.0009765625 * 1.5,
          16777217.0, 0.30000001192092896, 12345.678]
for x in floats:
    row = []
    for fmt in ("<e", ">f", "<d", "f"):
        try:
            data = struct.pack(fmt, x)
            row.append(data.hex() + "=" + repr(struct.unpack(fmt, data)[0]))
        except OverflowError as e:
            row.append("OverflowError: " + str(e))
    print(repr(x), " ".join(row))

for bits in [0x0001, 0x03ff, 0x0400, 0x7bff, 0x7c00, 0xfc00, 0x7e00, 0x8001, 0x3555]:
    print(hex(bits), struct.unpack("<e", bits.to_bytes(2, "little")))
for bits in [0x00000001, 0x007fffff, 0x00800000, 0x7f7fffff, 0xff800000, 0x7fc00000, 0x3eaaaaab]:
    print(hex(bits), struct.unpack(">f", bits.to_bytes(4, "big")))
for bits in [1, 0x000fffffffffffff, 0x0010000000000000, 0x7fefffffffffffff, 0xfff0000000000000]:
    print(hex(bits), struct.unpack(">d", bits.to_bytes(8, "big")))

for fmt in ["b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "P"]:
    for prefix in ["@", "<", ">"]:
        if prefix != "@" and fmt in "nNP":
            continue
        f = prefix + fmt
        size = struct.calcsize(f)
        lo = 0 if fmt in "BHILQNP" else -(1 << (8 * size - 1))
        hi = (1 << (8 * size)) - 1 if fmt in "BHILQNP" else (1 << (8 * size - 1)) - 1
        print(f, size, struct.pack(f, lo).hex(), struct.pack(f, hi).hex(),
              struct.unpack(f, struct.pack(f, lo)), struct.unpack(f, struct.pack(f, hi)))
        for v in [lo - 1, hi + 1, 2 ** 64, -2 ** 63 - 1, 2 ** 70, -200]:
            try:
                struct.pack(f, v)
                print(" ", v, "ok")
            except struct.error as e:
                print(" ", v, e)
print(struct.pack("P", -1).hex(), struct.pack("@f", 1e300), struct.pack("@f", -1e300))

buf = bytearray(12)
mv = memoryview(buf)
struct.pack_into("<hi", mv, 2, -1, 7)
print(buf, struct.unpack_from("<hi", mv, 2), struct.unpack("<i", memoryview(b"\x01\x00\x00\x00")))
print(struct.unpack_from("<b", b"\x01\x02\x03", -1), struct.unpack_from("<h", buffer=b"\x01\x02"))
print(struct.pack("<3c", b"a", b"b", b"c"), struct.unpack("<2c", b"xy"), struct.pack("5s", bytearray(b"ab")))
print(struct.pack("3p", b"abcdef"), struct.pack("300p", b"z" * 300)[:3], struct.unpack("4p", b"\x09abc"))
print(struct.pack("?", []), struct.pack("?", "x"), struct.unpack("3?", b"\x00\x01\xff"))
print(struct.pack(">2x2h", 1, 2), struct.pack("@bxh", 1, 2), struct.calcsize("@b0i"), struct.calcsize("bi0b"))
s = struct.Struct(format="<bb")
print(type(s).__name__, type(s).__module__, s.size, s.format, s.pack(1, 2), s.unpack_from(b"\x00\x01\x02", 1))
print(list(s.iter_unpack(b"\x01\x02\x03\x04")), struct.error.__module__, struct.Struct("i") is not None)


class MyStruct(struct.Struct):
    pass


print(MyStruct(">h").pack(258), isinstance(MyStruct("h"), struct.Struct))
for call in [lambda: struct.pack(), lambda: struct.pack("i", x=1), lambda: struct.unpack("i"),
             lambda: struct.unpack_from(), lambda: struct.unpack_from("i"),
             lambda: struct.unpack_from("i", b"1234", 0, 1), lambda: struct.unpack_from("i", b"1234", "x"),
             lambda: struct.pack_into("i"), lambda: struct.pack_into("i", bytearray(4)),
             lambda: struct.pack_into("i", bytearray(4), "x", 1), lambda: struct.pack_into("i", bytearray(8), -2, 1),
             lambda: struct.pack_into("i", bytearray(8), -9, 1), lambda: struct.unpack_from("i", b"12345678", -2),
             lambda: struct.iter_unpack("i"), lambda: struct.Struct(), lambda: struct.calcsize(),
             lambda: struct.pack("c", bytearray(b"a")), lambda: struct.pack("s", 1), lambda: struct.pack("p", "x"),
             lambda: struct.calcsize("i\0"), lambda: struct.calcsize("99999999999999999999i"),
             lambda: struct.Struct(["i"]), lambda: struct.pack("e", "1"), lambda: struct.pack("f", 2**1024)]:
    try:
        print(call())
    except (struct.error, TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
