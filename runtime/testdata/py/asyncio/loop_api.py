import asyncio

def callback(label, loop):
    print("callback", label, loop.time())

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.call_later(2, callback, "later", loop)
loop.call_soon(callback, "soon", loop)
h = loop.call_at(1.0, callback, "cancelled", loop)
h.cancel()
loop.call_at(3.0, loop.stop)
print(loop.is_running(), loop.is_closed())
loop.run_forever()
print("stopped at", loop.time())

async def compute():
    await asyncio.sleep(1)
    return 42

print(loop.run_until_complete(compute()), loop.time())
fut = loop.create_future()
loop.call_later(1, fut.set_result, "future value")
print(loop.run_until_complete(fut), fut.done(), fut.result())
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(compute())
except RuntimeError as e:
    print("RuntimeError:", e)
