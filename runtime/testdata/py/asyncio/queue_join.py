import asyncio

async def worker(name, q):
    while True:
        job = await q.get()
        await asyncio.sleep(job)
        print(f"{name} finished job {job}")
        q.task_done()

async def main():
    q = asyncio.Queue()
    for job in (0.3, 0.1, 0.2, 0.4):
        q.put_nowait(job)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    print("all jobs done at", round(asyncio.get_running_loop().time(), 3))
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])

asyncio.run(main())
