import asyncio
import time

async def blocking():
    time.sleep(0.5)
    await asyncio.sleep(0)

async def main():
    await blocking()
    print("done")

asyncio.run(main(), debug=True)
