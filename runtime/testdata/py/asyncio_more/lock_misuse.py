# Lock misuse and fairness: release of an unlocked lock, `with lock` without async.
import asyncio
import re


def r(obj):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(obj))


async def holder(lock, name, log):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0.1)
        log.append(f"{name} out")


async def main():
    lock = asyncio.Lock()
    print(r(lock))
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        with lock:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
    log = []
    await asyncio.gather(*(holder(lock, n, log) for n in "abc"))
    print(log)
    await lock.acquire()
    print(repr(lock).split("[")[1])
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(repr(lock).split("[")[1])
    lock.release()
    await t
    print("acquired by task:", lock.locked())
    lock.release()
    try:
        asyncio.Lock(loop=asyncio.get_running_loop())
    except TypeError as e:
        print("TypeError:", e)
    e = asyncio.Event()
    print(repr(e).split("[")[1])
    e.set()
    print(repr(e).split("[")[1], await e.wait())
    c = asyncio.Condition()
    try:
        c.notify()
    except RuntimeError as err:
        print("RuntimeError:", err)
    try:
        await c.wait()
    except RuntimeError as err:
        print("RuntimeError:", err)


asyncio.run(main())
