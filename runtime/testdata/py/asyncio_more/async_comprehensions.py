# Async comprehensions, await inside comprehensions, async generator expressions.
import asyncio


async def arange(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield i


async def square(x):
    await asyncio.sleep(0.01)
    return x * x


async def main():
    print([i async for i in arange(5)])
    print([i async for i in arange(10) if i % 3 == 0])
    print({i: i * i async for i in arange(4)})
    print({i % 2 async for i in arange(6)})
    print([await square(i) for i in range(4)])
    print([await square(i) async for i in arange(4) if await square(i) > 1])
    gen = (i * 10 async for i in arange(3))
    print(type(gen).__name__)
    print([x async for x in gen])
    nested = [[j async for j in arange(i)] async for i in arange(4)]
    print(nested)
    total = 0
    async for i in arange(4):
        total += i
    else:
        print("loop else, total", total)
    results = await asyncio.gather(*[square(i) for i in range(5)])
    print(sum(results))


asyncio.run(main())
