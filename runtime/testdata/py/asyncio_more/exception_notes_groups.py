# Exceptions with notes and nested groups raised from tasks, printed uncaught.
import asyncio


async def fetch(url):
    await asyncio.sleep(0.1)
    e = ConnectionError(f"cannot reach {url}")
    e.add_note(f"while fetching {url}")
    raise e


async def group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fetch("a"))
        tg.create_task(asyncio.sleep(1))


async def main():
    try:
        await group()
    except* ConnectionError as eg:
        for e in eg.exceptions:
            print(e, e.__notes__)
    async with asyncio.TaskGroup() as outer:
        outer.create_task(group())
        outer.create_task(fetch("b"))


asyncio.run(main())
