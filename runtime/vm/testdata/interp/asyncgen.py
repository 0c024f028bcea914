# async generator driven by hand
import types
@types.coroutine
def suspend(v):
    return (yield v)
async def agen():
    try:
        x = await suspend("tick")
        yield x
        yield 2
    finally:
        print("agen finally")
async def main():
    ag = agen()
    print(type(ag).__name__, repr(ag).startswith("<async_generator object agen at"))
    async for v in ag:
        print("value", v)
    return "main done"
m = main()
print(m.send(None))
try:
    m.send("from loop")
except StopIteration as e:
    print(e.value)
# ---
# asend athrow aclose
async def agen():
    try:
        v = yield 1
        print("sent", v)
        yield 2
    except ValueError:
        yield "caught"
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
ag = agen()
print(run(ag.__anext__()))
print(run(ag.asend("hello")))
print(run(ag.athrow(ValueError)))
print(run(ag.aclose()))
try:
    run(ag.__anext__())
except StopAsyncIteration:
    print("stopped")
a = agen()
print(run(a.aclose()))
# ---
# async generator errors
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
s = stubborn()
run(s.__anext__())
try:
    run(s.aclose())
except RuntimeError as e:
    print(e)
async def raiser():
    yield 1
    raise StopAsyncIteration
r = raiser()
run(r.__anext__())
try:
    run(r.__anext__())
except RuntimeError as e:
    print(e)
aw = raiser().__anext__()
run(aw)
try:
    aw.send(None)
except RuntimeError as e:
    print(e)
