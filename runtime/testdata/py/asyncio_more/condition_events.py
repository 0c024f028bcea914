# Condition with wait_for and notify/notify_all; an Event as start signal.
import asyncio


async def consumer(cond, items, name, log):
    async with cond:
        await cond.wait_for(lambda: items)
        item = items.pop(0)
        log.append(f"{name} took {item}")


async def waiter(event, name, log):
    log.append(f"{name} waiting")
    await event.wait()
    log.append(f"{name} released")


async def main():
    log = []
    start = asyncio.Event()
    ws = [asyncio.create_task(waiter(start, f"w{i}", log)) for i in range(3)]
    await asyncio.sleep(1)
    print("is_set:", start.is_set())
    start.set()
    await asyncio.gather(*ws)
    start.clear()
    print("cleared:", start.is_set())

    cond = asyncio.Condition()
    items = []
    cs = [asyncio.create_task(consumer(cond, items, f"c{i}", log)) for i in range(4)]
    await asyncio.sleep(0.1)
    for i in range(4):
        async with cond:
            items.append(i)
            cond.notify(1 if i % 2 else 2)
        await asyncio.sleep(0.1)
    await asyncio.wait_for(asyncio.gather(*cs), 2)
    print("\n".join(log))

    async def wait_once():
        async with cond:
            return await cond.wait()

    t = asyncio.create_task(wait_once())
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
        print("locked inside:", cond.locked())
    await t
    print("woken:", t.result())
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print("shared lock held:", lock.locked())


asyncio.run(main())
