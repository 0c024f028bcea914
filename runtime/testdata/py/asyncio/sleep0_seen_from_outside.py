# An awaited asyncio.sleep seen from outside the task that awaits it: cr_await, a throw
# into the awaiting coroutine, close(), driving a coroutine by hand, and the values sleep
# returns for the delays that skip the loop's timers and for those that do not.
import asyncio
import traceback


async def worker(log, n):
    while True:
        r = await asyncio.sleep(0, n)
        log.append(r)


async def spinner():
    try:
        await asyncio.sleep(0)
    finally:
        print("spinner finally")


async def main():
    log = []
    t = asyncio.create_task(worker(log, 3))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("log", log)

    aw = t.get_coro().cr_await
    print(type(aw).__name__, aw.__qualname__, asyncio.iscoroutine(aw))
    print("suspended", aw.cr_suspended, "running", aw.cr_running)
    print("frame", aw.cr_frame.f_code.co_name, sorted(aw.cr_frame.f_locals.items()))
    print("same again", t.get_coro().cr_await is aw)
    t2 = asyncio.create_task(worker([], 4))
    await asyncio.sleep(0)
    aw2 = t2.get_coro().cr_await
    aw1 = t.get_coro().cr_await
    print("another task's", aw2 is aw1, aw2.cr_frame.f_locals["result"], aw1.cr_frame.f_locals["result"])
    t2.cancel()
    await asyncio.sleep(0)
    print("after it finished", aw.cr_frame, "log", log)

    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        names = [fs.name for fs in traceback.extract_tb(e.__traceback__)]
        print("cancelled through", [n for n in names if n in ("main", "worker", "sleep")])

    # A throw() into a coroutine parked in sleep(0) goes through sleep's frame.
    c = worker([], 7)
    print("first send", c.send(None))
    print("second send", c.send("ignored"))
    try:
        c.throw(ValueError("boom"))
    except ValueError as e:
        names = [fs.name for fs in traceback.extract_tb(e.__traceback__)]
        print("threw", repr(e), [n for n in names if n in ("worker", "sleep")])
    print("closed after throw", c.cr_frame)

    # close() while parked.
    s = spinner()
    s.send(None)
    print("spinner awaits", type(s.cr_await).__name__ if s.cr_await is not None else None)
    s.close()
    print("spinner frame", s.cr_frame)
    s2 = spinner()
    s2.send(None)
    s2.close()

    # The delays that do not sleep, and what they return.
    print(await asyncio.sleep(0.0, "f"), await asyncio.sleep(-0.0, "nz"), await asyncio.sleep(-3, "neg"))
    print(await asyncio.sleep(False, "b"), await asyncio.sleep(float("nan"), "nan"))
    print(await asyncio.sleep(0, result=[1]), await asyncio.sleep(delay=0), await asyncio.sleep(0))
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(float("-inf"))
    print("time passed", loop.time() - start)

    # Not awaited at once: a real coroutine.
    pending = asyncio.sleep(0, "later")
    print(type(pending).__name__, repr(pending).split(" at ")[0])
    print("awaited later", await pending)
    try:
        await pending
    except RuntimeError as e:
        print("again:", e)




async def napper(n):
    while True:
        r = await asyncio.sleep(0.5, n)
        print("napper woke with", r, "at", asyncio.get_running_loop().time())


async def positive_delays():
    t = asyncio.create_task(napper(1))
    await asyncio.sleep(1.2)
    aw = t.get_coro().cr_await
    loc = aw.cr_frame.f_locals
    print(type(aw).__name__, aw.__qualname__, loc["delay"], loc["result"], "future" in loc)
    await asyncio.sleep(0.5)
    print("after it finished", aw.cr_frame)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        names = [fs.name for fs in traceback.extract_tb(e.__traceback__)]
        print("cancelled through", names)

    t = asyncio.create_task(napper(2))
    await asyncio.sleep(0.7)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        names = [fs.name for fs in traceback.extract_tb(e.__traceback__)]
        print("cancelled unseen through", names)

    c = napper(3)
    print("parked on", type(c.send(None)).__name__)
    try:
        c.throw(KeyError("k"))
    except KeyError as e:
        names = [fs.name for fs in traceback.extract_tb(e.__traceback__)]
        print("threw", repr(e), names)

    try:
        await asyncio.wait_for(asyncio.sleep(10, "late"), 1)
    except TimeoutError as e:
        names = [fs.name for fs in traceback.extract_tb(e.__context__.__traceback__)]
        print("timed out through", names)
    async with asyncio.timeout(2):
        print(await asyncio.sleep(0.5, "in time"), await asyncio.sleep(True, "true"), await asyncio.sleep(1e-9))
    print("time", round(asyncio.get_running_loop().time(), 6))


asyncio.run(main())
asyncio.run(positive_delays())
