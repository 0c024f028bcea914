# shield: the outer await is cancelled, the inner task runs on.
import asyncio


async def critical(log):
    log.append("critical start")
    await asyncio.sleep(1)
    log.append("critical end")
    return "saved"


async def caller(log):
    inner = asyncio.ensure_future(critical(log))
    try:
        return await asyncio.shield(inner), inner
    except asyncio.CancelledError:
        log.append("caller cancelled")
        return None, inner


async def main():
    log = []
    t = asyncio.create_task(caller(log))
    await asyncio.sleep(0.2)
    t.cancel()
    try:
        r = await t
    except asyncio.CancelledError:
        print("caller task cancelled")
        r = None
    await asyncio.sleep(2)
    print(log)
    print("t cancelled:", t.cancelled())

    # shield of an already finished future returns it directly.
    f = asyncio.get_running_loop().create_future()
    f.set_result(42)
    print(asyncio.shield(f) is f, await asyncio.shield(f))

    # Cancelling the inner task propagates through the shield.
    inner = asyncio.create_task(asyncio.sleep(5))
    outer = asyncio.shield(inner)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("inner cancel reached outer:", outer.cancelled())

    # A shielded wait_for: timeout still fires for the caller.
    inner = asyncio.create_task(critical(log))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.5)
    except TimeoutError:
        print("timed out but inner done?", inner.done())
    print(await inner, log[-1])


asyncio.run(main())
