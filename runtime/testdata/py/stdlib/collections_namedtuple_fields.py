from collections import namedtuple
Point = namedtuple("Point", ["x", "y"], defaults=[0])
p = Point(1)
print(p, Point.x, Point.y.__doc__, p.x, p[1], Point._field_defaults, Point._fields)
for action in ["set", "del"]:
    try:
        if action == "set":
            p.x = 10
        else:
            del p.y
    except AttributeError as e:
        print(action, e)
try:
    p.z = 1
except AttributeError as e:
    print(e)
class P3(Point):
    __slots__ = ()
    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(P3(3, 4).norm, P3(3, 4), P3._make([5, 6]).x)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print(e)
try:
    namedtuple("Bad", "def x")
except ValueError as e:
    print(e)
R = namedtuple("R", "a def a", rename=True)
print(R._fields, R(1, 2, 3))
print(Point(x=1, y=2) == (1, 2), hash(Point(1, 2)) == hash((1, 2)))
x, y = Point(7, 8)
print(x, y, *Point(9, 10))
