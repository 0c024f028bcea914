import asyncio

def blocking_sum(n):
    return sum(range(n))

async def main():
    loop = asyncio.get_running_loop()
    r1 = await asyncio.to_thread(blocking_sum, 10)
    r2 = await loop.run_in_executor(None, blocking_sum, 100)
    print(r1, r2, loop.time())

asyncio.run(main())
