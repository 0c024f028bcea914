# A three-stage pipeline joined by queues, shut down with sentinels.
import asyncio

DONE = object()


async def source(out, n):
    for i in range(n):
        await out.put(i)
        await asyncio.sleep(0.05)
    await out.put(DONE)


async def stage(name, inq, outq, fn, delay):
    count = 0
    while (item := await inq.get()) is not DONE:
        await asyncio.sleep(delay)
        await outq.put(fn(item))
        count += 1
    await outq.put(DONE)
    print(f"{name} processed {count}")


async def sink(inq):
    results = []
    while True:
        item = await inq.get()
        if item is DONE:
            return results
        results.append(item)


async def main():
    q1, q2, q3 = asyncio.Queue(), asyncio.Queue(maxsize=1), asyncio.Queue()
    loop = asyncio.get_running_loop()
    start = loop.time()
    _, _, _, results = await asyncio.gather(
        source(q1, 6),
        stage("square", q1, q2, lambda x: x * x, 0.1),
        stage("label", q2, q3, lambda x: f"<{x}>", 0.02),
        sink(q3),
    )
    print(results)
    print("elapsed", round(loop.time() - start, 2))


asyncio.run(main())
