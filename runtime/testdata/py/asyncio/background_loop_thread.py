import asyncio
import threading

def start_background_loop(loop):
    asyncio.set_event_loop(loop)
    loop.run_forever()

async def compute(x):
    await asyncio.sleep(0)
    print("computing", x, threading.current_thread().name)
    return x * x

loop = asyncio.new_event_loop()
t = threading.Thread(target=start_background_loop, args=(loop,), name="bg", daemon=True)
t.start()
futs = [asyncio.run_coroutine_threadsafe(compute(i), loop) for i in range(3)]
print([f.result() for f in futs])
f = asyncio.run_coroutine_threadsafe(compute(10), loop)
print(f.result(timeout=5))
loop.call_soon_threadsafe(loop.stop)
t.join()
print("loop running:", loop.is_running())
loop.close()
print("closed")
