# gather with return_exceptions mixing values, errors and a cancelled child.
import asyncio


async def ok(x, delay):
    await asyncio.sleep(delay)
    return x * 2


async def bad(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def slow():
    await asyncio.sleep(10)
    return "slow"


async def main():
    s = asyncio.ensure_future(slow())
    asyncio.get_running_loop().call_later(0.5, s.cancel)
    res = await asyncio.gather(ok(1, 0.1), bad("boom", 0.2), s, ok(5, 0), return_exceptions=True)
    for r in res:
        print(type(r).__name__, repr(r))

    # Without return_exceptions the first error propagates; the others keep running.
    t1 = asyncio.create_task(ok(3, 1))
    t2 = asyncio.create_task(bad("first", 0.1))
    try:
        await asyncio.gather(t1, t2)
    except ValueError as e:
        print("caught", e, "t1 done?", t1.done())
    print("t1 result", await t1)

    # Empty gather and gather of plain futures.
    print(await asyncio.gather())
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_soon(f.set_result, "fut")
    print(await asyncio.gather(f, ok(0, 0)))

    # Cancelling the gather future cancels children.
    g = asyncio.gather(slow(), slow())
    loop.call_later(0.1, g.cancel)
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())


asyncio.run(main())
