# loop.call_soon / call_later / call_at ordering, handle cancel and handle reprs.
import asyncio


def cb(tag, loop, log):
    log.append((tag, round(loop.time(), 3)))


async def main():
    loop = asyncio.get_running_loop()
    log = []
    t0 = loop.time()
    loop.call_later(0.3, cb, "later-0.3", loop, log)
    loop.call_at(t0 + 0.1, cb, "at+0.1", loop, log)
    loop.call_soon(cb, "soon-1", loop, log)
    h = loop.call_later(0.2, cb, "cancelled", loop, log)
    loop.call_later(0.2, cb, "later-0.2", loop, log)
    loop.call_soon(cb, "soon-2", loop, log)
    loop.call_later(0, cb, "later-0", loop, log)
    loop.call_later(-1, cb, "later-neg", loop, log)
    h.cancel()
    print("cancelled:", h.cancelled(), "when:", round(h.when() - t0, 3))
    await asyncio.sleep(0.5)
    for tag, t in log:
        print(tag, round(t - t0, 3))
    h2 = loop.call_soon(print, "x")
    print(type(h2).__name__, isinstance(h, asyncio.TimerHandle))
    h2.cancel()
    try:
        loop.call_soon(cb, "kw", loop, log=log)
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.call_later(None, print)
    except TypeError as e:
        print("TypeError:", type(e).__name__)
    try:
        loop.call_soon("not callable")
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep(0)


asyncio.run(main())
