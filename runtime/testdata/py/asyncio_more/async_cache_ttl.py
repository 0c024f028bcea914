# An async TTL cache decorator keyed on arguments, with concurrent callers sharing a fetch.
import asyncio
import functools


def async_ttl_cache(ttl):
    def decorator(fn):
        cache = {}

        @functools.wraps(fn)
        async def wrapper(*args):
            loop = asyncio.get_running_loop()
            now = loop.time()
            entry = cache.get(args)
            if entry and now - entry[0] < ttl:
                return await entry[1]
            fut = asyncio.ensure_future(fn(*args))
            cache[args] = (now, fut)
            try:
                return await fut
            except Exception:
                cache.pop(args, None)
                raise
        wrapper.cache = cache
        return wrapper
    return decorator


calls = []


@async_ttl_cache(ttl=1.0)
async def lookup(key):
    calls.append((key, round(asyncio.get_running_loop().time(), 2)))
    await asyncio.sleep(0.3)
    if key == "bad":
        raise KeyError(key)
    return key * 2


async def main():
    print(await asyncio.gather(lookup("a"), lookup("a"), lookup("b")))
    await asyncio.sleep(0.5)
    print(await lookup("a"))
    await asyncio.sleep(1)
    print(await lookup("a"))
    for _ in range(2):
        try:
            await lookup("bad")
        except KeyError as e:
            print("KeyError", e)
    print(calls)
    print(lookup.__name__, len(lookup.cache))


asyncio.run(main())
