import asyncio

async def boom():
    await asyncio.sleep(0.1)
    raise ValueError("bad value")

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(boom())
        tg.create_task(asyncio.sleep(1))

asyncio.run(main())
