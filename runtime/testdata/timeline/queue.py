# A producer puts three items into a queue, one every half second; a consumer gets them.
import asyncio


async def producer(q):
    for i in range(3):
        await asyncio.sleep(0.5)
        await q.put(i)
        print(f"put {i}")
    await q.put(None)


async def consumer(q):
    while (item := await q.get()) is not None:
        print(f"got {item}")


async def main():
    q = asyncio.Queue()
    await asyncio.gather(producer(q), consumer(q))


asyncio.run(main())
