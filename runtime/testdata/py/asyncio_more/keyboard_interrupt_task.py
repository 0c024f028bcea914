# KeyboardInterrupt raised inside a task: asyncio.run cancels main and re-raises.
import asyncio


async def child():
    await asyncio.sleep(0.5)
    raise KeyboardInterrupt


async def other():
    try:
        await asyncio.sleep(10)
    finally:
        print("other cleaned up")


async def main():
    asyncio.create_task(other())
    try:
        await asyncio.gather(child(), asyncio.sleep(5))
    finally:
        print("main finally")


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("caught KeyboardInterrupt at top level")
