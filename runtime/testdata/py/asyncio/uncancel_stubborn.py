import asyncio

async def stubborn():
    for i in range(3):
        try:
            await asyncio.sleep(1)
            print("slept")
        except asyncio.CancelledError:
            print("ignoring cancel", asyncio.current_task().cancelling())
            asyncio.current_task().uncancel()
    return "finished anyway"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.5)
    t.cancel()
    await asyncio.sleep(0.1)
    t.cancel()
    print(await t)
    async def self_cancel():
        asyncio.current_task().cancel()
        print("still running")
        await asyncio.sleep(0)
        print("never")
    try:
        await asyncio.create_task(self_cancel())
    except asyncio.CancelledError:
        print("self cancel worked")
    t = asyncio.create_task(asyncio.sleep(1))
    t.cancel()
    print(t.cancelled(), t.done())
    await asyncio.sleep(0)
    print(t.cancelled(), t.done())
    # cancel before started
    async def never_runs():
        print("should not print")
    t = asyncio.create_task(never_runs())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start")
    # cancel finished task
    print(t.cancel())

asyncio.run(main())
