# TaskGroup lifecycle: results, create_task after exit, cancellation from outside.
import asyncio


async def fetch(i):
    await asyncio.sleep(i / 10)
    return i * 10


async def forever(name, log):
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(i), name=f"fetch-{i}") for i in range(4)]
    print([t.result() for t in tasks], [t.get_name() for t in tasks])
    coro = fetch(1)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" is ")[1])
    coro.close()

    log = []

    async def group():
        async with asyncio.TaskGroup() as g:
            g.create_task(forever("a", log))
            g.create_task(forever("b", log))
        log.append("group exited normally?")

    t = asyncio.create_task(group())
    await asyncio.sleep(0.5)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("group task cancelled:", sorted(log))

    async def body_raises():
        async with asyncio.TaskGroup() as g:
            g.create_task(forever("c", log))
            await asyncio.sleep(0.1)
            raise LookupError("body")

    try:
        await body_raises()
    except* LookupError as eg:
        print("body error wrapped:", repr(eg))
    print(log[-1])

    async with asyncio.TaskGroup() as g:
        pass
    print(repr(g).startswith("<TaskGroup"))


asyncio.run(main())
