# concurrent.futures.ThreadPoolExecutor: submit, map (in order), as_completed, wait,
# exceptions travelling back through result(), shutdown and cancelled futures.
import threading
import time
from concurrent.futures import (ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED,
                                ALL_COMPLETED, FIRST_EXCEPTION, Future, CancelledError)


def square(x):
    time.sleep(0.1)
    return x * x


with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(square, range(6))))
    fut = ex.submit(square, 7)
    print(fut.result(), fut.done(), fut.cancelled(), fut.exception())
    print(repr(fut).split(" at ")[0], repr(fut).split(" state=")[1])
    futures = [ex.submit(square, i) for i in range(4)]
    print(sorted(f.result() for f in as_completed(futures)))
    done, not_done = wait(futures, return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    done, not_done = wait(futures, return_when=FIRST_COMPLETED)
    print(len(done) >= 1)
print("elapsed", round(time.time(), 1))


def fails(x):
    raise ValueError(f"bad {x}")


with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as ex:
    fut = ex.submit(fails, 1)
    print(type(fut.exception()).__name__, fut.exception())
    try:
        fut.result()
    except ValueError as e:
        print("caught", e)
    print(repr(fut).split(" state=")[1])
    done, _ = wait([fut, ex.submit(square, 2)], return_when=FIRST_EXCEPTION)
    print(len(done) >= 1)
    names = list(ex.map(lambda _: threading.current_thread().name.split("_")[0], range(3)))
    print(sorted(set(names)))

ex = ThreadPoolExecutor(max_workers=1)
ex.shutdown()
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)

f = Future()
print(f.cancel(), f.cancelled(), f.done())
try:
    f.result()
except CancelledError:
    print("CancelledError")
f2 = Future()
f2.add_done_callback(lambda fut: print("callback sees", fut.result()))
f2.set_result(42)
f2.add_done_callback(lambda fut: print("late callback sees", fut.result()))
try:
    f2.result(timeout=0)
    Future().result(timeout=0)
except TimeoutError:
    print("TimeoutError")

with ThreadPoolExecutor(max_workers=2) as ex:
    results = ex.map(square, [1, 2, 3])
print(list(results))
