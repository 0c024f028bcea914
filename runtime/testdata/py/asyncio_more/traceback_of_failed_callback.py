# The traceback of a callback that fails before running Python code has the loop's
# Handle._run entry, which the traceback module can extract and format.
import asyncio
import traceback


def handler(loop, context):
    exc = context["exception"]
    print(type(exc).__name__, [e.name for e in traceback.extract_tb(exc.__traceback__)])
    print(len(traceback.format_tb(exc.__traceback__)), traceback.format_exception(exc)[-1])


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(len)
    await asyncio.sleep(0.1)


asyncio.run(main())
