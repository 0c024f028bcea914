import asyncio

async def boom():
    await asyncio.sleep(1)
    raise ValueError("nobody looks at me")

async def main():
    task = asyncio.create_task(boom())
    await asyncio.sleep(2)
    print("main done, task done:", task.done())

asyncio.run(main())
print("after run")
