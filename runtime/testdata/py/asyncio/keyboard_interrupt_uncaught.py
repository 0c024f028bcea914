# A KeyboardInterrupt raised in a task that nobody catches: asyncio.run cancels the other
# tasks (their finally blocks run), the traceback is printed and python3 dies of SIGINT.
import asyncio


async def other():
    try:
        await asyncio.sleep(10)
    finally:
        print("other finally")


async def main():
    asyncio.create_task(other())
    await asyncio.sleep(0.5)
    print("interrupting")
    raise KeyboardInterrupt


asyncio.run(main())
