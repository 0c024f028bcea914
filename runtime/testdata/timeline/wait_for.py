# wait_for gives slow() one second, then cancels it.
import asyncio


async def slow():
    await asyncio.sleep(5)
    return "late"


async def main():
    try:
        await asyncio.wait_for(slow(), timeout=1)
    except TimeoutError:
        print("timed out")


asyncio.run(main())
