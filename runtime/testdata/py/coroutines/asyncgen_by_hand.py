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
