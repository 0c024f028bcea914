import asyncio
import time

async def ticker():
    for i in range(3):
        print(f"tick {i} at {time.monotonic():.1f}")
        await asyncio.sleep(0.5)

async def blocker():
    print("blocking for 2s at", time.monotonic())
    time.sleep(2)
    print("unblocked at", time.monotonic())

async def main():
    await asyncio.gather(ticker(), blocker())

asyncio.run(main())
