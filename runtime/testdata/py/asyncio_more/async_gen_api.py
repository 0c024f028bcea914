# Async generators: async for, asend, athrow, aclose, and their states.
import asyncio


async def ticker(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            received = yield i
            if received is not None:
                print("  got", received)
    except ValueError as e:
        print("  ticker saw", repr(e))
        yield "recovered"
    finally:
        print("  ticker cleanup")


async def main():
    async for v in ticker(3, 0.1):
        print("tick", v)

    g = ticker(5, 0.1)
    print(await g.__anext__())
    print(await g.asend("hello"))
    print(await g.athrow(ValueError("bad")))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")

    g = ticker(5, 0)
    print(await anext(g))
    await g.aclose()
    print("closed; ag_running:", g.ag_running, "frame none:", g.ag_frame is None)
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration after close")
    print(await anext(g, "default"))

    async def broken():
        yield 1
        raise KeyError("k")

    try:
        async for x in broken():
            print("x", x)
    except KeyError as e:
        print("KeyError", e)

    async def stubborn():
        try:
            yield 1
        except GeneratorExit:
            yield 2

    s = stubborn()
    await anext(s)
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await anext(s, "exhausted"))
    print(type(ticker).__name__, type(ticker(1, 0)).__name__)


asyncio.run(main())
