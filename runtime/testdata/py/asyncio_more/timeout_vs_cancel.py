# asyncio.timeout versus an outside cancel: which one the code sees.
import asyncio

async def guarded(log):
    try:
        async with asyncio.timeout(5):
            await asyncio.sleep(10)
    except TimeoutError:
        log.append("timeout")
    except asyncio.CancelledError:
        log.append("cancelled, not timeout")
        raise

async def both(log):
    # the timeout fires and the task is cancelled from outside in the same iteration
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(10)
    except TimeoutError:
        log.append("both: timeout")
    except asyncio.CancelledError:
        log.append("both: cancelled")
        raise

async def main():
    log = []
    t = asyncio.create_task(guarded(log))
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append(f"outer sees cancel; cancelling={t.cancelling()}")
    t2 = asyncio.create_task(both(log))
    loop = asyncio.get_running_loop()
    loop.call_at(loop.time() + 1, t2.cancel)
    try:
        await t2
    except asyncio.CancelledError:
        log.append("t2 cancelled")
    print(log)
    async with asyncio.timeout(1) as cm:
        asyncio.current_task().cancel()
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            print("self-cancel inside timeout, expired:", cm.expired(), asyncio.current_task().uncancel())

asyncio.run(main())
