# Hand-written async iterators and async context managers, including failures in __aenter__.
import asyncio


class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.1)
        self.current -= 1
        return self.current + 1


class Flaky:
    async def __aenter__(self):
        raise ConnectionError("cannot enter")

    async def __aexit__(self, *exc):
        print("never called")


class NoAiter:
    pass


class Session:
    def __init__(self):
        self.closed = False

    async def __aenter__(self):
        await asyncio.sleep(0.1)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.closed = True
        print("exit with", exc_type.__name__ if exc_type else None, exc)
        return exc_type is KeyError


async def main():
    async for n in Countdown(3):
        print("countdown", n)
    print([n async for n in Countdown(4)])
    try:
        async with Flaky():
            pass
    except ConnectionError as e:
        print("ConnectionError:", e)
    try:
        async for _ in NoAiter():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async with NoAiter():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
    try:
        for _ in Countdown(1):
            pass
    except TypeError as e:
        print("TypeError:", e)
    async with Session() as s:
        raise KeyError("suppressed")
    print("closed:", s.closed)
    try:
        async with Session():
            raise ValueError("kept")
    except ValueError as e:
        print("ValueError:", e)
    it = aiter(Countdown(2))
    print(await anext(it), await anext(it), await anext(it, "end"))


asyncio.run(main())
