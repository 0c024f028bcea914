def gen():
    yield 1
g = gen()
try:
    g.send(1)
except TypeError as e:
    print(e)
print(next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
try:
    g.send(5)
except StopIteration:
    print("still exhausted")
def selfref():
    yield next(me)
me = selfref()
try:
    next(me)
except ValueError as e:
    print(e)
