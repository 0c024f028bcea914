import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(2) as cm:
            print("entered", cm.expired(), cm.when())
            await asyncio.sleep(5)
    except TimeoutError:
        print("timeout expired at", loop.time(), cm.expired())
    async with asyncio.timeout(None) as cm:
        cm.reschedule(loop.time() + 10)
        await asyncio.sleep(1)
    print("rescheduled ok", cm.expired(), loop.time())
    try:
        async with asyncio.timeout_at(loop.time() + 0.5):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at expired", loop.time())

asyncio.run(main())
