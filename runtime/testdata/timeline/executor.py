# Blocking calls go to worker threads: run_in_executor and to_thread hand them to the loop's
# default executor, whose worker thread runs them while the tasks wait.
import asyncio
import time


def blocking_io(n):
    time.sleep(n)
    return n * 10


async def main():
    loop = asyncio.get_running_loop()
    a = loop.run_in_executor(None, blocking_io, 1)
    b = asyncio.to_thread(blocking_io, 2)
    print(await asyncio.gather(a, b), "at", loop.time())


asyncio.run(main())
