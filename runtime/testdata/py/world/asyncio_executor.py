# loop.run_in_executor and asyncio.to_thread: the work runs on a worker thread while the loop
# waits, taking no virtual time unless it sleeps.
import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor


def blocking(n):
    print("blocking", n, "in", threading.current_thread().name, "at", time.time())
    time.sleep(n)
    return n * 10


def cpu(n):
    return sum(range(n))


async def ticker():
    for i in range(3):
        print("tick", i, asyncio.get_running_loop().time())
        await asyncio.sleep(0.5)


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 1), loop.time())
    r = await asyncio.gather(asyncio.to_thread(blocking, 1), ticker())
    print(r, loop.time())
    with ThreadPoolExecutor(max_workers=2) as pool:
        print(await loop.run_in_executor(pool, cpu, 100))
    with ProcessPoolExecutor() as pool:
        print(await loop.run_in_executor(pool, cpu, 1000))
    try:
        await loop.run_in_executor(None, int, "x")
    except ValueError as e:
        print("ValueError:", e)
    print(await asyncio.to_thread(lambda a, b=0: a + b, 1, b=2))
    print("end", loop.time())


asyncio.run(main())
print(threading.active_count())
