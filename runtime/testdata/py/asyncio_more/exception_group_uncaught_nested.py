# Nested TaskGroups failing: the uncaught ExceptionGroup tree as CPython prints it.
import asyncio


async def leaf(kind, delay):
    await asyncio.sleep(delay)
    raise kind(f"{kind.__name__} after {delay}")


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf(ValueError, 0.1))
        tg.create_task(leaf(TypeError, 0.1))


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(inner_group())
        tg.create_task(leaf(KeyError, 0.2))


asyncio.run(main())
