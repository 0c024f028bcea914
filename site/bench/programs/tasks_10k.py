import asyncio


async def task():
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return 1


async def main():
    print(sum(await asyncio.gather(*(task() for _ in range(10_000)))))


asyncio.run(main())
