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
