import functools
from functools import partial, reduce, wraps, lru_cache, cache, total_ordering, cmp_to_key, cached_property

def power(base, exp=2):
    return base ** exp

square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(4), cube(2), square.args, square.keywords, square.func is power)
p2 = partial(partial(power, 2), exp=5)
print(p2(), p2.args, p2.keywords, p2.func is power)
print(repr(partial(len, [1, 2]))[:40])
print(partial(max, 1, 2, key=abs))
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
print(functools.WRAPPER_ASSIGNMENTS[:5], functools.WRAPPER_UPDATES)

def deco(f):
    @wraps(f)
    def inner(*a):
        """inner doc"""
        return f(*a)
    return inner

@deco
def hello(name):
    """Say hello."""
    return "hello " + name
print(hello("x"), hello.__name__, hello.__doc__, hello.__wrapped__.__name__)

@lru_cache(maxsize=2)
def sq(n):
    print("compute", n)
    return n * n
print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.cache_parameters())

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())

@lru_cache
def ident(x):
    return x
print(ident(1), ident(1.0), ident.cache_info())

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), V.__gt__.__name__)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in vars(c))
