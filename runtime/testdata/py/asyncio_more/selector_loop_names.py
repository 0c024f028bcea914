# Programs written for several platforms create loops by class and log through asyncio.log.
import asyncio
import asyncio.log
import logging

loop = asyncio.SelectorEventLoop()
print(type(loop).__name__)
print(loop.is_running(), loop.is_closed())
loop.close()
other = asyncio.new_event_loop()
print(isinstance(other, asyncio.BaseEventLoop), isinstance(other, asyncio.AbstractEventLoop))
other.close()
print(asyncio.log.logger.name, asyncio.log.logger is logging.getLogger("asyncio"))
