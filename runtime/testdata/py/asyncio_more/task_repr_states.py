# Task repr at each state: pending, waiting for a future, finished, failed, cancelled.
import asyncio
import re


def r(obj):
    s = re.sub(r" at 0x[0-9a-f]+", "", repr(obj))
    s = re.sub(r"cb=\[(\w+)\(\) at [^\]]*\]", r"cb=[\1()]", s)
    return re.sub(r"defined at [^>]*?:(\d+)", r"defined at FILE:\1", re.sub(r"running at [^>]*?:(\d+)", r"running at FILE:\1", s))


async def work(fut=None):
    if fut is not None:
        return await fut
    await asyncio.sleep(1)
    return "done"


async def boom():
    raise ValueError("nope")


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(work(), name="worker")
    print(r(t))
    await asyncio.sleep(0)
    print(r(t))
    await t
    print(r(t))
    fut = loop.create_future()
    t2 = asyncio.create_task(work(fut), name="waiter")
    await asyncio.sleep(0)
    print(r(t2))
    print(r(fut))
    fut.set_result(5)
    print(r(fut))
    await t2
    t3 = asyncio.create_task(boom(), name="boom")
    await asyncio.sleep(0)
    print(r(t3))
    t3.exception()
    t4 = asyncio.create_task(work(), name="cancel-me")
    await asyncio.sleep(0)
    t4.cancel("why")
    print(r(t4))
    await asyncio.sleep(0)
    print(r(t4))
    print(r(asyncio.current_task()))
    f = loop.create_future()
    f.set_exception(KeyError("k"))
    print(r(f))
    f.exception()
    c = loop.create_future()
    c.cancel()
    print(r(c))


asyncio.run(main())
