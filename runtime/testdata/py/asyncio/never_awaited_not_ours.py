# A function whose loop variable never reads the coroutines it walks over does not own
# them: the list still holds them, and they are awaited later. No warning.
import asyncio

async def job(i):
    await asyncio.sleep(0)
    return i

def count(coros):
    n = 0
    for c in coros:
        n += 1
    return n

async def main():
    coros = [job(i) for i in range(3)]
    print(count(coros))
    print(await asyncio.gather(*coros))

asyncio.run(main())
