# contextlib.asynccontextmanager and AsyncExitStack, with errors and callbacks.
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def connection(name, log):
    log.append(f"open {name}")
    await asyncio.sleep(0.1)
    try:
        yield f"conn:{name}"
    except KeyError as e:
        log.append(f"{name} handled {e!r}")
    finally:
        await asyncio.sleep(0.1)
        log.append(f"close {name}")


class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log

    async def __aenter__(self):
        self.log.append(f"enter {self.name}")
        return self

    async def __aexit__(self, et, ev, tb):
        self.log.append(f"exit {self.name} {et.__name__ if et else None}")
        return False


async def main():
    log = []
    async with connection("db", log) as c:
        log.append(f"using {c}")
    async with connection("cache", log):
        raise KeyError("k")
    try:
        async with connection("api", log):
            raise ValueError("v")
    except ValueError as e:
        log.append(f"outer got {e!r}")

    async with contextlib.AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(connection(n, log)) for n in ("a", "b")]
        r = await stack.enter_async_context(Resource("r", log))
        stack.callback(log.append, "sync callback")

        async def acb(x):
            log.append(f"async callback {x}")

        stack.push_async_callback(acb, 1)
        log.append(f"inside {conns} {r.name}")
    print("\n".join(log))
    log.clear()

    try:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(Resource("x", log))
            raise RuntimeError("stop")
    except RuntimeError as e:
        log.append(f"propagated {e}")
    async with Resource("y", log), connection("z", log) as z:
        log.append(z)
    print("\n".join(log))


asyncio.run(main())
