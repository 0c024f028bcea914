package pystruct_test

import (
	"testing"

	"github.com/asobiba/asobiba/runtime/stdlib/internal/testrun"
)

// The expected outputs were printed by CPython 3.12.
func TestStructModule(t *testing.T) {
	testrun.Expect(t, `
import struct
print(struct.pack("<hI", -2, 7), struct.unpack(">H", b"\x01\x02"), struct.calcsize("@ci"))
s = struct.Struct("<2h")
buf = bytearray(6)
s.pack_into(buf, 1, 1, -1)
print(buf, s.unpack_from(buf, 1), s.format, s.size)
print(list(struct.iter_unpack("<B", b"ab")))
for args in [("i", b"abc"), ("2i", b"a")]:
    try:
        struct.unpack(*args)
    except struct.error as e:
        print(e)
for f, v in [("i", 1.5), ("b", 200), ("<Q", -1), ("c", b"ab")]:
    try:
        struct.pack(f, v)
    except struct.error as e:
        print(e)
`, `b'\xfe\xff\x07\x00\x00\x00' (258,) 8
bytearray(b'\x00\x01\x00\xff\xff\x00') (1, -1) <2h 4
[(97,), (98,)]
unpack requires a buffer of 4 bytes
unpack requires a buffer of 8 bytes
required argument is not an integer
'b' format requires -128 <= number <= 127
'Q' format requires 0 <= number <= 18446744073709551615
char format requires a bytes object of length 1
`)
}
