# The main coroutine itself leaves a coroutine in an unread local: it is released when the
# task's step returns, which CPython reports at the event loop's callback line.
import asyncio


async def tick(label):
    print("tick", label)


async def main():
    forgotten = tick("never")
    for i in range(3):
        await asyncio.sleep(1)
        print("second", i + 1, "at", asyncio.get_running_loop().time())


asyncio.run(main())
print("finished")
