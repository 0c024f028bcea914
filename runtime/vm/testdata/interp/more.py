# generator exception state and frames
import sys
def g():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]
it = g()
print(repr(next(it)))
try:
    raise KeyError("outer")
except KeyError:
    print(repr(next(it)))
print(repr(next(it)))
def frames():
    f = sys._getframe()
    yield f.f_code.co_name, f.f_lineno
print(list(frames()))
# ---
# closures over loop variables and cells as args
def make():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    return fs
print([f() for f in make()])
def cellarg(x):
    def get():
        return x
    x += 1
    return get
print(cellarg(1)())
def shadow():
    x = 1
    def inner():
        nonlocal x
        x = 2
    inner()
    return x
print(shadow())
def deep():
    a = 1
    def l1():
        def l2():
            def l3():
                return a
            return l3()
        return l2()
    return l1()
print(deep())
# ---
# class features from the interpreter side
class Meta(type):
    def __call__(cls, *a, **k):
        print("meta call", a, k)
        return super().__call__(*a, **k)
class A(metaclass=Meta):
    def __init__(self, x=0):
        self.x = x
a = A(5, )
print(a.x)
class P:
    @property
    def v(self):
        return 1
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls):
        return cls.__name__
print(P().v, P.s(2), P().s(3), P.c(), P().c())
class Q(P):
    def c2(self):
        return super().c()
print(Q().c2())
class Slots:
    __slots__ = ("a",)
s = Slots()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print(e)
class WithCall:
    def method(self, *args, key=None):
        return args, key
w = WithCall()
print(w.method(1, 2, key=3), WithCall.method(w, 4))
m = w.method
print(m(5), m.__name__)
# ---
# while loops, comparisons, chained and augmented operators
i = 0
total = 0
while i < 10:
    if i % 2 == 0 and not i == 4:
        total += i
    elif i > 7 or i < 1:
        total -= 1
    i += 1
print(total, 1 < 2 < 3, 1 < 3 < 2, 2 == 2.0, "a" < "b" <= "b")
x = [1, 2]
x += [3]
x *= 2
print(x, 7 // 2, -7 // 2, 7 % -3, 2 ** 10, 2 ** -1, 10 / 4, 1 << 70, -(2**63), 2**63 - 1 + 1)
d = {"a": 1}
d["a"] += 5
print(d, [1, 2, 3][-1], (1, 2)[0], "abc"[1], None is None, 1 is not None, 3 in [1, 3])
print(1.5 + 2, 3 - 0.5, 2 * 1.5, 1e308 * 10, float("inf") - float("inf"))
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    5 % 0
except ZeroDivisionError as e:
    print(e)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 3037000500 * 3037000500, -(-9223372036854775808))
# ---
# f-strings and formatting ops
name = "世界"
v = 3.14159
print(f"{name!r} {v:.2f} {v!s} {42:>5} {'x'!a} {'é'!a}")
print(f"{1+1=}", f"{name=!s}")
# ---
# comprehensions and scopes
y = 10
print([y * i for i in range(3)], {i: i * i for i in range(3)}, {i % 2 for i in range(5)})
print(list(i for i in range(3)))
class C:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(C.doubled)
matrix = [[i * j for j in range(3)] for i in range(3)]
print(matrix, [x for row in matrix for x in row if x])
# ---
# del and unbound
a = 1
del a
try:
    a
except NameError as e:
    print(e)
def f():
    b = 1
    del b
    return b
try:
    f()
except UnboundLocalError as e:
    print(e)
lst = [1, 2, 3]
del lst[0]
print(lst)
class O: pass
o = O()
o.x = 1
del o.x
print(hasattr(o, "x"))
