# Old-style loop management: new_event_loop / set_event_loop / run_until_complete.
import asyncio


async def greet(name, delay):
    await asyncio.sleep(delay)
    print(f"hello {name}")
    return name


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    print(asyncio.get_event_loop() is loop)
    result = loop.run_until_complete(asyncio.gather(greet("a", 0.2), greet("b", 0.1)))
    print(result)
    task = loop.create_task(greet("c", 0.1))
    loop.run_until_complete(task)
    print(task.result(), loop.is_running(), loop.is_closed())
    loop.call_later(0.1, loop.stop)
    loop.run_forever()
    print("stopped at", round(loop.time(), 2) > 0)
finally:
    loop.close()
    asyncio.set_event_loop(None)
print(loop.is_closed())
try:
    loop.run_until_complete(greet("late", 0))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio._get_running_loop())
loop2 = asyncio.new_event_loop()
print(loop2.run_until_complete(greet("d", 0)))
loop2.close()
