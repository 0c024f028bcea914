# The asyncio exception classes: modules, reprs, messages and bases.
import asyncio
for e in (asyncio.TimeoutError(), asyncio.CancelledError("m"), asyncio.InvalidStateError("x"),
          asyncio.IncompleteReadError(b"ab", 5), asyncio.IncompleteReadError(b"ab", None),
          asyncio.LimitOverrunError("m", 3), asyncio.BrokenBarrierError(), asyncio.QueueEmpty(), asyncio.QueueFull(),
          asyncio.SendfileNotAvailableError("s")):
    print(type(e).__module__, type(e).__qualname__, repr(e), str(e), [c.__name__ for c in type(e).__mro__[1:-1]])
async def main():
    raise asyncio.BrokenBarrierError("broken")
asyncio.run(main())
