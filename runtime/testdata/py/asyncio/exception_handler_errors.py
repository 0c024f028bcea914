# Custom exception handlers: the context they get, sys.exception() inside them, and a handler
# that fails while reporting a failing callback (its error is chained to the callback's).
import asyncio
import sys


def handler(loop, ctx):
    print("handler:", sorted(ctx), ctx["message"].split(" at ")[0], repr(ctx.get("exception")))
    print("  handling:", repr(sys.exception()))


def bad_handler(loop, ctx):
    raise RuntimeError("handler broke")


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    loop.call_soon(lambda: 1 / 0)
    f = loop.create_future()
    f.add_done_callback(lambda _: [][1])
    f.set_result(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom"})
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "custom2", "extra": 5})
    loop.call_exception_handler({"message": "custom3", "exception": KeyError("k")})
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print("TypeError:", e)
    loop.set_exception_handler(bad_handler)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "direct call"})
    loop.set_exception_handler(None)
    print("done")


asyncio.run(main())
