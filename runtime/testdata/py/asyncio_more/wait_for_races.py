# wait_for edge cases: timeout=0, already-finished futures, cancelling the waiter.
import asyncio


async def quick():
    return "quick"


async def slow(log):
    try:
        await asyncio.sleep(5)
    finally:
        log.append("slow finally")


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("ready")
    print(await asyncio.wait_for(f, 0))
    try:
        await asyncio.wait_for(quick(), 0)
    except asyncio.TimeoutError:
        print("coroutine with timeout=0 timed out")
    else:
        print("coroutine with timeout=0 ran")
    log = []
    waiter = asyncio.create_task(asyncio.wait_for(slow(log), 10))
    await asyncio.sleep(0.1)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print("waiter cancelled:", log)
    t = asyncio.create_task(slow(log))
    try:
        await asyncio.wait_for(t, 0.2)
    except asyncio.TimeoutError:
        print("task cancelled by wait_for:", t.cancelled(), log)
    try:
        await asyncio.wait_for(asyncio.sleep(1), -1)
    except asyncio.TimeoutError as e:
        print("negative timeout:", type(e).__name__)


asyncio.run(main())
