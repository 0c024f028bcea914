# Failing "fire and forget" tasks are reported as soon as they fail; kept ones at the end.
import asyncio, sys

async def fail(n, d):
    await asyncio.sleep(d)
    raise ValueError(f"failure {n}")

async def main():
    asyncio.create_task(fail(1, 0.2))
    asyncio.ensure_future(fail(2, 0.1))
    kept = asyncio.create_task(fail(3, 0.05))
    async with asyncio.TaskGroup() as tg:
        tg.create_task(asyncio.sleep(0.01))
    await asyncio.sleep(0.15)
    print("between", file=sys.stderr)
    await asyncio.sleep(0.1)
    print("main done", file=sys.stderr)

asyncio.run(main())
print("after", file=sys.stderr)
