class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
    def __bool__(self):
        return bool(self.x or self.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __contains__(self, v):
        return v in (self.x, self.y)
    def __call__(self, z):
        return self.x + self.y + z
    def __neg__(self):
        return Vec(-self.x, -self.y)

v = Vec(1, 2)
print(v + Vec(3, 4), v * 3, 2 * v, -v, v == Vec(1, 2), v != Vec(0, 0))
print(len(v), v[1], list(v), bool(Vec(0, 0)), 2 in v, v(10), sorted([Vec(2, 0), Vec(1, 5)]))
print({v: "found"}[Vec(1, 2)], max(Vec(0, 1), Vec(0, 2)), str(v), f"{v}", f"{v!r}")
a, b = v
print(a, b)

class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return True

with Ctx() as c:
    print("inside", type(c).__name__)
    raise ValueError("suppressed")
print("after")
try:
    Vec(1, 2) < 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    Vec(1, 2) + 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    1 < Vec(1, 1)
except TypeError as e:
    print("TypeError:", e)
