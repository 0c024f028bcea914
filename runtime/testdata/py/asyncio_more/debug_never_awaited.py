# Debug mode: a coroutine created but never awaited is reported with where it was created.
import asyncio


async def helper():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug())
    helper()
    await asyncio.sleep(0)
    print("after forgotten helper")


asyncio.run(main(), debug=True)
