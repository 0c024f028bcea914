# The repr of asyncio.Timeout in each state.
import asyncio
import re


def r(cm):
    return re.sub(r"when=[0-9.e+-]+", "when=T", repr(cm))


async def main():
    cm = asyncio.timeout(10)
    print(r(cm))
    async with cm:
        print(r(cm))
        cm.reschedule(None)
        print(r(cm))
    print(r(cm))
    try:
        async with asyncio.timeout(0.1) as cm2:
            await asyncio.sleep(1)
    except TimeoutError:
        print(r(cm2))
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
