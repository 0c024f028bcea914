# Debug mode: slow callbacks are reported; non-threadsafe calls from threads detected.
import asyncio
import time


def slow():
    time.sleep(0.2)


async def slow_coro():
    time.sleep(0.15)


async def main():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug(), loop.slow_callback_duration)
    loop.slow_callback_duration = 0.1
    loop.call_soon(slow)
    await asyncio.sleep(0)
    await asyncio.create_task(slow_coro(), name="slowpoke")
    try:
        loop.call_soon("x")
    except TypeError as e:
        print("TypeError:", e)
    print("done")


asyncio.run(main(), debug=True)


async def check_callbacks():
    loop = asyncio.get_running_loop()
    for bad in (slow_coro, slow_coro(), 42):
        for schedule in (loop.call_soon, lambda cb: loop.call_later(1, cb),
                         lambda cb: loop.call_at(1, cb), loop.call_soon_threadsafe):
            try:
                schedule(bad)
            except TypeError as e:
                print("TypeError:", e)
        if asyncio.iscoroutine(bad):
            bad.close()


asyncio.run(check_callbacks(), debug=True)
