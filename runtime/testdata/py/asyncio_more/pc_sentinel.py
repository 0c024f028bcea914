# Producer/consumer with a None sentinel per consumer, as in many tutorials.
import asyncio
import random

random.seed(7)


async def producer(queue, n, consumers):
    for i in range(n):
        delay = random.randint(1, 5) / 10
        await asyncio.sleep(delay)
        item = f"item-{i}"
        await queue.put(item)
        print(f"produced {item} (qsize={queue.qsize()})")
    for _ in range(consumers):
        await queue.put(None)
    print("producer done")


async def consumer(name, queue, results):
    while True:
        item = await queue.get()
        if item is None:
            print(f"{name} got sentinel")
            queue.task_done()
            break
        await asyncio.sleep(0.3)
        results.append((name, item))
        print(f"{name} consumed {item}")
        queue.task_done()
    return name


async def main():
    queue = asyncio.Queue(maxsize=2)
    results = []
    loop = asyncio.get_running_loop()
    start = loop.time()
    consumers = [asyncio.create_task(consumer(f"c{i}", queue, results)) for i in range(3)]
    await producer(queue, 8, len(consumers))
    await queue.join()
    names = await asyncio.gather(*consumers)
    print("names:", names)
    print("count:", len(results), "elapsed:", round(loop.time() - start, 2))
    print("empty:", queue.empty(), "full:", queue.full())


asyncio.run(main())
