import asyncio

async def slow():
    try:
        await asyncio.sleep(5)
        return "finished"
    finally:
        print("slow: cleanup at", asyncio.get_running_loop().time())

async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.wait_for(slow(), timeout=10), loop.time())
    try:
        await asyncio.wait_for(slow(), timeout=1)
    except asyncio.TimeoutError:
        print("timed out at", loop.time())
    try:
        await asyncio.wait_for(slow(), timeout=0)
    except TimeoutError as e:
        print("zero timeout:", type(e).__name__, type(e.__cause__).__name__)
    print(await asyncio.wait_for(asyncio.sleep(1, "none"), None))

asyncio.run(main())
