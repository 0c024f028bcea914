import asyncio

async def noop():
    pass

async def main():
    a = asyncio.create_task(noop(), name="named")
    b = asyncio.create_task(noop())
    print(a.get_name(), b.get_name())
    await asyncio.gather(noop(), noop())
    c = asyncio.create_task(noop())
    print(c.get_name())
    await asyncio.wait_for(noop(), 1)
    d = asyncio.create_task(noop())
    d.set_name("renamed")
    print(d.get_name(), asyncio.current_task().get_name())
    await asyncio.sleep(0)
    print(len(asyncio.all_tasks()))

asyncio.run(main())
