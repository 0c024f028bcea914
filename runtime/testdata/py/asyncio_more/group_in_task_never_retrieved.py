# An ExceptionGroup stored in a task nobody awaits, and chained exceptions inside tasks.
import asyncio


async def child(n):
    await asyncio.sleep(0.01 * n)
    raise OSError(f"child {n}")


async def group_owner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(1))
        tg.create_task(child(2))


async def chained():
    try:
        await child(3)
    except OSError as e:
        raise RuntimeError("wrapped") from e


async def hidden():
    try:
        await child(4)
    except OSError:
        raise LookupError("context hidden") from None


async def main():
    tasks = [asyncio.create_task(group_owner(), name="owner")]
    await asyncio.sleep(0.1)
    for coro in (chained(), hidden()):
        try:
            await coro
        except Exception as e:
            print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
    print("owner done:", tasks[0].done())


asyncio.run(main())
