# A task group whose workers misuse a queue: the uncaught ExceptionGroup shows asyncio's own
# frames, which must read as CPython's (file, line number and source line).
import asyncio


async def take_one(queue):
    return queue.get_nowait()


async def put_one(queue, item):
    queue.put_nowait(item)


async def finish_twice(queue):
    await queue.put(1)
    await queue.get()
    queue.task_done()
    queue.task_done()


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(take_one(asyncio.Queue()))
        full = asyncio.Queue(maxsize=1)
        full.put_nowait("first")
        tg.create_task(put_one(full, "second"))
        tg.create_task(finish_twice(asyncio.Queue()))


asyncio.run(main())
