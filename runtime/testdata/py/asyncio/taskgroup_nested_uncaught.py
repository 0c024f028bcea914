import asyncio

async def fail():
    await asyncio.sleep(0.1)
    raise ValueError("nested")

async def group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail())

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(group())
        tg.create_task(fail())

asyncio.run(main())
