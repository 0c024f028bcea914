import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name

async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job("slow", 3)), asyncio.create_task(job("fast", 1))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending), loop.time())
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending), loop.time())
    tasks = [asyncio.create_task(job("boom", 1, True)), asyncio.create_task(job("later", 5))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print([repr(t.exception()) for t in done], len(pending), loop.time())
    done, pending = await asyncio.wait(pending, timeout=1)
    print(len(done), len(pending), loop.time())
    for t in pending:
        t.cancel()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
