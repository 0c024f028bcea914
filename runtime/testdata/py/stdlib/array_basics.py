# array: construction, the sequence protocol, methods and conversions.
from array import array
import array as array_module

print(array_module.typecodes, array_module.ArrayType is array)
for code in array_module.typecodes:
    a = array(code)
    print(code, a.itemsize, a.typecode, repr(a))

a = array("i", [3, 1, 4, 1, 5])
print(a, len(a), a[0], a[-1], a[1:3], a[::-2], 4 in a, 9 in a)
a.append(9)
a.extend([2, 6])
a.insert(0, 7)
a.insert(-100, 8)
a.insert(100, 0)
print(a, a.count(1), a.index(1), a.index(1, 3), a.pop(), a.pop(0), a)
a.remove(1)
a.reverse()
print(a, a.tolist(), list(a), sorted(a), sum(a), max(a))
a[1] = 100
a[2:4] = array("i", [-1, -2, -3])
del a[0]
print(a)
del a[::2]
print(a)
a[::2] = array("i", [0] * len(a[::2]))
print(a)
print(a + array("i", [1]), array("b", [1, 2]) * 2, 2 * array("b", [3]), array("h") * 5)
b = array("h", [1, 2])
b += array("h", [3])
b *= 2
print(b)
print(array("d", [1.5, 0.1]), array("f", [0.1]), array("u", "héllo"))
print(array("u", "abc").tounicode(), array("u", "ab").tolist())
u = array("u")
u.fromunicode("xyz")
print(u, u[1])
raw = array("h", [1, 256, -1]).tobytes()
print(raw, array("h", raw), array("B", b"\x01\x02"))
c = array("H")
c.frombytes(b"\x01\x00\x02\x00")
c.fromlist([3, 4])
print(c)
c.byteswap()
print(c, c.buffer_info()[1])
print(array("i", [1, 2]) == array("d", [1.0, 2.0]), array("i", [1, 2]) < array("i", [1, 3]))
print(array("i", [1, 2]) != array("i", [1, 2]), array("b", [1]) >= array("b", []), array("i") == [])
print(array("I", [2**32 - 1]), array("L", [2**64 - 1]), array("q", [-2**63]), array("Q", [2**64 - 1]))
print(array("b", [-128, 127]), array("B", [0, 255]), array("f", [1, 2]), array("d", [True]))
it = iter(array("i", [10, 20]))
print(type(it).__name__, next(it), list(it))
import copy
d = array("i", [1, 2])
e = copy.copy(d)
e.append(3)
print(d, e, copy.deepcopy(e))


class Tagged(array):
    def total(self):
        return sum(self)


t = Tagged("d", [1.5, 2.5])
t.label = "x"
print(t, t.total(), t.label, type(t[0:1]).__name__, isinstance(t, array))
