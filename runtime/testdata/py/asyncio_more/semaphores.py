# Semaphore limiting concurrency; BoundedSemaphore over-release; reprs.
import asyncio
import re


def r(obj):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(obj))


async def download(sem, i, active, peak):
    async with sem:
        active.append(i)
        peak[0] = max(peak[0], len(active))
        await asyncio.sleep(0.5 + (i % 3) / 10)
        active.remove(i)
        return i


async def main():
    sem = asyncio.Semaphore(3)
    print(r(sem))
    active, peak = [], [0]
    tasks = [asyncio.create_task(download(sem, i, active, peak)) for i in range(10)]
    await asyncio.sleep(0.1)
    print("locked:", sem.locked(), r(sem))
    res = await asyncio.gather(*tasks)
    print(res, "peak:", peak[0], "time:", round(asyncio.get_running_loop().time(), 2))

    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    s = asyncio.Semaphore(0)
    s.release()
    s.release()
    print("plain semaphore value after releases:", s._value, s.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    # A waiter cancelled while waiting does not consume a slot.
    s = asyncio.Semaphore(1)
    await s.acquire()
    w = asyncio.create_task(s.acquire())
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.sleep(0)
    s.release()
    print("cancelled waiter:", w.cancelled(), "locked:", s.locked())
    print(await asyncio.wait_for(s.acquire(), 1), s.locked())


asyncio.run(main())
