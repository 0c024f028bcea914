import asyncio

N = 200_000

async def producer(q):
    for i in range(N):
        await q.put(i)
    await q.put(None)

async def consumer(q):
    total = 0
    while (item := await q.get()) is not None:
        total += item
    return total

async def main():
    q = asyncio.Queue(maxsize=100)
    _, total = await asyncio.gather(producer(q), consumer(q))
    print(total)

asyncio.run(main())
