# Threads take turns, one at a time, like CPython's threads under the GIL: a thread runs
# until it waits. time.sleep in a thread moves the clock for everyone.
import threading
import time

ready = threading.Event()


def worker(n):
    time.sleep(n)
    print("worker", n, "done at", time.monotonic())


def waiter():
    ready.wait()
    print("waiter woke at", time.monotonic())


w = threading.Thread(target=waiter, name="waiter")
w.start()
workers = [threading.Thread(target=worker, args=(n,), name=f"worker-{n}") for n in (1, 2)]
for t in workers:
    t.start()
for t in workers:
    t.join()
ready.set()
w.join()
print("all done at", time.monotonic())
