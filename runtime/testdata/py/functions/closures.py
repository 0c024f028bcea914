def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = counter()
print(c(), c(), c(10))

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]

print([add(10) for add in make_adders()])
late = [lambda: i for i in range(3)]
print([fn() for fn in late])

x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())

def use_global():
    global x
    x = "changed"
use_global()
print(x)

def fib_memo():
    cache = {}
    def fib(n):
        if n in cache:
            return cache[n]
        cache[n] = n if n < 2 else fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib
print(fib_memo()(50))
print(c.__name__, c.__qualname__, counter.__name__, make_adders()[0].__qualname__)
