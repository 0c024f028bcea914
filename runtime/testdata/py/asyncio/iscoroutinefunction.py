# asyncio.iscoroutinefunction and asyncio.iscoroutine on the usual kinds of callables.
import asyncio
import functools


async def coro_fn():
    return 1


def plain_fn():
    return 2


async def agen_fn():
    yield 3


class C:
    async def method(self):
        pass

    def plain(self):
        pass


for f in (coro_fn, plain_fn, agen_fn, C.method, C().method, C.plain, C().plain,
          functools.partial(coro_fn), print, len, lambda: None):
    print(getattr(f, "__name__", type(f).__name__), asyncio.iscoroutinefunction(f))

c = coro_fn()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(coro_fn), asyncio.iscoroutine(None))
print(asyncio.run(c))
