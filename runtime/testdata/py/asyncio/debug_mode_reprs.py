import asyncio
import sys
import time

async def job():
    await asyncio.sleep(0.1)

async def hog(seconds):
    time.sleep(seconds)
    await asyncio.sleep(0)

def slow_callback():
    time.sleep(0.2)

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_debug(), sys.get_coroutine_origin_tracking_depth())
    job()  # forgotten await: debug mode says where the coroutine was created
    t = asyncio.create_task(job())
    # reprs name files: print them to stderr, where the oracle shortens paths
    print(repr(t), file=sys.stderr)
    print(repr(loop.create_future()), file=sys.stderr)
    print(repr(loop.call_soon(print, "soon")), file=sys.stderr)
    await t
    await loop.create_task(hog(0.15))
    loop.call_soon(slow_callback)
    await asyncio.sleep(0.5)

asyncio.run(main(), debug=True)
print(sys.get_coroutine_origin_tracking_depth())
