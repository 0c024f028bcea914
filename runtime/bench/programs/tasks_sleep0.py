import asyncio

async def hop():
    await asyncio.sleep(0)
    await asyncio.sleep(0)

async def main():
    await asyncio.gather(*(hop() for _ in range(100_000)))
    print("done")

asyncio.run(main())
