# Debug mode names where a slow task was created; for the tasks gather and ensure_future
# make, that is a line of asyncio's own _ensure_future.
import asyncio
import time


async def blocking_step(n):
    print("step", n, "starts at", round(time.monotonic(), 2))
    time.sleep(0.5)  # blocks the loop: debug mode reports it
    return n


async def main():
    results = await asyncio.gather(blocking_step(1), blocking_step(2))
    print("results", results)
    task = asyncio.ensure_future(blocking_step(3))
    print("third", await task)


asyncio.run(main(), debug=True)
