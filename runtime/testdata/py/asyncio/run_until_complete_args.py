# Legacy loop.run_until_complete with what ensure_future accepts: awaitable objects (wrapped in
# a task), futures of another loop (ValueError), a loop stopped early, and non-awaitables.
import asyncio


class Delayed:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield from asyncio.sleep(0.5).__await__()
        return self.value


loop = asyncio.new_event_loop()
print(loop.run_until_complete(Delayed("awaitable result")), loop.time())
try:
    loop.run_until_complete(5)
except TypeError as e:
    print("TypeError:", e)


async def stopper():
    loop.stop()
    await asyncio.sleep(1)


try:
    loop.run_until_complete(stopper())
except RuntimeError as e:
    print("RuntimeError:", e)

other = asyncio.new_event_loop()
foreign = other.create_future()
try:
    loop.run_until_complete(foreign)
except ValueError as e:
    print("ValueError:", e)


async def await_foreign():
    await foreign


try:
    loop.run_until_complete(await_foreign())
except RuntimeError as e:
    print("RuntimeError:", str(e).startswith("Task <Task pending"), "attached to a different loop" in str(e))
own = loop.create_future()
loop.call_later(0.25, own.set_result, "own future")
print(loop.run_until_complete(own))
for t in asyncio.all_tasks(loop):
    t.cancel()
loop.run_until_complete(asyncio.sleep(0))
loop.close()
other.close()
print("closed", loop.is_closed(), other.is_closed())
