# Telling coroutine functions apart: inspect, asyncio.iscoroutine, functools.partial.
import asyncio
import functools
import inspect


async def fetch(x, scale=1):
    await asyncio.sleep(0)
    return x * scale


def plain(x):
    return x


class Service:
    async def call(self):
        return "method"

    @staticmethod
    async def static():
        return "static"

    async def __call__(self):
        return "callable object"


async def agen():
    yield 1


async def main():
    p = functools.partial(fetch, scale=3)
    for obj in (fetch, plain, p, Service().call, Service.static, Service(), agen, lambda: fetch(1)):
        print(inspect.iscoroutinefunction(obj), asyncio.iscoroutinefunction(obj),
              inspect.isasyncgenfunction(obj))
    c = fetch(2)
    print(inspect.iscoroutine(c), asyncio.iscoroutine(c), inspect.isawaitable(c))
    print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running)
    print(inspect.getcoroutinestate(c))
    print(await c)
    print(inspect.getcoroutinestate(c))
    print(await p(5), await Service()(), await Service.static())
    print(asyncio.iscoroutine(agen()), inspect.isasyncgen(agen()))
    wrapped = functools.wraps(fetch)(lambda *a: fetch(*a))
    print(wrapped.__name__, inspect.iscoroutinefunction(wrapped))
    print(inspect.signature(fetch))
    print(fetch.__code__.co_flags & inspect.CO_COROUTINE != 0)


asyncio.run(main())
