package array_test

import (
	"testing"

	"github.com/asobiba/asobiba/runtime/stdlib/internal/testrun"
)

// The expected outputs were printed by CPython 3.12.
func TestArrayModule(t *testing.T) {
	testrun.Expect(t, `
from array import array
import struct
a = array("i", [3, 1, 2])
a.append(5)
a[1:2] = array("i", [7, 8])
print(a, len(a), a.tobytes()[:4], a.buffer_info()[1], bytes(array("B", [65, 66])))
struct.pack_into("<i", a, 0, 99)
print(a[0], struct.unpack("<2i", a[:2]))
for code, v in [("b", 128), ("B", -1), ("H", 70000), ("I", -1), ("u", "ab")]:
    try:
        array(code, [v])
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(array("u", "hi"), array("d", [0.5]) * 2, array("f", [0.1])[0])
`, `array('i', [3, 7, 8, 2, 5]) 5 b'\x03\x00\x00\x00' 5 b'AB'
99 (99, 7)
OverflowError signed char is greater than maximum
OverflowError unsigned byte integer is less than minimum
OverflowError unsigned short is greater than maximum
OverflowError can't convert negative value to unsigned int
TypeError array item must be unicode character
array('u', 'hi') array('d', [0.5, 0.5]) 0.10000000149011612
`)
}
