# gather of coroutines only: how children's results, exceptions and cancellations reach
# the outer future, the order of the callbacks involved, and how a waiting child shows
# gather's callback in its repr.
import asyncio
import re


class Loud:
    """A return_exceptions value that says when gather asks for its truth."""

    def __init__(self, value):
        self.value = value

    def __bool__(self):
        print("  bool asked")
        return self.value


async def work(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    print("  done", name)
    return name


async def stubborn(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("  swallowed cancel in", name)
    return name


def tag(what):
    return lambda fut: print("  callback", what)


async def main():
    print("results in argument order")
    print(await asyncio.gather(work("a", 0.2), work("b", 0.1), work("c", 0)))

    print("truth of return_exceptions, asked once per callback")
    print(await asyncio.gather(work("d", 0), work("e", 0, fail=True), return_exceptions=Loud(True)))

    print("first exception wins; later children still run")
    g = asyncio.gather(work("f", 0.1, fail=True), work("g", 0.2), work("h", 0.3, fail=True))
    try:
        await g
    except ValueError as e:
        print("  raised", e)
    await asyncio.sleep(0.5)

    print("callbacks of children and of the outer future")
    g = asyncio.gather(work("i", 0), work("j", 0))
    g.add_done_callback(tag("outer"))
    for t in asyncio.all_tasks():
        if t is not asyncio.current_task():
            t.add_done_callback(tag(t.get_coro().cr_code.co_name))
    print(await g)

    print("a waiting child shows gather's callback")
    g = asyncio.gather(work("k", 0.1))
    await asyncio.sleep(0)
    child = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()][0]
    print(" ", re.sub(r" at \S+:\d+", " at FILE", repr(child)))
    await g

    print("a cancelled child, with return_exceptions")
    g = asyncio.gather(work("l", 1), work("m", 0.1), return_exceptions=True)
    await asyncio.sleep(0)
    for t in asyncio.all_tasks():
        if t is not asyncio.current_task() and t.get_coro().cr_frame.f_locals["name"] == "l":
            t.cancel("stop l")
    res = await g
    print(" ", [type(r).__name__ + repr(r.args) if isinstance(r, BaseException) else r for r in res])

    print("a cancelled child, without")
    g = asyncio.gather(work("n", 1), work("o", 0.1))
    await asyncio.sleep(0)
    for t in asyncio.all_tasks():
        if t is not asyncio.current_task() and t.get_coro().cr_frame.f_locals["name"] == "n":
            t.cancel()
    try:
        await g
    except asyncio.CancelledError as e:
        print("  CancelledError", e.args)
    await asyncio.sleep(0.2)

    print("cancelling the outer future, children swallow it")
    g = asyncio.gather(stubborn("p"), stubborn("q"))
    await asyncio.sleep(0)
    print("  cancel ->", g.cancel("why"))
    try:
        print(await g)
    except asyncio.CancelledError as e:
        print("  CancelledError", e.args)

    print("the same coroutine twice")
    c = work("r", 0)
    print(await asyncio.gather(c, c, work("s", 0)))

    print("nested gathers")
    print(await asyncio.gather(asyncio.gather(work("t", 0.1), work("u", 0)), work("v", 0)))


asyncio.run(main())
