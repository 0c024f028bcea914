import asyncio

# asyncio.run cancels the tasks left pending when main returns. CPython cancels them in the
# order of a set of tasks, which is not reproducible, so the names are printed sorted.
cancelled = []

async def background(name):
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        cancelled.append(name)
        raise

async def main():
    asyncio.create_task(background("first"))
    asyncio.create_task(background("second"))
    await asyncio.sleep(1)
    print("main returns with tasks still pending")

asyncio.run(main())
print("cancelled by asyncio.run:", sorted(cancelled))
