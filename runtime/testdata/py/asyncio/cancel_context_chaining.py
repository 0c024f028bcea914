# The CancelledError a task receives when the future it awaits is cancelled is chained to the
# exception being handled where the loop runs: a SystemExit during asyncio.run's shutdown, or
# an except clause around run_until_complete.
import asyncio


async def victim():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError as e:
        print("victim context:", repr(e.__context__))
        raise


loop = asyncio.new_event_loop()
t = loop.create_task(victim())
loop.run_until_complete(asyncio.sleep(0))
try:
    raise SystemExit(0)
except SystemExit:
    t.cancel()
    loop.run_until_complete(asyncio.gather(t, return_exceptions=True))

f = loop.create_future()


async def awaits_future():
    try:
        await f
    except asyncio.CancelledError as e:
        print("awaits_future context:", repr(e.__context__))


t2 = loop.create_task(awaits_future())
loop.run_until_complete(asyncio.sleep(0))
try:
    raise ValueError("handled")
except ValueError:
    f.cancel()
    loop.run_until_complete(t2)
t3 = loop.create_task(victim())
loop.run_until_complete(asyncio.sleep(0))
t3.cancel()
loop.run_until_complete(asyncio.gather(t3, return_exceptions=True))
loop.close()


async def failing_cleanup():
    try:
        await asyncio.sleep(100)
    finally:
        raise KeyError("cleanup failed")


async def main():
    asyncio.create_task(failing_cleanup())
    await asyncio.sleep(0)
    raise SystemExit(0)


asyncio.run(main())
