# Future misuse: result before done, set_result twice, set_exception with StopIteration.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.done(), fut.cancelled())
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        fut.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    fut.set_result(1)
    for action in (lambda: fut.set_result(2), lambda: fut.set_exception(ValueError()), fut.cancel):
        try:
            print("returned", action())
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    f2 = loop.create_future()
    try:
        f2.set_exception(StopIteration("s"))
    except TypeError as e:
        print("TypeError:", e)
    f2.set_exception(ValueError)
    print(repr(f2.exception()))
    f3 = loop.create_future()
    print(f3.cancel("reason"), f3.cancel())
    try:
        f3.result()
    except asyncio.CancelledError as e:
        print("CancelledError args:", e.args)
    try:
        f3.exception()
    except asyncio.CancelledError as e:
        print("exception() raises too:", e.args)
    f4 = loop.create_future()
    f4.add_done_callback(lambda f: print("callback sees", f.result()))
    f4.add_done_callback(print)
    print("removed", f4.remove_done_callback(print))
    f4.set_result("x")
    await asyncio.sleep(0)
    print(isinstance(f4, asyncio.Future), asyncio.isfuture(f4), asyncio.isfuture(1))
    print(f4.get_loop() is loop)
    print(await f4, f4.result())
    try:
        print(list(fut.__await__()))
    except StopIteration as e:
        print("StopIteration", e.value)


asyncio.run(main())
