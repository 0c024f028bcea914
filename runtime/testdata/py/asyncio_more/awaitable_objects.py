# Custom awaitables with __await__, bad yields, and awaiting non-awaitables.
import asyncio


class Delay:
    def __init__(self, seconds, value):
        self.seconds, self.value = seconds, value

    def __await__(self):
        yield from asyncio.sleep(self.seconds).__await__()
        return self.value


class BadYield:
    def __await__(self):
        yield "not a future"


class BareYield:
    def __await__(self):
        yield
        return "after bare yield"


async def main():
    print(await Delay(0.5, "delayed"))
    print(round(asyncio.get_running_loop().time(), 2))
    t = asyncio.ensure_future(Delay(0.1, "as task"))
    print(type(t).__name__, await t)
    print(await asyncio.gather(Delay(0.2, 1), Delay(0.1, 2)))
    try:
        await 42
    except TypeError as e:
        print("TypeError:", e)

    async def use_bad():
        return await BadYield()

    try:
        await asyncio.create_task(use_bad())
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" in ")[0])

    async def use_bare():
        return await BareYield()

    print(await asyncio.create_task(use_bare()))
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
