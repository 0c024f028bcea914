# asyncio reports through logging.getLogger('asyncio') once the program uses logging: the
# configured format applies to its errors and warnings, and DEBUG shows the loop being made.
import asyncio
import logging
import time

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s|%(name)s|%(message)s")
log = logging.getLogger("demo")


async def fails():
    raise KeyError("lost")


async def blocks():
    time.sleep(0.3)


async def main():
    loop = asyncio.get_running_loop()
    loop.slow_callback_duration = 0.2
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    await asyncio.create_task(blocks())
    log.info("main done at %.1f", loop.time())
    asyncio.create_task(fails())
    await asyncio.sleep(0)


asyncio.run(main(), debug=False)
logging.getLogger("asyncio").setLevel(logging.WARNING)
asyncio.run(main())
