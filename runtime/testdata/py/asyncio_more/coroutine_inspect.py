# Introspecting coroutines: state, locals, cr_await, cr_frame.
import asyncio, inspect, sys
async def inner():
    x = 41
    await asyncio.sleep(0.1)
    return x + 1
async def outer():
    y = "local"
    return await inner()
async def main():
    c = outer()
    print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c), c.cr_await, c.cr_code.co_name, c.cr_frame.f_lineno)
    t = asyncio.create_task(c)
    await asyncio.sleep(0.05)
    print(inspect.getcoroutinestate(c), sorted(inspect.getcoroutinelocals(c)), type(c.cr_await).__name__, c.cr_frame.f_lineno, c.cr_running)
    print(c.cr_await.cr_code.co_name if hasattr(c.cr_await, "cr_code") else type(c.cr_await))
    print(await t, inspect.getcoroutinestate(c), c.cr_frame, c.cr_await)
    print(c.cr_origin, sys.get_coroutine_origin_tracking_depth())
    d = outer()
    d.close()
    print(inspect.getcoroutinestate(d))
asyncio.run(main())
