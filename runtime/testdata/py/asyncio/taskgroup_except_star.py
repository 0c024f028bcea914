import asyncio

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            async def a():
                await asyncio.sleep(0.1)
                raise ValueError("a")
            async def b():
                await asyncio.sleep(0.1)
                raise TypeError("b")
            async def c():
                try:
                    await asyncio.sleep(1)
                except asyncio.CancelledError:
                    raise KeyError("c during cancel")
            tg.create_task(a())
            tg.create_task(b())
            tg.create_task(c())
    except* (ValueError, TypeError) as eg:
        print("VT", [repr(e) for e in eg.exceptions])
        print(eg.message, type(eg).__name__)
    except* KeyError as eg:
        print("K", [repr(e) for e in eg.exceptions])

asyncio.run(main())

async def main2():
    async with asyncio.TaskGroup() as tg:
        async def a():
            raise ValueError("a")
        async def b():
            await asyncio.sleep(1)
        tg.create_task(a())
        tg.create_task(b())

try:
    asyncio.run(main2())
except ExceptionGroup as eg:
    print("top", repr(eg), eg.exceptions)
    eg2 = eg.split(ValueError)
    print(eg2)
    print(eg.subgroup(lambda e: isinstance(e, KeyError)))
