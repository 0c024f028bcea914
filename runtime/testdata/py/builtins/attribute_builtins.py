# getattr/setattr/hasattr/delattr, vars, dir, callable, isinstance, issubclass.
class Point:
    z = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(getattr(p, "x"), getattr(p, "missing", "default"), hasattr(p, "y"), hasattr(p, "w"))
setattr(p, "w", 5)
print(vars(p))
delattr(p, "w")
print(sorted(vars(p)))
print([n for n in dir(p) if not n.startswith("__")])
print(callable(p), callable(Point), callable(len), callable(3))
print(isinstance(p, Point), isinstance(3, (str, int)), issubclass(bool, int), issubclass(Point, object))
try:
    getattr(p, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(p, 3)
except TypeError as e:
    print("TypeError:", e)


def f():
    local_a = 1
    return sorted(locals())


print(f(), "Point" in globals(), "__name__" in dir())
