# basics
def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print("got", x)
    return "done"
g = gen(3)
print(next(g), g.send("a"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, e.args)
print(list(gen(4)))
print(repr(g).startswith("<generator object gen at"), g.gi_running, g.gi_frame, g.gi_code.co_name)
# ---
# send errors
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
# ---
# throw and close
def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", e)
        yield 3
    finally:
        print("cleanup")
g = gen()
print(next(g))
print(g.throw(ValueError("boom")))
g.close()
g2 = gen()
next(g2)
try:
    g2.throw(KeyError, "k")
except KeyError as e:
    print("propagated", repr(e))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)
def fresh():
    print("never")
    yield
fresh().close()
# ---
# pep 479
def bad():
    yield 1
    raise StopIteration("x")
try:
    list(bad())
except RuntimeError as e:
    print(e, repr(e.__cause__))
# ---
# yield from
def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    return ("ret", y)
def outer():
    r = yield from inner()
    print("outer got", r)
    yield from [10, 20]
    return "end"
g = outer()
print(next(g), g.send("a"), g.send("b"), next(g))
try:
    next(g)
except StopIteration as e:
    print(e.value)
def thrower():
    try:
        yield 1
    except KeyError:
        yield "handled in inner"
def deleg():
    yield from thrower()
    yield "after"
d = deleg()
next(d)
print(d.throw(KeyError), next(d))
def closer():
    try:
        yield 1
    finally:
        print("inner closed")
def deleg2():
    try:
        yield from closer()
    finally:
        print("outer closed")
d = deleg2()
next(d)
print(d.gi_yieldfrom is not None)
d.close()
# ---
# generator expressions and state
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
