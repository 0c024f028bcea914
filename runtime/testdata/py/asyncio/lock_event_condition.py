import asyncio

async def locker(lock, name):
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(1)
    print(name, "released")

async def waiter(ev, name):
    print(name, "waiting")
    await ev.wait()
    print(name, "woke up")

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(locker(lock, "A"), locker(lock, "B"))
    ev = asyncio.Event()
    ws = [asyncio.create_task(waiter(ev, f"w{i}")) for i in range(2)]
    await asyncio.sleep(1)
    print("setting", ev.is_set())
    ev.set()
    await asyncio.gather(*ws)
    cond = asyncio.Condition()
    items = []
    async def consume():
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumed", items.pop())
    c = asyncio.create_task(consume())
    await asyncio.sleep(0)
    async with cond:
        items.append("x")
        cond.notify()
    await c
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
