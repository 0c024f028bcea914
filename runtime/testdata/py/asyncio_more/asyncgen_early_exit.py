# Leaving `async for` early (break, return, an exception) finalizes the async generator:
# asyncio schedules its aclose(), so its finally clause runs on the next loop iteration.
import asyncio


async def ticks(tag, log):
    try:
        for i in range(10):
            await asyncio.sleep(0.1)
            yield i
    finally:
        log.append(f"{tag} cleanup at {asyncio.get_running_loop().time():.1f}")


async def first_over(limit, log):
    async for n in ticks("return", log):
        if n > limit:
            return n


async def explode(log):
    async for n in ticks("raise", log):
        if n == 1:
            raise ValueError(n)


async def main():
    log = []
    async for n in ticks("break", log):
        if n == 2:
            break
    log.append("after break")
    await asyncio.sleep(0)
    log.append("after one iteration")
    log.append(f"returned {await first_over(0, log)}")
    await asyncio.sleep(0)
    try:
        await explode(log)
    except ValueError as e:
        log.append(f"caught {e!r}")
    await asyncio.sleep(0)
    kept = ticks("kept", log)
    log.append(f"kept yields {await anext(kept)}")
    print("\n".join(log))
    print("tasks:", len(asyncio.all_tasks()))


asyncio.run(main())
print("done")
