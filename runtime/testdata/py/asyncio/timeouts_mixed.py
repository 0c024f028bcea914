import asyncio

async def countdown(name, n):
    while n > 0:
        print(f"{name}: {n}")
        await asyncio.sleep(1)
        n -= 1
    return f"{name} liftoff"

async def main():
    t1 = asyncio.create_task(countdown("A", 3))
    t2 = asyncio.create_task(countdown("B", 2))
    print(t1.done(), t2.done())
    r = await asyncio.wait_for(asyncio.gather(t1, t2), timeout=10)
    print(r)
    async def slow_gen():
        for i in range(5):
            await asyncio.sleep(1)
            yield i
    try:
        async with asyncio.timeout(2.5):
            async for v in slow_gen():
                print("gen", v)
    except TimeoutError:
        print("gen timed out")
    # timeout then uncancel semantics
    async def inner():
        try:
            async with asyncio.timeout(0.5):
                await asyncio.sleep(1)
        except TimeoutError:
            print("inner timeout; cancelling() =", asyncio.current_task().cancelling())
        await asyncio.sleep(0.1)
        return "inner finished"
    print(await asyncio.create_task(inner()))
    # wait_for of an already-done future
    f = asyncio.get_running_loop().create_future()
    f.set_result(3)
    print(await asyncio.wait_for(f, 0))
    # wait_for timeout=0 with coroutine that completes immediately
    async def instant():
        return "instant"
    try:
        print(await asyncio.wait_for(instant(), 0))
    except TimeoutError:
        print("instant timed out")

asyncio.run(main())
