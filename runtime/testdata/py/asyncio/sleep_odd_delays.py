# Negative, huge, infinite and NaN delays: CPython 3.11 accepts NaN (the timer is due at once).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(-5)
    print("negative sleep took", loop.time() - t0)
    print(await asyncio.sleep(0, result="r"))
    t = asyncio.create_task(asyncio.sleep(1e9))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("huge sleep cancelled")
    try:
        await asyncio.wait_for(asyncio.sleep(float("inf")), 1)
    except asyncio.TimeoutError:
        print("inf sleep timed out at", round(loop.time() - t0, 3))
    try:
        await asyncio.sleep("1")
    except TypeError as e:
        print("TypeError:", e)
    loop.call_later(-1, print, "negative call_later ran")
    await asyncio.sleep(1)
    print("end at", round(loop.time() - t0, 3))


async def nan_delays():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(float("nan"))
    print("nan sleep returned at", loop.time())
    h = loop.call_later(float("nan"), print, "nan call_later ran")
    print(h.when() != h.when())
    loop.call_later(0.5, print, "later timer")
    loop.call_at(float("nan"), print, "nan call_at ran")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(1)


asyncio.run(main())
asyncio.run(nan_delays())
