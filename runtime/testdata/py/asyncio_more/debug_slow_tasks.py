# Debug mode reports slow steps of tasks and slow callbacks with their handles.
import asyncio
import time


def blocking_callback(tag):
    time.sleep(0.15)


async def blocking_step():
    time.sleep(0.2)
    await asyncio.sleep(0)
    time.sleep(0.01)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(blocking_callback, "soon")
    await asyncio.create_task(blocking_step(), name="stepper")
    await asyncio.sleep(0.2)
    print("done")


asyncio.run(main(), debug=True)
