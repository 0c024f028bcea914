# asyncio.Runner: runs without a context of their own share one copy of the context the
# runner was initialised in; an explicit context is used as it is; asyncio.run starts afresh.
import asyncio, contextvars

v = contextvars.ContextVar("v", default=0)

async def show():
    return v.get()

async def bump():
    v.set(v.get() + 10)
    return v.get()

ctx = contextvars.copy_context()
ctx.run(v.set, 5)
with asyncio.Runner() as runner:
    print(runner.run(show(), context=ctx), runner.run(show()))
    print(runner.run(bump()), runner.run(bump()), runner.run(show()))
    print(runner.run(bump(), context=ctx), ctx[v])
print(v.get())
print(asyncio.run(bump()), asyncio.run(bump()))
