import asyncio

async def worker(n):
    print("worker", n, "step 1")
    await asyncio.sleep(0)
    print("worker", n, "step 2")
    return n * 10

async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(3)]
    print("tasks created", [t.get_name() for t in tasks])
    print("done?", [t.done() for t in tasks])
    for t in tasks:
        print("result", await t)
    print("done?", [t.done() for t in tasks])
    print(asyncio.current_task().get_name())

asyncio.run(main())
