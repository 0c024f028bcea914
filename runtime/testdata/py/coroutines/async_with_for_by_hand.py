class CM:
    async def __aenter__(self):
        print("enter")
        return "res"
    async def __aexit__(self, *exc):
        print("exit", exc[0])
        return True
class AIt:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 3:
            raise StopAsyncIteration
        return self.n
async def main():
    async with CM() as r:
        print(r)
        raise ValueError("suppressed")
    async for x in AIt():
        print("item", x)
    print([x async for x in AIt()])
try:
    main().send(None)
except StopIteration as e:
    print("done", e.value)
