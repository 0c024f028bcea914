# A plain Future with an exception nobody retrieves, and one that is retrieved.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    lost = loop.create_future()
    loop.call_soon(lost.set_exception, RuntimeError("lost error"))
    seen = loop.create_future()
    seen.set_exception(KeyError("seen"))
    try:
        await seen
    except KeyError as e:
        print("awaited:", repr(e))
    await asyncio.sleep(0.1)
    print("lost done:", lost.done())


asyncio.run(main())
print("finished")
