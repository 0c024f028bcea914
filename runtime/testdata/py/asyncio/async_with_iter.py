import asyncio

class Resource:
    async def __aenter__(self):
        print("open")
        await asyncio.sleep(0.1)
        return self
    async def __aexit__(self, et, e, tb):
        print("close", et)
        return False

class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0.5)
        return self.n

async def agen():
    for i in range(3):
        await asyncio.sleep(0.1)
        yield i

async def main():
    async with Resource() as r:
        print("using", type(r).__name__)
    async for v in Ticker(3):
        print("tick", v)
    print([x async for x in agen()])
    print(await anext(aiter(agen())))
    try:
        async with Resource():
            raise ValueError("inside")
    except ValueError:
        print("propagated")

asyncio.run(main())
