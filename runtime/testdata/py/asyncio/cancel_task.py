import asyncio

async def long_job():
    try:
        print("job: working")
        await asyncio.sleep(10)
        print("job: never")
    except asyncio.CancelledError as e:
        print("job: cancelled with", e.args)
        raise
    finally:
        print("job: cleanup")

async def main():
    task = asyncio.create_task(long_job())
    await asyncio.sleep(1)
    print("cancel returns", task.cancel("stop please"), task.cancel("second"))
    print("cancelling()", task.cancelling())
    try:
        await task
    except asyncio.CancelledError as e:
        print("main: task cancelled", e.args)
    print(task.cancelled(), task.done())
    try:
        task.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
    print(asyncio.TimeoutError is TimeoutError)

asyncio.run(main())
