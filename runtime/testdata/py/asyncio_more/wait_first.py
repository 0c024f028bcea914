# asyncio.wait with FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and timeouts.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    tasks = {asyncio.create_task(job(n, d), name=n) for n, d in [("a", 3), ("b", 1), ("c", 2)]}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", names(done), "pending:", names(pending))
    done, pending = await asyncio.wait(pending, timeout=0.5)
    print("after timeout:", names(done), names(pending))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print("cancelled:", [t.cancelled() for t in done], len(pending))

    tasks = [
        asyncio.create_task(job("x", 1), name="x"),
        asyncio.create_task(job("y", 2, fail=True), name="y"),
        asyncio.create_task(job("z", 5), name="z"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", names(done), names(pending))
    for t in done:
        if t.exception():
            print("  error:", repr(t.exception()))
    done, _ = await asyncio.wait(pending, return_when=asyncio.ALL_COMPLETED)
    print("rest:", [t.result() for t in done])
    print("time:", asyncio.get_running_loop().time() >= 5)

    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(tasks, return_when="bogus")
    except ValueError as e:
        print("ValueError:", e)
    coro = job("c", 0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    coro.close()


asyncio.run(main())
