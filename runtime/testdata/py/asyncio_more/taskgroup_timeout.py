# TaskGroup inside asyncio.timeout: the timeout cancels the group, then TimeoutError.
import asyncio


async def step(i, log):
    try:
        await asyncio.sleep(i)
        log.append(f"step {i} done")
    except asyncio.CancelledError:
        log.append(f"step {i} cancelled")
        raise


async def main():
    log = []
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1.5):
            async with asyncio.TaskGroup() as tg:
                for i in range(4):
                    tg.create_task(step(i, log))
    except TimeoutError as e:
        print("TimeoutError", repr(e), "at", round(loop.time(), 2))
        print("context:", type(e.__context__).__name__)
    print(log)

    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.wait_for(step(5, log), 0.5))
            tg.create_task(step(1, log))
    except* TimeoutError as eg:
        print("group timeouts:", len(eg.exceptions), type(eg.exceptions[0]).__name__)
    print(log)

    async def gather_cancel():
        t1 = asyncio.create_task(step(1, log))
        t2 = asyncio.create_task(step(2, log))
        loop.call_later(0.5, t1.cancel)
        return await asyncio.gather(t1, t2)

    log.clear()
    try:
        await gather_cancel()
    except asyncio.CancelledError:
        print("gather raised CancelledError when a child was cancelled")
    await asyncio.sleep(2)
    print(log)


asyncio.run(main())
