import asyncio
import time

async def fetch(name, delay):
    print(f"{name}: start at {time.monotonic():.1f}")
    await asyncio.sleep(delay)
    print(f"{name}: done at {time.monotonic():.1f}")
    return name.upper()

async def main():
    start = time.perf_counter()
    results = await asyncio.gather(fetch("a", 1), fetch("b", 2), fetch("c", 1))
    print(results, f"elapsed {time.perf_counter() - start:.1f}s")

asyncio.run(main())
