import asyncio

async def sleeper(i):
    await asyncio.sleep(1)
    print("woke", i)

async def main():
    await asyncio.gather(*(sleeper(i) for i in range(12)))

asyncio.run(main())
