import asyncio

async def main():
    q = asyncio.Queue()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(q)
    getter.cancel()
    await asyncio.sleep(0)
    print(getter.cancelled(), q)
    q.put_nowait(1)
    try:
        await asyncio.wait_for(q.get(), 0)
    except asyncio.TimeoutError:
        print("timeout")
    print(q.qsize())
    try:
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError", e)
    async def slowworker():
        while True:
            x = await q.get()
            await asyncio.sleep(x)
            print("processed", x)
            q.task_done()
    for i in (0.3, 0.1, 0.2):
        q.put_nowait(i)
    workers = [asyncio.create_task(slowworker()) for _ in range(2)]
    await q.join()
    print("all processed", asyncio.get_running_loop().time())
    for w in workers:
        w.cancel()
    pq = asyncio.PriorityQueue()
    await pq.put((2, "b"))
    await pq.put((1, "a"))
    await pq.put((2, "a"))
    print(pq)
    print([await pq.get() for _ in range(3)])

asyncio.run(main())
