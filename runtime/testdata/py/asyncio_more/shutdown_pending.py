# asyncio.run cancels tasks still pending when main returns; their cleanup runs then.
# (CPython cancels them in the order of a set, so the shutdown messages are sorted.)
import asyncio

shutdown = []


async def background(name, log):
    try:
        while True:
            await asyncio.sleep(0.3)
            log.append(f"{name} tick")
    except asyncio.CancelledError:
        shutdown.append(f"{name} cancelled at shutdown")
        raise


async def refuses():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        shutdown.append("refuses: cleaning up slowly")
        await asyncio.sleep(0.5)
        shutdown.append("refuses: done cleaning")
        return "finished anyway"


async def breaks_on_cancel():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        raise RuntimeError("cleanup failed")


async def main():
    log = []
    asyncio.create_task(background("bg1", log))
    asyncio.create_task(background("bg2", log))
    asyncio.create_task(refuses())
    asyncio.create_task(breaks_on_cancel(), name="breaker")
    await asyncio.sleep(1)
    print(log)
    print("main returns with", len(asyncio.all_tasks()) - 1, "other tasks")


asyncio.run(main())
print("after run")
print("\n".join(sorted(shutdown)))
