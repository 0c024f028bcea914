# as_completed: results in completion order, and a timeout that fires midway.
import asyncio


async def fetch(url, delay):
    await asyncio.sleep(delay)
    return f"{url}: {delay}s"


async def main():
    urls = {"a.example": 0.3, "b.example": 0.1, "c.example": 0.2}
    for fut in asyncio.as_completed([fetch(u, d) for u, d in urls.items()]):
        print(await fut)

    coros = [fetch(f"s{i}", i) for i in range(1, 6)]
    got = []
    try:
        for fut in asyncio.as_completed(coros, timeout=2.5):
            got.append(await fut)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, repr(str(e)))
    print(got)
    await asyncio.sleep(5)
    print("tasks left:", len(asyncio.all_tasks()))
    it = asyncio.as_completed([])
    print(list(it))


asyncio.run(main())
