# arg errors
def t(f, *a, **k):
    try:
        f(*a, **k)
    except TypeError as e:
        print(e)
def f(x, y): pass
def g(a, b, /, c, *, d, e=1): pass
def h(x, y=2, *args, z, **kw): return (x, y, args, z, kw)
def k(): pass
class C:
    def m(self, x): pass
t(f); t(f, 1); t(f, 1, 2, 3); t(f, 1, y=2, x=3); t(f, 1, 2, z=3)
t(g, 1, 2, 3); t(g, a=1, b=2, c=3, d=4); t(g, 1, 2, 3, 4, d=5); t(g, 1)
t(h); t(h, 1, 2, 3); t(k, 1); t(k, x=1); t(C().m); t(C().m, 1, 2); t(C.m)
def z(a, b, c, *, d, e): pass
t(z, 1); t(z, 1, 2, 3); t(z, 1, 2, 3, d=1)
def w(a, b=1): pass
t(w, 1, 2, 3); t(w)
def v(a, *, b): pass
t(v, 1, 2, b=3); t(v, 1, 2)
print(h(1, z=3), h(1, 2, 3, 4, z=5, q=6))
def gg(a, /, **kw): return a, kw
print(gg(1, a=2))
# ---
# defaults and closures
def make(n):
    def add(x, y=n):
        return x + y + n
    return add
a = make(10)
print(a(1), a(1, 2), a.__defaults__, a.__name__, a.__qualname__)
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc
i = counter()
print(i(), i(), i())
print(i.__closure__[0].cell_contents)
fs = [lambda: j for j in range(3)]
print([f() for f in fs])
def outer():
    x = 1
    def inner():
        return x
    x = 2
    return inner
print(outer()())
def kwd(*, a=1, b): return a, b
print(kwd(b=2), kwd.__kwdefaults__)
# ---
# unbound locals
def a():
    print(x)
    x = 1
try:
    a()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def b():
    def c(): return y
    try:
        c()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
b()
try:
    undefined_name
except NameError as e:
    print(e)
# ---
# function attributes and repr shape
def f(a: int, b: str = "x") -> bool:
    "doc"
    return True
print(f.__annotations__, f.__doc__, f.__module__, f.__code__.co_varnames, f.__code__.co_argcount)
f.attr = 5
print(f.attr, f.__dict__)
print(repr(f).startswith("<function f at 0x"))
class K:
    def m(self): pass
print(repr(K.m).startswith("<function K.m at 0x"), repr(K().m).startswith("<bound method K.m of <__main__.K object at 0x"))
print(K().m.__self__.__class__.__name__, K().m.__func__ is K.m, K().m.__name__)
print(K().m == K().m, K.m.__get__(None, K) is K.m)
# ---
# star calls
def f(*a, **k): return a, k
print(f(*[1, 2], *(3,), x=1, **{'y': 2}))
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(e)
try:
    f(**1)
except TypeError as e:
    print(e)
try:
    f(*1)
except TypeError as e:
    print(e)
try:
    print(*1)
except TypeError as e:
    print(e)
try:
    f(1, *[2], **{3: 4})
except TypeError as e:
    print(e)
# ---
# recursion
def r(n):
    return r(n + 1)
try:
    r(0)
except RecursionError as e:
    print(e)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))
# ---
# calls through __call__ and classes
class A:
    def __call__(self, *a, **k):
        return ("called", a, k)
print(A()(1, b=2))
try:
    5()
except TypeError as e:
    print(e)
try:
    "x"()
except TypeError as e:
    print(e)
print(sorted([3, 1, 2], key=lambda x: -x))
print(list(map(lambda x, y: x * y, [1, 2], [3, 4])))
