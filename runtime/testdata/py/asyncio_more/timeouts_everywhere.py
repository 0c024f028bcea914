# Mixing timeout styles: wait_for, asyncio.timeout, wait(timeout=) and as_completed(timeout=).
import asyncio


async def op(name, d):
    await asyncio.sleep(d)
    return name


async def main():
    loop = asyncio.get_running_loop()
    results = []
    try:
        results.append(await asyncio.wait_for(op("wf", 0.2), 0.5))
        results.append(await asyncio.wait_for(op("wf-late", 1), 0.5))
    except TimeoutError:
        results.append("wf timeout")
    try:
        async with asyncio.timeout(0.3):
            results.append(await op("cm", 0.1))
            results.append(await op("cm-late", 0.5))
    except TimeoutError:
        results.append("cm timeout")
    tasks = [asyncio.create_task(op(f"w{i}", i * 0.2)) for i in range(1, 4)]
    done, pending = await asyncio.wait(tasks, timeout=0.45)
    results.append(sorted(t.result() for t in done))
    for t in pending:
        t.cancel()
    try:
        for f in asyncio.as_completed([op("ac1", 0.1), op("ac2", 0.9)], timeout=0.5):
            results.append(await f)
    except TimeoutError:
        results.append("ac timeout")
    await asyncio.sleep(1)
    print(results)
    print(round(loop.time(), 2), len(asyncio.all_tasks()))


asyncio.run(main())
