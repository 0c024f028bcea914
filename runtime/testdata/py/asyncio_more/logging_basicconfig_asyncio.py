# With logging.basicConfig, asyncio's errors go through the 'asyncio' logger's format.
import asyncio
import logging

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s")


async def fails():
    raise ValueError("logged through logging")


def bad_callback():
    raise KeyError("cb")


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0)
    logging.getLogger("app").info("main continues, task done=%s", t.done())


asyncio.run(main())
logging.info("after run")
