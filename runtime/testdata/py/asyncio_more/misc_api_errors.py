# Small API errors beginners hit, with CPython's messages.
import asyncio


async def main():
    try:
        await asyncio.sleep()
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.Queue().task_done()
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait_for(asyncio.sleep(0))
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.timeout("soon")
        async with asyncio.timeout("soon"):
            pass
    except TypeError as e:
        print("TypeError:", type(e).__name__)
    e = asyncio.Event()
    try:
        await asyncio.wait_for(e.wait(), timeout=0.1)
    except TimeoutError:
        print("event wait timed out; is_set:", e.is_set())
    print(asyncio.all_tasks() == {asyncio.current_task()})


try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.create_task(main())
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.run(main())
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("RuntimeError:", e)
