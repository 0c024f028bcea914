import types

class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        got = yield ("sleep", self.n)
        return got

async def worker(name):
    print(name, "start")
    r = await Sleep(1)
    print(name, "resumed with", r)
    return name.upper()

coro = worker("w")
print(type(coro).__name__, hasattr(coro, "send"))
print(coro.send(None))
try:
    coro.send("value")
except StopIteration as s:
    print("result", s.value)

async def agen(n):
    for i in range(n):
        yield i * 10

async def consume():
    out = [x async for x in agen(3)]
    async for v in agen(2):
        out.append(v + 1)
    return out

c = consume()
try:
    c.send(None)
except StopIteration as s:
    print("async gen results", s.value)

@types.coroutine
def legacy():
    v = yield "legacy-yield"
    return v

async def uses_legacy():
    return await legacy()

u = uses_legacy()
print(u.send(None))
try:
    u.send(99)
except StopIteration as s:
    print("legacy returned", s.value)
c2 = worker("x")
c2.close()
print("closed without running")
