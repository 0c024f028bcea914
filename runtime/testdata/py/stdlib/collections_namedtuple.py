from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, len(p))
print(p._asdict(), p._replace(x=10), Point._make([5, 6]))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple))
print(Point.__doc__, Point.__name__, Point.x.__doc__)
P3 = namedtuple("P3", "a b c", defaults=[0, 1])
print(P3(5), P3(5, c=9), P3._field_defaults)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, z=3)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, x=2)
except TypeError as e:
    print("TypeError:", e)
try:
    P3()
except TypeError as e:
    print("TypeError:", e)
try:
    Point._make([1])
except TypeError as e:
    print("TypeError:", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
R = namedtuple("R", ["abc", "def", "abc", "_x"], rename=True)
print(R._fields)
for bad in (["a", "a"], ["_a"], ["class"], ["1x"]):
    try:
        namedtuple("Bad", bad)
    except ValueError as e:
        print("ValueError:", e)
print(Point.__new__.__qualname__, Point._make.__qualname__)
class Sub(Point):
    def norm(self):
        return self.x ** 2 + self.y ** 2
print(Sub(3, 4), Sub(3, 4).norm())
One = namedtuple("One", "v")
print(One(1), One.__doc__)
