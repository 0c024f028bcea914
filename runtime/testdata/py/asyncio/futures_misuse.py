import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("done callback sees", f.result()))
    fut.set_result(7)
    await asyncio.sleep(0)
    for action in (lambda: fut.set_result(8), lambda: fut.set_exception(ValueError())):
        try:
            action()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    pending = loop.create_future()
    for action in (pending.result, pending.exception):
        try:
            action()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    print(pending.cancel("not needed"), pending.cancelled())
    try:
        pending.result()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    try:
        fut.set_exception(StopIteration())
    except Exception as e:
        print(type(e).__name__, e)
    task = asyncio.create_task(asyncio.sleep(0))
    try:
        task.set_result(1)
    except RuntimeError as e:
        print("RuntimeError", e)
    await task

asyncio.run(main())
