# array: the errors and their messages.
from array import array


def attempt(f, *args):
    try:
        print(f(*args))
    except (TypeError, ValueError, OverflowError, IndexError, EOFError) as e:
        print(type(e).__name__ + ":", e)


for code, values in [("b", [128, -129]), ("B", [256, -1]), ("h", [2**15, -2**15 - 1]),
                     ("H", [2**16, -1]), ("i", [2**31, -2**31 - 1]), ("I", [2**32, -1]),
                     ("l", [2**63]), ("L", [2**64, -1]), ("q", [2**63]), ("Q", [2**64, -1])]:
    for v in values:
        attempt(array(code).append, v)
attempt(array("i").append, 1.5)
attempt(array("i").append, "x")
attempt(array("d").append, "x")
attempt(array("u").append, "ab")
attempt(array("u").append, 1)
attempt(array, 1)
attempt(array, "z")
attempt(array, "ii")
attempt(array, "i", "abc")
attempt(array, "i", b"abc")
attempt(array, "i", [1, "x"])
attempt(array)
a = array("i", [1, 2, 3])
attempt(a.index, 9)
attempt(a.remove, 9)
attempt(a.pop, 9)
attempt(array("i").pop)
attempt(a.__getitem__, 10)
attempt(a.__getitem__, "x")
attempt(a.__setitem__, 10, 1)
attempt(a.__setitem__, slice(0, 1), [1])
attempt(a.__setitem__, slice(0, 1), array("d", [1.0]))
attempt(a.__setitem__, slice(None, None, 2), array("i", [1]))
attempt(a.__add__, [1])
attempt(a.__add__, array("d"))
attempt(a.__iadd__, [1])
attempt(a.extend, array("d", [1.0]))
attempt(a.extend, 5)
attempt(a.frombytes, b"abc")
attempt(a.frombytes, "abcd")
attempt(a.fromlist, (1,))
attempt(a.fromlist, [4, "x"])
attempt(a.tounicode)
attempt(a.fromunicode, "x")
attempt(array("u").fromunicode, 5)
e = array("i")
attempt(e.extend, [1, "a", 3])
print(a, e)
try:
    hash(a)
except TypeError:
    print("unhashable")
