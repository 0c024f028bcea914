import types
@types.coroutine
def suspend(v):
    r = yield v
    return r
async def child(x):
    got = await suspend(x)
    return got * 2
async def parent():
    a = await child(1)
    b = await child(2)
    return a + b
c = parent()
print(type(c).__name__, repr(c).startswith("<coroutine object parent at"))
print(c.send(None))
print(c.send(10))
try:
    c.send(20)
except StopIteration as e:
    print("result", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
