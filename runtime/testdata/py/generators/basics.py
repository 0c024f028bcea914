def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    return "liftoff"

g = countdown(3)
print(type(g).__name__, next(g), list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

def echo():
    received = None
    while True:
        received = yield f"got {received}"
        if received == "stop":
            return "stopped"

e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send("stop")
except StopIteration as s:
    print("returned", s.value)

def delegate():
    result = yield from countdown(2)
    print("sub returned", result)
    yield "after"
print(list(delegate()))

def closing():
    try:
        yield 1
        yield 2
    finally:
        print("generator closed")
c = closing(); next(c); c.close()
def thrower():
    try:
        yield 1
    except ValueError as err:
        print("caught inside", err)
        yield "recovered"
t = thrower(); next(t); print(t.throw(ValueError("boom")))
print(sum(x * x for x in range(5)), list(zip(*((i, i * 2) for i in range(3)))))
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as err:
    print("RuntimeError:", err)
fresh = countdown(1)
try:
    fresh.send(5)
except TypeError as err:
    print("TypeError:", err)
