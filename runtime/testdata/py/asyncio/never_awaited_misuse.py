# Using a coroutine object as if it were its result: the failing operation drops the
# coroutine, and CPython warns at that line (for an attribute, when the AttributeError,
# which keeps the object, is freed at the end of its handler).
import asyncio


async def load_rows():
    await asyncio.sleep(1)
    return [{"id": 1}, {"id": 2}]


async def main():
    try:
        for row in load_rows():
            print(row)
    except TypeError as e:
        print("iterating:", e)
    try:
        print(load_rows()[0])
    except TypeError as e:
        print("indexing:", e)
    try:
        print(len(load_rows()))
    except TypeError as e:
        print("len:", e)
    try:
        print(load_rows() + [])
    except TypeError as e:
        print("adding:", e)
    try:
        print(load_rows().count)
    except AttributeError as e:
        print("attribute:", e)
    rows = await load_rows()
    print("awaited:", rows)


asyncio.run(main())
