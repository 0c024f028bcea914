import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled())
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f.set_exception(ValueError("bad"))
    print(repr(f.exception()))
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError raised")
    try:
        await f
    except ValueError as e:
        print("await raised", e)
    g = loop.create_future()
    print(g.cancel(), g.cancel(), g.cancelled())
    h = asyncio.Future()
    h.set_result([1, 2])
    print(h.result(), isinstance(asyncio.current_task(), asyncio.Future))
    try:
        h.set_exception(StopIteration)
    except Exception as e:
        print(type(e).__name__)

asyncio.run(main())
