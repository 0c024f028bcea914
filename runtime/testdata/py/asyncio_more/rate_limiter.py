# A token-bucket rate limiter used by many concurrent "requests".
import asyncio


class RateLimiter:
    def __init__(self, rate, capacity):
        self.rate, self.capacity = rate, capacity
        self.tokens = capacity
        self.updated = None
        self.lock = asyncio.Lock()

    async def acquire(self):
        loop = asyncio.get_running_loop()
        async with self.lock:
            while True:
                now = loop.time()
                if self.updated is None:
                    self.updated = now
                self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
                self.updated = now
                if self.tokens >= 1:
                    self.tokens -= 1
                    return
                await asyncio.sleep((1 - self.tokens) / self.rate)


async def request(limiter, i, stamps):
    await limiter.acquire()
    stamps.append((i, round(asyncio.get_running_loop().time(), 3)))


async def main():
    limiter = RateLimiter(rate=4, capacity=2)
    stamps = []
    await asyncio.gather(*(request(limiter, i, stamps) for i in range(8)))
    for i, t in stamps:
        print(f"request {i} at {t:.3f}")
    per_second = {}
    for _, t in stamps:
        per_second[int(t)] = per_second.get(int(t), 0) + 1
    print(per_second)


asyncio.run(main())
