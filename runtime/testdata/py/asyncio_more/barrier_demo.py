# Barrier: parties meet, reset breaks waiters, abort makes later waits fail.
import asyncio
import re


def r(obj):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(obj))


async def runner(barrier, name, delay, log):
    await asyncio.sleep(delay)
    log.append(f"{name} arrives (waiting={barrier.n_waiting})")
    try:
        idx = await barrier.wait()
    except asyncio.BrokenBarrierError:
        log.append(f"{name} broken")
        return -1
    log.append(f"{name} passes as {idx}")
    return idx


async def main():
    log = []
    barrier = asyncio.Barrier(3)
    print(r(barrier))
    res = await asyncio.gather(*(runner(barrier, f"r{i}", i / 10, log) for i in range(3)))
    print(sorted(res))
    print("\n".join(log))
    print(r(barrier))

    log.clear()
    b2 = asyncio.Barrier(3)
    t = [asyncio.create_task(runner(b2, f"s{i}", 0, log)) for i in range(2)]
    await asyncio.sleep(0.1)
    print("waiting:", b2.n_waiting, "broken:", b2.broken)
    await b2.abort()
    print(await asyncio.gather(*t))
    print("broken:", b2.broken)
    try:
        await b2.wait()
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError", repr(e))
    await b2.reset()
    print("after reset broken:", b2.broken, b2.parties)

    async with asyncio.Barrier(1) as pos:
        print("single party position:", pos)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)
    print("\n".join(log))


asyncio.run(main())
