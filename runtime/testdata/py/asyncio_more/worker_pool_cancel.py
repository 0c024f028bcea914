# A worker pool that is cancelled once the queue is drained (docs' Queue example style).
import asyncio


async def worker(name, queue, log):
    while True:
        sleep_for = await queue.get()
        try:
            await asyncio.sleep(sleep_for)
            log.append(f"{name} slept {sleep_for}")
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue()
    total = 0
    for i in range(12):
        delay = (i * 37 % 10) / 20
        total += delay
        queue.put_nowait(delay)
    log = []
    tasks = [asyncio.create_task(worker(f"worker-{i}", queue, log), name=f"w{i}") for i in range(3)]
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await queue.join()
    elapsed = loop.time() - t0
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for line in log:
        print(line)
    print([type(r).__name__ for r in results])
    print([t.cancelled() for t in tasks])
    print(f"3 workers slept in parallel for {elapsed:.2f} seconds")
    print(f"total expected sleep time: {total:.2f} seconds")
    print(repr(tasks[0]).split(' coro=')[0])


asyncio.run(main())
