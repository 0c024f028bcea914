# The frames that a refused gather argument shows in its traceback are those of CPython's
# tasks.py, with its line numbers: the learner sees where gather gave up.
import asyncio


def not_a_coroutine():
    return "plain value"


async def main():
    await asyncio.gather(not_a_coroutine())


asyncio.run(main())
