# create_task starts fetch at once; main awaits it later.
import asyncio


async def fetch():
    await asyncio.sleep(0.5)
    return 42


async def main():
    t = asyncio.create_task(fetch())
    print("started")
    await asyncio.sleep(0.2)
    print(await t)


asyncio.run(main())
