# manual drive
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
# ---
# throw into awaiting coroutine
import types
@types.coroutine
def suspend():
    yield "waiting"
async def worker():
    try:
        await suspend()
    except ValueError as e:
        print("worker caught", e)
        return "recovered"
w = worker()
print(w.send(None))
try:
    w.throw(ValueError("cancel"))
except StopIteration as e:
    print(e.value)
w2 = worker()
w2.send(None)
print(w2.cr_await is not None, w2.cr_running)
w2.close()
print(w2.cr_frame)
# ---
# await errors
async def f():
    await 1
try:
    f().send(None)
except TypeError as e:
    print(e)
class A:
    def __await__(self):
        return 1
async def g():
    await A()
try:
    g().send(None)
except TypeError as e:
    print(e)
async def h():
    return 5
c = h()
try:
    c.send(1)
except TypeError as e:
    print(e)
c.close()
class It:
    def __await__(self):
        yield "a"
        yield "b"
        return "c"
async def k():
    return await It()
c = k()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
# ---
# async with and async for, driven by hand
class CM:
    async def __aenter__(self):
        print("enter")
        return "res"
    async def __aexit__(self, *exc):
        print("exit", exc[0])
        return True
class AIt:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 3:
            raise StopAsyncIteration
        return self.n
async def main():
    async with CM() as r:
        print(r)
        raise ValueError("suppressed")
    async for x in AIt():
        print("item", x)
    print([x async for x in AIt()])
try:
    main().send(None)
except StopIteration as e:
    print("done", e.value)
# ---
# never awaited
async def example():
    return 42
coro = example()
print(type(coro))
def f():
    example()
f()
