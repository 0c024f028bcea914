# Timeouts inside a task group: wait_for, asyncio.timeout and a failing awaited coroutine,
# all at the same virtual second. The group's traceback shows asyncio's sleep, wait_for and
# Timeout.__aexit__ frames.
import asyncio


async def slow_answer():
    await asyncio.sleep(30)
    return 42


async def with_wait_for():
    return await asyncio.wait_for(slow_answer(), timeout=1)


async def with_timeout_block():
    async with asyncio.timeout(1):
        await asyncio.sleep(30)


async def failing_inner():
    await asyncio.sleep(1)
    raise LookupError("no such record")


async def wait_for_failure():
    return await asyncio.wait_for(failing_inner(), timeout=10)


async def no_timeout_failure():
    return await asyncio.wait_for(failing_inner(), timeout=None)


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(with_wait_for())
        tg.create_task(with_timeout_block())
        tg.create_task(wait_for_failure())
        tg.create_task(no_timeout_failure())


asyncio.run(main())
