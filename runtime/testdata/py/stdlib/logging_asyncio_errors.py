# With logging configured, asyncio reports through the 'asyncio' logger and its format.
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="[%(levelname)s] %(name)s: %(message)s")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({"message": "custom problem", "detail": 42})
    try:
        raise KeyError("k")
    except KeyError as e:
        err = e
    logging.getLogger().handlers[0].setStream(sys.stderr)  # tracebacks: paths normalised there
    loop.call_exception_handler({"message": "with exception", "exception": err})
    logging.getLogger().handlers[0].setStream(sys.stdout)
    loop.call_exception_handler({"exception": RuntimeError("no message")})
    print("main done")


asyncio.run(main())
logging.getLogger("asyncio").setLevel(logging.CRITICAL)
asyncio.run(main())
