# Cancellation: cleanup in finally, cancel messages, cancelling() and uncancel().
import asyncio


async def worker(log):
    try:
        log.append("working")
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        log.append(f"cancelled with args {e.args}")
        await asyncio.sleep(0.1)
        log.append("cleanup finished")
        raise
    finally:
        log.append("finally")


async def swallow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return "swallowed"


async def main():
    log = []
    t = asyncio.create_task(worker(log))
    await asyncio.sleep(0.1)
    print("cancel() ->", t.cancel("shutting down"), "cancelling:", t.cancelling())
    print("second cancel ->", t.cancel(), "cancelling:", t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter got", repr(e))
    print(log, t.cancelled(), t.cancel())

    s = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())

    me = asyncio.current_task()
    asyncio.get_running_loop().call_later(0.1, me.cancel)
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("main was cancelled; cancelling =", me.cancelling())
        print("uncancel ->", me.uncancel())
    await asyncio.sleep(0.1)
    print("main continues")
    t = asyncio.create_task(asyncio.sleep(1))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled before start:", repr(e))
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))


asyncio.run(main())
