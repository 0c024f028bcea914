import asyncio

async def step(n):
    await asyncio.sleep(n)
    return n

async def nested():
    # A common mistake: asyncio.run inside a coroutine that already runs in a loop.
    return asyncio.run(step(1))

async def main():
    try:
        await nested()
    except RuntimeError as e:
        print("RuntimeError:", e)
    tg = asyncio.TaskGroup()
    async with tg:
        tg.create_task(step(0.1))
    try:
        tg.create_task(step(1))
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("main done")

asyncio.run(main())
runner = asyncio.Runner()
runner.close()
try:
    runner.run(step(2))
except RuntimeError as e:
    print("RuntimeError:", e)
print("end")
