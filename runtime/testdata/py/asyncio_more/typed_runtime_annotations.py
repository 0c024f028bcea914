# Annotations evaluated at definition time (no __future__ import) using asyncio generics.
import asyncio
from typing import AsyncGenerator, Awaitable, Optional


async def ticker(n: int) -> AsyncGenerator[int, None]:
    for i in range(n):
        yield i
        await asyncio.sleep(0)


async def maybe(f: Optional[asyncio.Future[int]] = None) -> Awaitable[int] | None:
    return f


async def main() -> None:
    q: asyncio.Queue[str] = asyncio.Queue(maxsize=2)
    await q.put("a")
    print(q.get_nowait(), [i async for i in ticker(3)], await maybe())
    print(main.__annotations__, maybe.__annotations__["f"])
    print(asyncio.Queue[int].__origin__ is asyncio.Queue, asyncio.Queue[int]().maxsize)


asyncio.run(main())
