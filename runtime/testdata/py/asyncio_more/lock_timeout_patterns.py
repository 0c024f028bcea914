# Acquiring locks and semaphores with timeouts, and fairness between waiters.
import asyncio


async def holder(lock, hold):
    async with lock:
        await asyncio.sleep(hold)


async def try_acquire(lock, name, timeout, log):
    try:
        await asyncio.wait_for(lock.acquire(), timeout)
    except asyncio.TimeoutError:
        log.append(f"{name} gave up")
        return
    try:
        log.append(f"{name} got the lock at {asyncio.get_running_loop().time():.1f}")
        await asyncio.sleep(0.2)
    finally:
        lock.release()


async def main():
    lock = asyncio.Lock()
    log = []
    h = asyncio.create_task(holder(lock, 1))
    await asyncio.sleep(0)
    await asyncio.gather(try_acquire(lock, "patient", 5, log), try_acquire(lock, "impatient", 0.5, log),
                         try_acquire(lock, "second", 2, log))
    await h
    print("\n".join(log))
    print("locked at end:", lock.locked())

    sem = asyncio.Semaphore(2)
    order = []

    async def job(i):
        async with sem:
            order.append(i)
            await asyncio.sleep(0.1)

    await asyncio.gather(*(job(i) for i in range(6)))
    print(order)


asyncio.run(main())
