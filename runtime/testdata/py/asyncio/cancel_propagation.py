import asyncio

async def task_that_fails():
    await asyncio.sleep(0.1)
    raise ValueError("problem")

async def main():
    t = asyncio.create_task(task_that_fails())
    await asyncio.sleep(0.5)
    print(t.done(), t.exception())
    # exception retrieved: no warning at exit
    t2 = asyncio.create_task(task_that_fails())
    done, _ = await asyncio.wait([t2])
    for d in done:
        try:
            d.result()
        except ValueError as e:
            print("result raised", e)
    # cancel a task that is awaiting another task
    inner = asyncio.create_task(asyncio.sleep(5))
    async def outer():
        await inner
    o = asyncio.create_task(outer())
    await asyncio.sleep(0.1)
    o.cancel()
    await asyncio.gather(o, return_exceptions=True)
    print("inner cancelled too:", inner.cancelled())
    # shielded inner
    inner = asyncio.create_task(asyncio.sleep(1, "kept"))
    async def outer2():
        await asyncio.shield(inner)
    o = asyncio.create_task(outer2())
    await asyncio.sleep(0.1)
    o.cancel()
    await asyncio.gather(o, return_exceptions=True)
    print("shielded inner:", inner.cancelled(), await inner)

asyncio.run(main())
