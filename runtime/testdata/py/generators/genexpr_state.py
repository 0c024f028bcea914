g = (x * x for x in range(5) if x % 2)
print(sum(g), list(g))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
def ctx():
    try:
        raise KeyError("k")
    except KeyError:
        yield 1
        import sys
        print(repr(sys.exc_info()[1]))
c = ctx()
next(c)
import sys
print(sys.exc_info())
next(c, None)
