# Running event loops in worker threads, each with asyncio.run, plus a thread-safe queue.
import asyncio
import queue
import threading

results = queue.Queue()


async def job(name, delay):
    await asyncio.sleep(delay)
    return f"{name} finished after {delay}"


def thread_main(name, delay):
    results.put(asyncio.run(job(name, delay)))


threads = [threading.Thread(target=thread_main, args=(f"t{i}", i / 10)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.get() for _ in range(3)))


async def main():
    loop = asyncio.get_running_loop()
    out = []

    def in_thread():
        out.append(threading.current_thread().name != "MainThread")
        try:
            asyncio.get_running_loop()
        except RuntimeError as e:
            out.append(str(e))

    await loop.run_in_executor(None, in_thread)
    print(out)


asyncio.run(main())
