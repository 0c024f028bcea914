# The event loop and a thread with a timeout share the virtual clock: the loop's timers and
# the thread's timeout are taken in time order. (Asobiba's own expected output: under the
# oracle, threading's timeouts take no virtual time.)
import asyncio
import threading
import time

stop = threading.Event()


def watcher():
    n = 0
    while not stop.wait(0.75):
        n += 1
        print("watcher tick", n, "at", time.time())
    return n


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, watcher)
    for i in range(3):
        await asyncio.sleep(1)
        print("loop tick", i, "at", loop.time())
    stop.set()
    print("watcher returned", await fut, "at", loop.time())


asyncio.run(main())
