# Common task mistakes and the errors CPython gives for them.
import asyncio


async def work(x=1):
    await asyncio.sleep(0.01)
    return x


async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.create_task(42)
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.create_task(work)
    except TypeError as e:
        print("TypeError:", str(e).split(" at 0x")[0])
    coro = work(5)
    print(await coro)
    try:
        await coro
    except RuntimeError as e:
        print("RuntimeError:", e)
    t = asyncio.create_task(work(7), name=123)
    print(t.get_name(), await t, await t, t.result())
    t.set_name(("tuple", 1))
    print(t.get_name())
    print(t.get_coro().__qualname__, t.get_loop() is loop, t in {t}, hash(t) == hash(t))

    async def await_self():
        await asyncio.current_task()

    try:
        await asyncio.create_task(await_self())
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" at 0x")[0].split(" coro=")[0])

    other = asyncio.new_event_loop()
    foreign = other.create_future()
    try:
        await asyncio.create_task(asyncio.wait_for(foreign, 1))
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, "different loop" in str(e))
    finally:
        other.close()
    try:
        await asyncio.gather(work(), loop=loop)
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.Task(work(), loop=loop, bogus=False)
    except TypeError:
        print("TypeError for a bad keyword")
    g = work()
    t = asyncio.ensure_future(g)
    print(asyncio.ensure_future(t) is t, await t)


asyncio.run(main())
