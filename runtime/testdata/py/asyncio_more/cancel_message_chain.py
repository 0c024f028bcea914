# Cancel messages travelling through nested awaits, tasks and gather.
import asyncio


async def leaf():
    await asyncio.sleep(10)


async def middle():
    await leaf()


async def main():
    t = asyncio.create_task(middle())
    await asyncio.sleep(0.1)
    t.cancel("stop please")
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter:", repr(e), e.args)
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result():", repr(e))

    inner = asyncio.create_task(leaf())
    outer = asyncio.create_task(asyncio.wait_for(inner, 5))
    await asyncio.sleep(0.1)
    outer.cancel("outer msg")
    try:
        await outer
    except asyncio.CancelledError as e:
        print("wait_for cancelled:", e.args, inner.cancelled())

    g = asyncio.gather(leaf(), leaf())
    await asyncio.sleep(0)
    g.cancel("gather msg")
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather:", e.args)

    fut = asyncio.get_running_loop().create_future()
    fut.cancel(msg="future msg")
    try:
        await fut
    except asyncio.CancelledError as e:
        print("future:", e.args)


asyncio.run(main())
