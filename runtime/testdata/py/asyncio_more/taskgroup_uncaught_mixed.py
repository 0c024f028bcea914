# A TaskGroup with two failing children, left uncaught: the printed ExceptionGroup.
import asyncio


async def fail_value():
    await asyncio.sleep(0.1)
    raise ValueError("bad value")


async def fail_key():
    await asyncio.sleep(0.2)
    raise KeyError("missing")


async def sleeper():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("sleeper cancelled")
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail_value())
        tg.create_task(sleeper())
        tg.create_task(fail_key())
        tg.create_task(fail_key())
    print("not reached")


asyncio.run(main())
