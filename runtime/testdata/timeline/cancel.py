# main cancels a worker that sleeps; the worker's finally block still runs.
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        print("cleanup")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("worker cancelled")


asyncio.run(main())
