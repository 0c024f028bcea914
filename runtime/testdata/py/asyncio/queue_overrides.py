# Queues whose methods are overridden (on a subclass or on the instance), whose attributes
# were replaced, and whose waiters are cancelled must behave exactly as CPython's do, even
# though plain queues take a faster path.
import asyncio


class Logged(asyncio.Queue):
    def _put(self, item):
        print("  _put", item)
        super()._put(item)

    def _get(self):
        item = super()._get()
        print("  _get", item)
        return item


class AlwaysFull(asyncio.Queue):
    def full(self):
        return True


class Counting(asyncio.Queue):
    def _wakeup_next(self, waiters):
        print("  wakeup", len(waiters))
        super()._wakeup_next(waiters)


async def main():
    q = Logged(maxsize=2)
    await q.put(1)
    await q.put(2)
    print(await q.get(), await q.get(), q.qsize(), q._unfinished_tasks)

    q = asyncio.PriorityQueue()
    for x in (5, 1, 3):
        await q.put(x)
    print([await q.get() for _ in range(3)])

    q = asyncio.LifoQueue()
    for x in "abc":
        await q.put(x)
    print([await q.get() for _ in range(3)])

    q = AlwaysFull()
    try:
        await asyncio.wait_for(q.put(1), 0.1)
    except asyncio.TimeoutError:
        print("AlwaysFull timed out", q.qsize(), len(q._putters))

    q = Counting(maxsize=1)
    await q.put("x")
    print(await q.get())

    # Overriding a method on the instance itself.
    q = asyncio.Queue()
    q.empty = lambda: True
    try:
        await asyncio.wait_for(q.get(), 0.1)
    except asyncio.TimeoutError:
        print("instance empty() honoured", q.qsize())

    # A queue whose _queue is a list, and whose maxsize is a float.
    q = asyncio.Queue(maxsize=2.5)
    await q.put(1)
    await q.put(2)
    await q.put(3)
    print("float maxsize", q.full(), q.qsize())
    q._queue = list(q._queue)
    q._get = lambda: q._queue.pop(0)
    print(await q.get(), q.qsize())

    # The unfinished-task count and the finished event.
    q = asyncio.Queue()
    await q.put("job")
    print(q._finished.is_set(), q._unfinished_tasks)
    await q.get()
    q.task_done()
    print(q._finished.is_set(), q._unfinished_tasks)
    await q.join()

    # Waiting getters and putters, cancellation in between.
    q = asyncio.Queue(maxsize=1)
    order = []

    async def getter(name):
        order.append((name, await q.get()))

    g1 = asyncio.create_task(getter("g1"))
    g2 = asyncio.create_task(getter("g2"))
    g3 = asyncio.create_task(getter("g3"))
    await asyncio.sleep(0)
    print(q)
    g2.cancel()
    await q.put(1)
    await q.put(2)
    await q.put(3)
    await asyncio.sleep(0)
    print(order, g2.cancelled(), q)

    print(q.get_nowait())
    await q.put(4)
    p = asyncio.create_task(q.put(5))
    await asyncio.sleep(0)
    print(q)
    p.cancel()
    await asyncio.sleep(0)
    print(p.cancelled(), q.get_nowait(), q.qsize(), q)
    await g1
    await g3

    # Forgetting await: the put never happens.
    q = asyncio.Queue()
    q.put_nowait(1)
    c = q.put(2)
    print(q.qsize())
    await c
    print(q.qsize(), q.get_nowait(), await q.get())


asyncio.run(main())
