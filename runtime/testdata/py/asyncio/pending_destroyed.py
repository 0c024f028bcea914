import asyncio

async def forever():
    await asyncio.sleep(100)

async def main():
    asyncio.get_running_loop().create_task(forever())
    await asyncio.sleep(1)
    print("main returns")

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print("closing loop")
loop.close()
print("closed")
