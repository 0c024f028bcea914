# Queue, Lock, Event, Condition and Semaphore reprs with waiters.
import asyncio
import re


def r(obj):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(obj))


async def main():
    q = asyncio.Queue(maxsize=1)
    print(r(q), str(q).startswith("<Queue maxsize=1"))
    getters = [asyncio.create_task(q.get()) for _ in range(2)]
    await asyncio.sleep(0)
    print(r(q))
    q.put_nowait(1)
    q.put_nowait(2)
    await asyncio.sleep(0)
    print(r(q))
    await q.put(3)
    putter = asyncio.create_task(q.put(4))
    await asyncio.sleep(0)
    print(r(q))
    q.get_nowait()
    await asyncio.sleep(0)
    print(r(q), putter.done())
    q.task_done()
    print(r(q))

    lock = asyncio.Lock()
    await lock.acquire()
    waiters = [asyncio.create_task(lock.acquire()) for _ in range(3)]
    await asyncio.sleep(0)
    print(r(lock))
    ev = asyncio.Event()
    ew = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print(r(ev))
    cond = asyncio.Condition()
    print(r(cond))
    sem = asyncio.Semaphore(0)
    sw = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    print(r(sem))
    bs = asyncio.BoundedSemaphore(2)
    print(r(bs))
    for t in waiters + getters + [ew, sw, putter]:
        t.cancel()
    await asyncio.sleep(0)
    print(r(lock), r(ev), r(sem))


asyncio.run(main())
