import asyncio
import threading

async def work(x):
    await asyncio.sleep(0)
    return x * 2

async def failing():
    raise ValueError("in loop")

def in_thread(loop):
    fut = asyncio.run_coroutine_threadsafe(work(21), loop)
    print("thread got", fut.result())
    fut = asyncio.run_coroutine_threadsafe(failing(), loop)
    try:
        fut.result()
    except ValueError as e:
        print("thread caught", repr(e))
    print(type(fut).__name__)

async def main():
    loop = asyncio.get_running_loop()
    await asyncio.to_thread(in_thread, loop)
    try:
        asyncio.run_coroutine_threadsafe(42, loop)
    except TypeError as e:
        print("TypeError", e)
    print("main done")

asyncio.run(main())
