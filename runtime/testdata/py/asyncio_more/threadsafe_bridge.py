# Bridging threads and the loop: run_coroutine_threadsafe and call_soon_threadsafe.
import asyncio
import threading


async def compute(x):
    await asyncio.sleep(0.1)
    return x * x


def thread_body(loop, results):
    fut = asyncio.run_coroutine_threadsafe(compute(7), loop)
    results.append(fut.result(timeout=5))
    loop.call_soon_threadsafe(results.append, "from thread callback")


async def main():
    loop = asyncio.get_running_loop()
    results = []
    th = threading.Thread(target=thread_body, args=(loop, results))
    th.start()
    while th.is_alive():
        await asyncio.sleep(0.05)
    th.join()
    await asyncio.sleep(0)
    print(results)
    fut = asyncio.run_coroutine_threadsafe(compute(3), loop)
    print(type(fut).__module__, type(fut).__name__)
    await asyncio.sleep(0.2)
    print(fut.done(), fut.result())
    try:
        asyncio.run_coroutine_threadsafe(lambda: 1, loop)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
