# Misused synchronisation primitives inside a task group: the group's traceback shows the
# lines of asyncio's locks module where each error is raised.
import asyncio


async def release_unheld():
    asyncio.Lock().release()


async def notify_unheld():
    asyncio.Condition().notify()


async def release_too_often():
    sem = asyncio.BoundedSemaphore(1)
    async with sem:
        pass
    sem.release()


async def wait_unheld():
    await asyncio.Condition().wait()


async def broken_barrier(barrier):
    await barrier.wait()


async def abort_later(barrier):
    await asyncio.sleep(1)
    await barrier.abort()


async def main():
    barrier = asyncio.Barrier(3)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(release_unheld())
        tg.create_task(notify_unheld())
        tg.create_task(release_too_often())
        tg.create_task(wait_unheld())
        tg.create_task(broken_barrier(barrier))
        tg.create_task(abort_later(barrier))


asyncio.run(main())
