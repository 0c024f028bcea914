from functools import lru_cache, cache

calls = []

@lru_cache(maxsize=3)
def square(n):
    calls.append(n)
    return n * n

for n in [1, 2, 3, 1, 4, 2, 5, 1]:
    square(n)
print(calls, square.cache_info())

@lru_cache(maxsize=None)
def count_paths(rows, cols):
    if rows == 1 or cols == 1:
        return 1
    return count_paths(rows - 1, cols) + count_paths(rows, cols - 1)
print(count_paths(12, 12), count_paths.cache_info())

@lru_cache(typed=True)
def kind(x):
    return type(x).__name__
print(kind(1), kind(1.0), kind(True), kind.cache_info(), kind.cache_parameters())

@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1)
nocache(1)
print(nocache.cache_info())

@cache
def kw(a, b=2, *, c=3):
    calls.append(("kw", a, b, c))
    return a + b + c
print(kw(1), kw(1), kw(1, 2), kw(1, b=2), kw(a=1), kw(1, c=3), kw.cache_info())

class Greeter:
    def __init__(self, name):
        self.name = name
    @lru_cache(maxsize=8)
    def greet(self, greeting):
        return f"{greeting}, {self.name}"
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        return self.name == other.name
g = Greeter("ann")
print(g.greet("hi"), g.greet("hi"), Greeter.greet.cache_info(), Greeter.greet.__name__)
try:
    square([1])
except TypeError as e:
    print("TypeError:", e)
try:
    lru_cache("big")
except TypeError as e:
    print("TypeError:", e)
square.cache_clear()
print(square.cache_info(), square.__wrapped__(9))
