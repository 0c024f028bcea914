# The loop's coroutine methods written in Python carry CPython's names, which show in
# coroutine reprs and in "was never awaited" warnings.
import asyncio

loop = asyncio.new_event_loop()
c = loop.shutdown_asyncgens()
print(c.__name__, c.__qualname__)
print(repr(c).split(" at ")[0])
c.close()
print(loop.shutdown_default_executor.__qualname__, loop.shutdown_default_executor.__name__)
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()
