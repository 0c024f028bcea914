import asyncio

async def ok(n):
    await asyncio.sleep(n)
    return n

async def fail(n):
    await asyncio.sleep(n)
    raise ValueError(f"failed after {n}")

async def main():
    res = await asyncio.gather(ok(1), fail(2), ok(3), return_exceptions=True)
    print(res)
    try:
        await asyncio.gather(ok(1), fail(0.5))
    except ValueError as e:
        print("gather raised", e)
    t = asyncio.create_task(ok(5))
    g = asyncio.gather(t, ok(1), return_exceptions=True)
    await asyncio.sleep(0.1)
    t.cancel()
    print(await g)
    print(await asyncio.gather())

asyncio.run(main())
