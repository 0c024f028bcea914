# asynccontextmanager used as a decorator, nested async with, and suppress/closing helpers.
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def timed(label, log):
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        yield
    finally:
        log.append(f"{label}: {loop.time() - start:.2f}s")


class Conn:
    def __init__(self, log):
        self.log = log

    async def aclose(self):
        await asyncio.sleep(0.05)
        self.log.append("conn closed")


async def main():
    log = []

    @timed("decorated", log)
    async def work():
        await asyncio.sleep(0.3)
        return "worked"

    print(await work())
    async with timed("outer", log), timed("inner", log):
        await asyncio.sleep(0.2)
    async with contextlib.aclosing(Conn(log)) as c:
        log.append(f"using {type(c).__name__}")
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(asyncio.sleep(1), 0.1)
        log.append("not reached")
    async with contextlib.AsyncExitStack() as stack:
        await stack.enter_async_context(timed("stacked", log))
        await asyncio.sleep(0.1)
    print("\n".join(log))


asyncio.run(main())
