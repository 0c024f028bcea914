# Three tasks sleep side by side: gather waits for all of them.
import asyncio


async def sleeper(name):
    await asyncio.sleep(1.0)
    return name


async def main():
    print(await asyncio.gather(sleeper("a"), sleeper("b"), sleeper("c")))


asyncio.run(main())
