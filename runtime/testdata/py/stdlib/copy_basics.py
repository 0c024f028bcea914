import copy

a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print(a, b, c, b[1] is a[1], c[1] is a[1])

class Point:
    def __init__(self, x, items):
        self.x = x
        self.items = items
    def __repr__(self):
        return f"Point({self.x}, {self.items})"

p = Point(1, [1, 2])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.items.append(3)
print(p2, p3, p2.items is p.items, type(p3).__name__)

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called")
        return Custom(copy.deepcopy(self.v, memo))

copy.copy(Custom(1))
copy.deepcopy([Custom(2)])

cyc = [1]
cyc.append(cyc)
d = copy.deepcopy(cyc)
print(d[1] is d, d is not cyc)

shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is not shared)

t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2))

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
        self.b = 2
s = copy.deepcopy(Slotted())
print(s.a, s.b)

from collections import OrderedDict, defaultdict, Counter, deque, namedtuple
P = namedtuple("P", "x y")
for obj in (OrderedDict(a=[1]), defaultdict(list, {"a": [1]}), Counter("aab"), deque([[1]], maxlen=3), P(1, [2]),
            {1, 2}, frozenset({3}), bytearray(b"ab")):
    cp, dc = copy.copy(obj), copy.deepcopy(obj)
    print(type(cp).__name__, cp == obj, dc == obj, dc is not obj or isinstance(obj, frozenset))
print(copy.copy(len) is len, copy.deepcopy(Point) is Point, copy.Error)
