# gather wraps each coroutine in a task before it looks at the next argument: when a later
# argument is refused, the tasks already made still run, and their coroutines were not
# "never awaited".
import asyncio


async def greet(name):
    print("hello,", name)
    return name


async def main():
    try:
        await asyncio.gather(greet("first"), greet("second"), 42)
    except TypeError as e:
        print("refused:", e)
    print("before the next await")
    await asyncio.sleep(0)
    print("after it")
    try:
        await asyncio.gather(greet("third"), "not awaitable", return_exceptions=True)
    except TypeError as e:
        print("refused again:", e)
    await asyncio.sleep(0)


asyncio.run(main())
