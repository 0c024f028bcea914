# Caching async results: caching the coroutine object fails on reuse; caching tasks works.
import asyncio
import functools

calls = []


@functools.lru_cache(maxsize=None)
def fetch_bad(key):
    return _fetch(key)


async def _fetch(key):
    calls.append(key)
    await asyncio.sleep(0.1)
    return key.upper()


_tasks = {}


def fetch_good(key):
    if key not in _tasks:
        _tasks[key] = asyncio.ensure_future(_fetch(key))
    return _tasks[key]


async def main():
    print(await fetch_bad("a"))
    try:
        print(await fetch_bad("a"))
    except RuntimeError as e:
        print("RuntimeError:", e)
    results = await asyncio.gather(fetch_good("x"), fetch_good("x"), fetch_good("y"))
    print(results, await fetch_good("x"))
    print("calls:", calls)
    print(fetch_bad.cache_info())


asyncio.run(main())
