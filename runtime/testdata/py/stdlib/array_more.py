# array: every type code's limits, the byte layout, slices, comparisons, copies, files
# and the buffer that struct reads and writes.
from array import array
import copy
import io
import struct

for code in array.__module__ and "bBhHiIlLqQ":
    size = array(code).itemsize
    lo = 0 if code.isupper() else -(1 << (8 * size - 1))
    hi = (1 << (8 * size)) - 1 if code.isupper() else (1 << (8 * size - 1)) - 1
    a = array(code, [lo, hi, 0])
    print(code, size, a, a.tobytes().hex(), array(code, a.tobytes()) == a)
for code in "fd":
    a = array(code, [0.1, -0.0, 1e300, 1e-40, float("inf"), 3.4028235e38, 1.5])
    print(code, a.itemsize, a, a.tobytes().hex())
    print(" ", array(code, a.tobytes()), a.tolist() == list(a))
x = array("d", [-2.5, 5e-324, -5e-324, float("nan"), -float("inf"), 2.2250738585072014e-308,
               1.7976931348623157e308, -1e-310, 123456789.125, -0.1])
print(x.tobytes().hex(), array("d", x.tobytes()), array("f", x[:4].tolist()).tobytes().hex())
u = array("u", "héllo☃")
print(u, u.itemsize, u.tobytes()[:8], u.tounicode(), u[1], u[::-1], list(u[:2]))
u.fromunicode("!")
print(u, len(u), array("u", u.tobytes()))

a = array("h", range(10))
print(a[2:5], a[::3], a[-3:], a[5:2], a[-1], a[-10])
a[1:3] = array("h", [100, 200, 300])
print(a)
a[::4] = array("h", [-1, -2, -3])
print(a)
del a[::2]
print(a)
del a[0]
del a[-1]
print(a, a.pop(), a.pop(0), a)
a.insert(0, 42)
a.insert(-1, 43)
a.insert(100, 44)
a.insert(-100, 45)
print(a, a.index(43), a.count(42), 42 in a, 99 in a, a.index(44, -3), a.index(43, 0, 5))
a.reverse()
print(a)
a.byteswap()
print(a)
a.byteswap()
a.remove(44)
print(a, a * 2, 2 * a, a * 0, a * -1, a + array("h", [7]))
b = array("h", a)
b += array("h", [1, 2])
b *= 2
print(b, b == a, b != a, a < b, a <= b, b > a, b >= a, array("h", [1, 2]) < array("h", [1, 3]))
print(array("i", [1, 2]) == array("d", [1.0, 2.0]), array("b", [1]) < array("B", [2]), array("d", [float("nan")]) == array("d", [float("nan")]))
print(array("i") == array("i"), array("i", [1]) == [1], array("i", [1]).__eq__([1]))

c = copy.copy(a)
d = copy.deepcopy(a)
c.append(1)
print(a, c, d, type(c).__name__, c.buffer_info()[1])
print(a.tolist(), type(a.tolist()).__name__)
a.fromlist([9, 8])
a.frombytes(b"\x01\x00")
a.frombytes(bytearray(b"\x02\x00"))
a.frombytes(array("B", [3, 0]))
a.extend([4, 5])
a.extend(array("h", [6]))
a.extend(x for x in (7,))
print(a)

f = io.BytesIO()
a.tofile(f)
f.seek(0)
e = array("h")
e.fromfile(f, 3)
print(e, f.tell())
try:
    e.fromfile(f, 100)
except EOFError as err:
    print("EOFError:", err, len(e))

s = array("i", [0, 0, 0])
struct.pack_into("<ii", s, 4, 7, -8)
print(s, struct.unpack("<3i", s), struct.unpack_from("<i", s, 8), bytes(s), bytearray(s))
print(list(struct.iter_unpack("<i", array("i", [5, 6]))))

it = iter(array("b", [1, 2]))
print(type(it).__name__, next(it))
arr = array("b", [1])
seen = []
for x in arr:
    seen.append(x)
    if len(arr) < 4:
        arr.append(x + 1)
print(seen, list(it), list(it))


class Sub(array):
    def __init__(self, code, init=(), *, tag=""):
        self.tag = tag


s = Sub("i", [1, 2], tag="t")
print(s, s.tag, type(s[:1]).__name__, type(s + s).__name__, type(copy.copy(s)).__name__, isinstance(s, array))
print(array.__name__, array.__module__, type(array("i")), array.typecode.__doc__, array.ArrayType if hasattr(array, "ArrayType") else "-")
import array as arraymod
print(arraymod.typecodes, arraymod.ArrayType is array, sorted(n for n in dir(array) if not n.startswith("_")))


def attempt(f, *args):
    try:
        print(f(*args))
    except (TypeError, ValueError, OverflowError, IndexError, MemoryError) as err:
        print(type(err).__name__ + ":", err)


attempt(array, "u", array("i", [65]))
attempt(array, "i", array("u", "a"))
attempt(array, "d", array("i", [1]))
attempt(array, "i", array("d", [1.0]))
attempt(array, "i", [1], 2)
attempt(lambda: array("i", x=1))
attempt(lambda: array("i") * 1.5)
attempt(lambda: 1.5 * array("i"))
attempt(array("i").__getitem__, 2 ** 70)
attempt(array("i", [1]).__delitem__, 5)
attempt(array("i", [1]).insert, 1.5, 1)
attempt(array("i", [1]).index, 1, "x")
attempt(array("d").append, 2 ** 2000)
attempt(array("f").append, 1e300)
attempt(array("d", [1]).__setitem__, 0, "x")
attempt(array("i", [1]).fromfile, io.BytesIO(b""), -1)
attempt(lambda: array("u", "abc").tounicode())
attempt(lambda: array("i", [1, 2, 3]).pop(-4))
attempt(lambda: array("i").frombytes(memoryview(b"\x01\x00\x00\x00")))
attempt(array("h").frombytes, array("h", [3]))
