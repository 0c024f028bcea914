import asyncio

async def main():
    await asyncio.sleep(0.1)
    raise KeyboardInterrupt

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt caught")

async def main2():
    await asyncio.sleep(0.1)
    raise SystemExit("leaving from a task")

asyncio.run(main2())
print("not reached")
