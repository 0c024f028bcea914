# A TaskGroup with many failing children: the printed group is truncated after 15.
import asyncio


async def fail(i):
    await asyncio.sleep(i / 100)
    raise ValueError(f"task {i}")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(20):
                tg.create_task(fail(i))
    except ExceptionGroup as eg:
        print(len(eg.exceptions), eg.exceptions[0], eg.exceptions[-1])
        raise


asyncio.run(main())
