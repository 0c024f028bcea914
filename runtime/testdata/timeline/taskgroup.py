# A TaskGroup: when one task fails, the group cancels the others.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("早い", 0.5))
            tg.create_task(job("失敗", 1.0, fail=True))
            tg.create_task(job("遅い", 3.0))
    except* ValueError as eg:
        print("失敗しました:", eg.exceptions)


asyncio.run(main())
