# asyncio.run() inside a running loop fails; the coroutine given to it was never awaited,
# and since the error ends the program, CPython reports it last, without the tracemalloc hint.
import asyncio
async def m():
    asyncio.run(m())
asyncio.run(m())
