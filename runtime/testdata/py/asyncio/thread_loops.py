import asyncio
import threading
import time

async def work(name, n):
    for i in range(n):
        await asyncio.sleep(0.5)
        print(f"{name} step {i} at {time.monotonic():.1f}")
    return name

def runner(name, n, out):
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print("RuntimeError", e)
    loop = asyncio.new_event_loop()
    try:
        out[name] = loop.run_until_complete(work(name, n))
    finally:
        loop.close()

out = {}
t1 = threading.Thread(target=runner, args=("A", 2, out), name="worker-A")
t1.start()
t1.join()
print(out)

def runner2():
    print(asyncio.run(work("B", 1)))
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        print("RuntimeError", e)

async def main():
    t = threading.Thread(target=runner2)
    t.start()
    await asyncio.to_thread(t.join)
    print("main loop still running:", asyncio.get_running_loop().is_running())

asyncio.run(main())
