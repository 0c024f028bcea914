import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print(loop.time())
    value = await asyncio.sleep(2.5, result="slept")
    print(value, loop.time())
    await asyncio.sleep(0)
    print(loop.time())
    await asyncio.sleep(-1)
    print("negative sleep returns at once", loop.time())

asyncio.run(main())
