import asyncio
import time

async def fetch_with_retry(name, failures, retries=3, backoff=0.5):
    attempt = 0
    while True:
        attempt += 1
        try:
            await asyncio.sleep(0.1)
            if attempt <= failures:
                raise ConnectionError(f"{name} attempt {attempt} failed")
            return f"{name} ok after {attempt}"
        except ConnectionError as e:
            if attempt > retries:
                raise
            delay = backoff * 2 ** (attempt - 1)
            print(f"{e}; retrying in {delay}s")
            await asyncio.sleep(delay)

class Ticker:
    def __init__(self, n, delay):
        self.n, self.delay, self.i = n, delay, 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.i += 1
        return self.i

async def main():
    start = time.perf_counter()
    results = await asyncio.gather(
        fetch_with_retry("a", 0), fetch_with_retry("b", 2), fetch_with_retry("c", 5),
        return_exceptions=True)
    for r in results:
        print(repr(r))
    print(f"took {time.perf_counter() - start:.2f}s")
    async for i in Ticker(3, 0.25):
        print("tick", i, f"{time.perf_counter() - start:.2f}")
    print(await asyncio.gather(*[asyncio.sleep(0.1, result=i) for i in range(3)]))
    values = [await asyncio.sleep(0, result=i * i) for i in range(4)]
    print(values)
    async with asyncio.TaskGroup() as tg:
        tasks = {n: tg.create_task(fetch_with_retry(n, 1)) for n in "xy"}
    print({n: t.result() for n, t in tasks.items()})
    try:
        async with asyncio.timeout(1):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(asyncio.sleep(5))
                tg.create_task(asyncio.sleep(3))
    except TimeoutError:
        print("group timed out at", round(time.perf_counter() - start, 2))

asyncio.run(main())
