import asyncio
import sys

def on_done(f):
    pass

async def nap():
    await asyncio.sleep(1)

async def main():
    # reprs with file names go to stderr, where the oracle shortens paths
    print(repr(asyncio.current_task()), file=sys.stderr)
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(on_done)
    fut.add_done_callback(lambda f: None)
    print(repr(fut), file=sys.stderr)
    child = asyncio.create_task(nap(), name="sleeper")
    await asyncio.sleep(0)
    print(repr(child), file=sys.stderr)
    fut.set_result(None)

asyncio.run(main())
