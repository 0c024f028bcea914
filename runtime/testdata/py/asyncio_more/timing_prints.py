# Tutorial-style timing with time.perf_counter / time.monotonic around sleeps.
import asyncio
import time


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


async def main():
    start = time.perf_counter()
    print(f"started at {time.strftime('%X') != ''}")
    await say_after(1, "hello")
    await say_after(2, "world")
    print(f"sequential: {time.perf_counter() - start:.1f} seconds")

    start = time.perf_counter()
    task1 = asyncio.create_task(say_after(1, "hello"))
    task2 = asyncio.create_task(say_after(2, "world"))
    await task1
    await task2
    print(f"concurrent: {time.perf_counter() - start:.1f} seconds")

    start = time.monotonic()
    async with asyncio.TaskGroup() as tg:
        for i in range(5):
            tg.create_task(say_after(i / 2, f"tg {i}"))
    print(f"taskgroup: {round(time.monotonic() - start, 2)} s")
    t0 = time.time()
    await asyncio.sleep(0.25)
    print("wall delta ~0.25:", abs(time.time() - t0 - 0.25) < 0.01)
    s = time.perf_counter()
    time.sleep(0.5)
    print("blocking sleep:", round(time.perf_counter() - s, 1))


asyncio.run(main())
