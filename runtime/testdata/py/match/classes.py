from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Line:
    start: Point
    end: Point

class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b

class WithArgs(Plain):
    __match_args__ = ("a", "b")

print(Point.__match_args__)

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return f"vertical line x={x1}"
        case Line(start=Point(x=sx), end=e):
            return f"line from x={sx} to {e}"
        case Point():
            return "somewhere"
        case WithArgs(1, b=b):
            return f"withargs b={b}"
        case Plain(a=a, b=2):
            return f"plain a={a}"
        case Plain(c=_):
            return "has c"
    return "no match"

for v in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Line(Point(1, 2), Point(1, 9)),
          Line(Point(1, 2), Point(3, 4)), WithArgs(1, 7), Plain(9, 2), Plain(9, 3), 5]:
    print(where(v))

for v in [True, 3, 2.5, "s", b"b", bytearray(b"ba"), [1], (1,), {1: 2}, {1}, frozenset({2})]:
    match v:
        case bool(x):
            print("bool", x)
        case int(x):
            print("int", x)
        case float(x) | str(x) | bytes(x):
            print("float/str/bytes", repr(x))
        case bytearray(x):
            print("bytearray", x)
        case list(x) | tuple(x):
            print("list/tuple", x)
        case dict(x) | set(x) | frozenset(x):
            print("dict/set", x)

class MyInt(int):
    pass

match MyInt(4):
    case int(n):
        print("subclass matches self", n, type(n).__name__)

import collections
match collections.OrderedDict(a=1):
    case dict(d):
        print("OrderedDict as dict", dict(d))
