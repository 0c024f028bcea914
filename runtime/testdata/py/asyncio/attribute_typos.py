# Misspelt names: asyncio's module suggests the right one with no frame of its own, and a
# Task or Future is named as CPython's C types are ('_asyncio.Task').
import asyncio

class MyFuture(asyncio.Future):
    pass

async def main():
    t = asyncio.create_task(asyncio.sleep(0))
    for obj in (t, asyncio.get_running_loop().create_future(), MyFuture()):
        try:
            obj.cancle()
        except AttributeError as e:
            print(e)
    await t

asyncio.run(main())


async def typo():
    await asyncio.slep(1)


asyncio.run(typo())
