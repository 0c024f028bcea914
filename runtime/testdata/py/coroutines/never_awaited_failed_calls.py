# Coroutines passed to a call that fails: when CPython drops them, and so warns.
import asyncio
async def work():
    return 1
def f(*a):
    raise ValueError("x")
def g(a):
    pass
async def main():
    try:
        f(work())
    except ValueError:
        print("v")
    try:
        g(work(), loop=1)
    except TypeError as e:
        print(e)
    try:
        asyncio.gather(work(), loop=1)
    except TypeError as e:
        print(e)
    try:
        asyncio.wait_for(work(), 1, 2, 3)
    except TypeError as e:
        print(e)
asyncio.run(main())
