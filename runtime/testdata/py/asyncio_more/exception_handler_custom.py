# loop.set_exception_handler: context keys, default handler output, errors in handlers.
import asyncio


def handler(loop, context):
    keys = sorted(k for k in context if k != "source_traceback")
    exc = context.get("exception")
    msg = context["message"].replace(__file__, "FILE").replace("exception_handler_custom.py", "FILE")
    print("handler:", msg, keys, type(exc).__name__ if exc else None)


def bad_callback():
    raise ZeroDivisionError("in callback")


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom message", "extra": 1})
    loop.call_exception_handler({"message": "with exc", "exception": OSError("x")})
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "default handler", "thing": [1, 2]})
    loop.call_soon(bad_callback)
    await asyncio.sleep(0)

    def failing_handler(loop, context):
        raise RuntimeError("handler failed")

    loop.set_exception_handler(failing_handler)
    loop.call_exception_handler({"message": "to failing handler"})
    loop.set_exception_handler(None)
    print("still running")

    def default_wrapper(loop, context):
        print("wrapper got", context["message"])
        loop.default_exception_handler(context)

    loop.set_exception_handler(default_wrapper)
    fut = loop.create_future()
    fut.set_exception(ValueError("unretrieved"))
    loop.call_exception_handler({"message": "via wrapper", "future": fut})
    fut.exception()


asyncio.run(main())
