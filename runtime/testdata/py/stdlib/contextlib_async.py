import asyncio
from contextlib import asynccontextmanager, AsyncExitStack, aclosing, nullcontext

@asynccontextmanager
async def session(name):
    print("open", name)
    try:
        yield name.title()
    finally:
        print("close", name)

class Gen:
    async def aclose(self):
        print("aclosed")

async def main():
    async with session("db") as s:
        print("using", s)
    try:
        async with session("net"):
            raise ValueError("bad")
    except ValueError as e:
        print("caught", e)
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(session("a"))
        b = await stack.enter_async_context(session("b"))
        async def cb(x):
            print("async callback", x)
        stack.push_async_callback(cb, 1)
        stack.callback(print, "sync callback")
        print("body", a, b)
    async with aclosing(Gen()):
        print("in aclosing")
    async with nullcontext("n") as n:
        print(n)

asyncio.run(main())
