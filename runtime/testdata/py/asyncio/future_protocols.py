# Futures driven by hand and by legacy generator-based coroutines: next() on a future's
# iterator ends with a StopIteration carrying the result (as next() on any iterator whose
# __next__ raises one with a value), done callbacks with a context, Future subclasses.
import asyncio
import contextvars
import types

var = contextvars.ContextVar("var", default="unset")


class Countdown:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("val", 2)
        return self.n


@types.coroutine
def legacy(fut):
    r = yield from fut
    return r * 2


async def main():
    c = Countdown()
    print(next(c), next(c))
    try:
        next(c)
    except StopIteration as e:
        print("StopIteration", e.args, e.value)
    print(next(c, "default"), list(Countdown()))
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    ctx = contextvars.copy_context()
    ctx.run(var.set, "in ctx")
    f.add_done_callback(lambda _: print("cb sees", var.get()), context=ctx)
    f.add_done_callback(lambda _: print("cb2 sees", var.get()))
    var.set("main")
    f.set_result(3)
    await asyncio.sleep(0)
    g = loop.create_future()
    loop.call_later(0.1, g.set_result, 21)
    print(await legacy(g))
    h = loop.create_future()
    it = h.__await__()
    print(next(it) is h)
    h.set_result("iter")
    try:
        next(it)
    except StopIteration as e:
        print("StopIteration", e.value)
    t = asyncio.create_task(asyncio.wait_for(loop.create_future(), 0.1))
    try:
        await t
    except asyncio.TimeoutError:
        print("timeout")
    class MyFut(asyncio.Future):
        def __repr__(self):
            return "<MyFut>"
    m = MyFut()
    loop.call_soon(m.set_result, "sub")
    print(await m, asyncio.isfuture(m))
    async def waiter():
        return await m
    print(await asyncio.create_task(waiter()))
    n = loop.create_future()
    n.set_result(None)
    print(n.remove_done_callback(print))
    def reentrant(fut):
        print("reentrant adds")
        fut.add_done_callback(lambda _: print("added from callback"))
    p = loop.create_future()
    p.add_done_callback(reentrant)
    p.set_result(1)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    h2 = loop.create_future()
    h2.set_result(5)
    try:
        next(iter(h2))
    except StopIteration as e:
        print("StopIteration", e.value, e.args)


asyncio.run(main())
