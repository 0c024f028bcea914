# The names and modules of asyncio's classes, as printed by type() and class reprs: Future
# and Task are CPython's accelerated _asyncio classes.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(type(fut), type(asyncio.current_task()), asyncio.Future, asyncio.Task)
    print(asyncio.Future.__qualname__, asyncio.Task.__module__)
    print(type(fut.__await__()))
    print(type(loop.call_soon(print)))
    print(asyncio.Lock, asyncio.Queue, asyncio.CancelledError, asyncio.TimeoutError)
    print(asyncio.Event().__class__.__module__, asyncio.Semaphore.__mro__)
    fut.cancel()


asyncio.run(main())
