# Task done callbacks: order, arguments via partial, errors inside callbacks.
import asyncio
import functools


def report(tag, fut):
    if fut.cancelled():
        print(tag, "cancelled")
    elif fut.exception():
        print(tag, "failed:", repr(fut.exception()))
    else:
        print(tag, "result:", fut.result())


def broken(fut):
    raise RuntimeError("callback bug")


async def work(x):
    await asyncio.sleep(x / 10)
    if x == 2:
        raise ValueError(x)
    return x


async def main():
    tasks = []
    for x in (1, 2, 3):
        t = asyncio.create_task(work(x))
        t.add_done_callback(functools.partial(report, f"task{x}"))
        tasks.append(t)
    tasks[0].add_done_callback(broken)
    tasks[0].add_done_callback(functools.partial(report, "second-cb"))
    c = asyncio.create_task(work(9))
    c.add_done_callback(functools.partial(report, "cancelme"))
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.gather(*tasks, c, return_exceptions=True)
    await asyncio.sleep(0)
    done = asyncio.get_running_loop().create_future()
    done.set_result("already")
    done.add_done_callback(functools.partial(report, "late-added"))
    print("added to finished future")
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
