# An exception escaping asyncio.run: chained traceback through awaits.
import asyncio


async def parse(text):
    await asyncio.sleep(0.1)
    return int(text)


async def load(items):
    out = []
    for item in items:
        try:
            out.append(await parse(item))
        except ValueError as e:
            raise RuntimeError(f"bad item {item!r}") from e
    return out


async def main():
    print(await load(["1", "2"]))
    task = asyncio.create_task(load(["3", "x"]))
    await task


asyncio.run(main())
