# Graceful shutdown: a stop Event, workers finishing their current job, then cancel stragglers.
import asyncio


async def worker(name, stop, jobs, log):
    while not stop.is_set():
        try:
            job = await asyncio.wait_for(jobs.get(), 0.2)
        except asyncio.TimeoutError:
            continue
        log.append(f"{name} start {job}")
        await asyncio.sleep(job)
        log.append(f"{name} end {job}")
        jobs.task_done()
    log.append(f"{name} exits")


async def stuck(log):
    try:
        await asyncio.Event().wait()
    except asyncio.CancelledError:
        log.append("stuck cancelled")
        raise


async def main():
    stop = asyncio.Event()
    jobs = asyncio.Queue()
    for d in (0.3, 0.1, 0.7, 0.2, 0.4):
        jobs.put_nowait(d)
    log = []
    workers = [asyncio.create_task(worker(f"w{i}", stop, jobs, log)) for i in range(2)]
    extra = asyncio.create_task(stuck(log))
    await asyncio.sleep(0.5)
    stop.set()
    done, pending = await asyncio.wait(workers + [extra], timeout=1)
    print("done:", len(done), "pending:", len(pending))
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print("\n".join(log))
    print("jobs left:", jobs.qsize(), "time:", round(asyncio.get_running_loop().time(), 2))


asyncio.run(main())
