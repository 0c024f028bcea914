# Type-annotated asyncio code: generic asyncio classes in annotations evaluated at runtime.
from __future__ import annotations

import asyncio
import typing
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from dataclasses import dataclass, field


@dataclass
class Job:
    id: int
    payload: str
    result: str | None = None
    tags: list[str] = field(default_factory=list)


async def produce(n: int) -> AsyncIterator[Job]:
    for i in range(n):
        await asyncio.sleep(0.05)
        yield Job(i, f"p{i}")


async def worker(q: asyncio.Queue[Job], done: list[Job]) -> None:
    while True:
        job = await q.get()
        job.result = job.payload.upper()
        done.append(job)
        q.task_done()


def retry(fn: Callable[[], Awaitable[int]]) -> Callable[[], Coroutine[typing.Any, typing.Any, int]]:
    async def wrapper() -> int:
        return await fn() + 1
    return wrapper


async def main() -> None:
    q: asyncio.Queue[Job] = asyncio.Queue()
    done: list[Job] = []
    w: asyncio.Task[None] = asyncio.create_task(worker(q, done))
    async for job in produce(3):
        await q.put(job)
    await q.join()
    w.cancel()
    print(done)

    async def one() -> int:
        return 1

    print(await retry(one)())
    print(asyncio.Queue[int], asyncio.Future[str], asyncio.Task[None])
    print(typing.get_type_hints(worker)["q"])
    print(worker.__annotations__)
    print(typing.get_args(Callable[[], Awaitable[int]]))


asyncio.run(main())
