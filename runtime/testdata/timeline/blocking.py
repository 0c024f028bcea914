# time.sleep inside a task holds the loop: the ticker's timers wait until it returns.
import asyncio
import time


async def ticker():
    for i in range(3):
        await asyncio.sleep(0.5)
        print("tick", i)


async def blocker():
    time.sleep(2)


async def main():
    await asyncio.gather(ticker(), blocker())


asyncio.run(main())
