import asyncio

async def step2():
    await asyncio.sleep(1)
    raise KeyError("missing")

async def main():
    print("start")
    await step2()

asyncio.run(main())
