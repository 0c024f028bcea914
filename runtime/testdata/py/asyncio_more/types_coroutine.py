# Generator-based awaitables with types.coroutine, and the collections.abc view of coroutines.
import asyncio
import collections.abc as abc
import inspect
import types


@types.coroutine
def yield_once():
    value = yield
    return value


@types.coroutine
def delegate_sleep(d):
    result = yield from asyncio.sleep(d, result="slept")
    return result


async def native():
    await yield_once()
    return await delegate_sleep(0.2)


async def agen():
    yield 1


async def main():
    print(await native(), round(asyncio.get_running_loop().time(), 2))
    c = native()
    print(isinstance(c, abc.Coroutine), isinstance(c, abc.Awaitable), isinstance(c, abc.Generator))
    c.close()
    g = agen()
    print(isinstance(g, abc.AsyncGenerator), isinstance(g, abc.AsyncIterator), isinstance(g, abc.AsyncIterable))
    gen = yield_once()
    print(inspect.isawaitable(gen), inspect.isawaitable(iter([])))
    gen.close()
    print(inspect.isgeneratorfunction(yield_once), inspect.iscoroutinefunction(yield_once))
    print(inspect.iscoroutinefunction(native), inspect.isasyncgenfunction(agen))
    gen = yield_once()
    print(type(gen).__name__, gen.gi_code.co_flags & inspect.CO_ITERABLE_COROUTINE != 0)
    gen.close()
    print(issubclass(types.CoroutineType, abc.Coroutine), types.CoroutineType.__name__)
    print(types.AsyncGeneratorType.__name__, type(g) is types.AsyncGeneratorType)

    def plain():
        return 5

    wrapped = types.coroutine(plain)
    print(wrapped is plain or wrapped(), )


asyncio.run(main())
