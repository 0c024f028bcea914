# A coroutine kept only in a local variable that is never read: CPython releases it when the
# function returns, and warns with the line the function returned to.
import asyncio


async def fetch(n):
    print("fetch", n)
    return n


def forgets_in_plain_function():
    pending = fetch(1)  # the await was forgotten
    return "plain done"


async def forgets_in_coroutine():
    pending = fetch(2)
    await asyncio.sleep(0.5)
    return "coroutine done"


def ignores_its_argument(job):
    return "ignored"


def callback_that_forgets():
    pending = fetch(3)


async def main():
    print(forgets_in_plain_function())
    print(await forgets_in_coroutine())
    print(ignores_its_argument(fetch(4)))
    asyncio.get_running_loop().call_soon(callback_that_forgets)
    await asyncio.sleep(0)
    kept = fetch(5)
    print("kept is read:", type(kept).__name__)
    await kept


asyncio.run(main())
print("the end")
