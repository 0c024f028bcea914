# wait_for timing out: the TimeoutError text and its chained CancelledError.
import asyncio
import traceback


async def slow_op():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow_op cancelled")
        raise
    return "never"


async def main():
    try:
        await asyncio.wait_for(slow_op(), timeout=1)
    except asyncio.TimeoutError as e:
        print("type:", type(e).__name__, "str:", repr(str(e)), "args:", e.args)
        print("is builtin TimeoutError:", isinstance(e, TimeoutError))
        print("cause:", type(e.__cause__).__name__)
        print("context:", type(e.__context__).__name__)
        print("suppress:", e.__suppress_context__)
    print(await asyncio.wait_for(asyncio.sleep(0.1, "fast"), timeout=1))
    print(await asyncio.wait_for(asyncio.sleep(0, "none"), timeout=None))
    await asyncio.wait_for(slow_op(), timeout=0.5)


try:
    asyncio.run(main())
except TimeoutError:
    lines = traceback.format_exc().splitlines()
    print("\n".join(l for l in lines if not l.startswith("  ")))
