import asyncio

async def job(n):
    await asyncio.sleep(n)
    return f"job{n}"

async def main():
    for coro in asyncio.as_completed([job(3), job(1), job(2)]):
        print(await coro)
    inner = asyncio.create_task(job(2))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=1)
    except TimeoutError:
        print("outer timed out; inner cancelled?", inner.cancelled())
    print(await inner)

asyncio.run(main())
