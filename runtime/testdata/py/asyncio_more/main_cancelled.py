# The main coroutine is cancelled by another task: asyncio.run raises CancelledError.
import asyncio


async def killer(target):
    await asyncio.sleep(0.5)
    print("killing main")
    target.cancel()


async def main():
    asyncio.create_task(killer(asyncio.current_task()))
    try:
        await asyncio.sleep(5)
    finally:
        print("main finally")


asyncio.run(main())
