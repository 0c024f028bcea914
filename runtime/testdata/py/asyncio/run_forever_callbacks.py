# Legacy loop driving with run_forever and stop from callbacks, nested runs, and callbacks
# that fail before reaching Python code (not callable, a builtin given bad arguments).
import asyncio

loop = asyncio.new_event_loop()
ticks = []


def tick(n):
    ticks.append((n, loop.time()))
    if n < 3:
        loop.call_later(0.25, tick, n + 1)
    else:
        loop.stop()


loop.call_soon(tick, 0)
loop.run_forever()
print(ticks)
loop.stop()
loop.call_soon(print, "runs once after an early stop")
loop.run_forever()
print("early stop returned")


def nested():
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)
    loop.stop()


loop.call_soon(nested)
loop.run_forever()
loop.call_soon(5)
loop.call_soon(len, 1, 2)
loop.call_soon(print, "after the failing callbacks")
loop.call_soon(loop.stop)
loop.run_forever()
h = loop.call_soon(print, "y")
print(repr(h))
h.cancel()
print(repr(h))
for delay in (None, "1"):
    try:
        loop.call_later(delay, print)
    except TypeError as e:
        print("TypeError:", e)
print(loop.is_running())
loop.close()
