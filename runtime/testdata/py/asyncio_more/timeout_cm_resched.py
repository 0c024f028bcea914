# asyncio.timeout(): when(), reschedule(), expired(), repr and timeout_at.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        print("when None:", cm.when(), "expired:", cm.expired())
        cm.reschedule(loop.time() + 5)
        print("rescheduled:", cm.when() - loop.time())
        await asyncio.sleep(1)
    print("after:", cm.expired())

    try:
        async with asyncio.timeout(1) as cm:
            await asyncio.sleep(0.5)
            cm.reschedule(cm.when() + 1)
            await asyncio.sleep(2)
    except TimeoutError as e:
        print("expired:", cm.expired(), type(e).__name__, repr(e.args))
        print("time:", round(loop.time(), 3))

    try:
        async with asyncio.timeout_at(loop.time() + 0.25):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at fired at", round(loop.time(), 3))

    async with asyncio.timeout(-1) as cm:
        pass
    print("past deadline but no await:", cm.expired())

    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(0)
    except TimeoutError:
        print("zero timeout fires on first await")

    cm = asyncio.timeout(3)
    print(repr(cm).startswith("<Timeout"))
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    # Nested timeouts: the inner one fires first.
    try:
        async with asyncio.timeout(5):
            try:
                async with asyncio.timeout(1):
                    await asyncio.sleep(3)
            except TimeoutError:
                print("inner timeout")
            await asyncio.sleep(1)
            print("outer still alive")
    except TimeoutError:
        print("outer timeout")


asyncio.run(main())
