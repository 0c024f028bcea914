import asyncio
import concurrent.futures
import time

def blocking(n):
    time.sleep(n)
    return n * 10

def broken():
    raise LookupError("no such row")

async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        cf = pool.submit(blocking, 1)
        wrapped = asyncio.wrap_future(cf)
        print(type(wrapped).__name__, asyncio.isfuture(wrapped))
        print(await wrapped, loop.time())
        results = await asyncio.gather(*(asyncio.wrap_future(pool.submit(blocking, i)) for i in (2, 1)))
        print(results, loop.time())
        try:
            await asyncio.wrap_future(pool.submit(broken))
        except LookupError as e:
            print("caught", repr(e))
    fut = loop.create_future()
    print(asyncio.wrap_future(fut) is fut)
    called = []
    loop.call_soon_threadsafe(called.append, "threadsafe")
    await asyncio.sleep(0)
    print(called)

asyncio.run(main())
