import asyncio

async def f():
    await asyncio.sleep(0)

async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(f(), name="named-by-create_task")
    b = asyncio.create_task(f())
    c = loop.create_task(f(), name="named-by-loop")
    d = loop.create_task(f())
    e = asyncio.Task(f(), name="named-by-Task")
    g = asyncio.Task(f())
    h = asyncio.ensure_future(f())
    print([t.get_name() for t in (a, b, c, d, e, g, h)])
    await asyncio.gather(a, b, c, d, e, g, h)
    print(asyncio.create_task(f()).get_name())

asyncio.run(main())
