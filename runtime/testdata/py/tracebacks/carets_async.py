# Caret lines in an asyncio traceback: the awaiting line and the failing line of a task.
import asyncio


async def fetch(n):
    await asyncio.sleep(0.1)
    return {"a": 1}[n] + 1


async def main():
    results = await asyncio.gather(fetch("a"), fetch("b"))
    print(results)


asyncio.run(main())
