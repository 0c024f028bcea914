import asyncio

async def limited(sem, i, loop):
    async with sem:
        print(f"{loop.time():.1f} start {i}")
        await asyncio.sleep(1)
        print(f"{loop.time():.1f} end {i}")

async def main():
    loop = asyncio.get_running_loop()
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(limited(sem, i, loop) for i in range(5)))
    print(sem.locked(), loop.time())
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
