# Semaphore(2): four jobs, at most two inside at a time.
import asyncio

sem = asyncio.Semaphore(2)


async def job(i):
    async with sem:
        print("in", i)
        await asyncio.sleep(1)
        print("out", i)


async def main():
    await asyncio.gather(*(job(i) for i in range(4)))


asyncio.run(main())
