import asyncio

async def worker(sem, i, done):
    async with sem:
        await asyncio.sleep(0.01)
        done.append(i)

async def main():
    sem = asyncio.Semaphore(10)
    done = []
    await asyncio.gather(*(worker(sem, i, done) for i in range(10_000)))
    print(len(done), round(asyncio.get_running_loop().time(), 2))

asyncio.run(main())
