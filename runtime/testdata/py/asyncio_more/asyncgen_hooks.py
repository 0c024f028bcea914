# sys.get_asyncgen_hooks / set_asyncgen_hooks, inside and outside a running loop.
import asyncio
import sys


async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")


def show(hooks):
    return [None if h is None else getattr(h, "__name__", "?") for h in hooks]


print(type(sys.get_asyncgen_hooks()).__name__, sys.get_asyncgen_hooks())
firsts = []
sys.set_asyncgen_hooks(firstiter=firsts.append)
print(show(sys.get_asyncgen_hooks()))
try:
    sys.set_asyncgen_hooks(finalizer=1)
except TypeError as e:
    print("TypeError:", e)
try:
    sys.set_asyncgen_hooks(firstiter="x")
except TypeError as e:
    print("TypeError:", e)
sys.set_asyncgen_hooks(None, None)
hooks = sys.get_asyncgen_hooks()
print(hooks.firstiter, hooks.finalizer, len(hooks), hooks[0])


async def main():
    first, final = sys.get_asyncgen_hooks()
    print("loop hooks set:", first is not None, final is not None)
    async for x in gen():
        print("x", x)
        break
    print("after break")
    await asyncio.sleep(0)
    print("end of main")


asyncio.run(main())
print(sys.get_asyncgen_hooks())
