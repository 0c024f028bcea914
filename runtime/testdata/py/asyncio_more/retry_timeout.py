# Retrying a flaky operation with per-attempt timeouts and exponential backoff.
import asyncio
import random

random.seed(3)


class TransientError(Exception):
    pass


async def flaky(attempt):
    delay = random.choice([0.1, 0.5, 2.0])
    await asyncio.sleep(delay)
    if random.random() < 0.5:
        raise TransientError(f"attempt {attempt} failed after {delay}")
    return f"ok on attempt {attempt} ({delay}s)"


async def with_retries(max_attempts=6, timeout=1.0, base=0.1):
    loop = asyncio.get_running_loop()
    for attempt in range(1, max_attempts + 1):
        try:
            return await asyncio.wait_for(flaky(attempt), timeout)
        except (TransientError, asyncio.TimeoutError) as e:
            backoff = base * 2 ** (attempt - 1)
            print(f"[{loop.time():6.2f}] {type(e).__name__}: {e or 'timeout'}; retry in {backoff:.1f}s")
            await asyncio.sleep(backoff)
    raise RuntimeError("gave up")


async def main():
    for _ in range(3):
        try:
            print(await with_retries())
        except RuntimeError as e:
            print("error:", e)


asyncio.run(main())
