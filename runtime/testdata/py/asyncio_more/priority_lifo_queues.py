# PriorityQueue and LifoQueue ordering, get_nowait/put_nowait errors, queue reprs.
import asyncio
import re


def r(q):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(q))


async def main():
    pq = asyncio.PriorityQueue()
    for prio, job in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
        pq.put_nowait((prio, job))
    print(r(pq), str(pq) == repr(pq))
    while not pq.empty():
        print(await pq.get())
    lq = asyncio.LifoQueue(maxsize=2)
    lq.put_nowait("a")
    lq.put_nowait("b")
    try:
        lq.put_nowait("c")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print(r(lq))
    print(lq.get_nowait(), lq.get_nowait())
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), timeout=0.5)
    except asyncio.TimeoutError:
        print("get timed out, qsize", q.qsize(), r(q))
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(r(q))
    q.put_nowait("late")
    print(await getter)
    try:
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    print(q.maxsize, lq.maxsize, asyncio.Queue(0).full())


asyncio.run(main())
