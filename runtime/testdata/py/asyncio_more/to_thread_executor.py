# asyncio.to_thread and run_in_executor with a ThreadPoolExecutor.
import asyncio
import concurrent.futures
import functools
import threading


def blocking(n, tag=""):
    total = sum(range(n))
    return f"{tag}{total}"


def fails():
    raise OSError(5, "disk error")


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(blocking, 10))
    print(await asyncio.to_thread(blocking, 5, tag="t:"))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        futs = [loop.run_in_executor(pool, blocking, n) for n in (3, 4, 5)]
        print(await asyncio.gather(*futs))
        print(await loop.run_in_executor(pool, functools.partial(blocking, 6, tag="p:")))
        try:
            await loop.run_in_executor(pool, fails)
        except OSError as e:
            print("OSError", e.errno, e.strerror, str(e))
    print(await loop.run_in_executor(None, blocking, 7))
    ident = await asyncio.to_thread(threading.get_ident)
    print("ran in other thread:", ident != threading.get_ident())
    f = concurrent.futures.Future()
    wrapped = asyncio.wrap_future(f)
    loop.call_soon(f.set_result, "from cf")
    print(await wrapped)


asyncio.run(main())
