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
