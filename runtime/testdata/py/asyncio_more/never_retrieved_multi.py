# Tasks that fail without anyone retrieving the error: logged at exit.
import asyncio


async def fail(n):
    await asyncio.sleep(n / 10)
    raise ValueError(f"failure {n}")


async def ok():
    return 1


async def main():
    tasks = [asyncio.create_task(fail(i), name=f"fail-{i}") for i in range(2)]
    good = asyncio.create_task(ok())
    await asyncio.sleep(1)
    print([t.done() for t in tasks], good.result())
    retrieved = asyncio.create_task(fail(3))
    await asyncio.sleep(1)
    print("retrieved:", repr(retrieved.exception()))
    print("main done")


asyncio.run(main())
print("after run")
