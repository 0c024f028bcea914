import asyncio

async def ok(n):
    await asyncio.sleep(n)
    print("ok", n)
    return n

async def bad(n, exc):
    await asyncio.sleep(n)
    raise exc

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(ok(1))
        t2 = tg.create_task(ok(2))
    print("results", t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(5))
            tg.create_task(bad(1, ValueError("v")))
            tg.create_task(bad(1, TypeError("t")))
    except* ValueError as eg:
        print("ValueError group", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeError group", [str(e) for e in eg.exceptions])
    print("time", asyncio.get_running_loop().time())

asyncio.run(main())
