# _thread._parallel_sleep(True) switches time.sleep to a model where only the sleeping thread
# waits: five threads that sleep one second each take one virtual second together, as on a
# real machine. (The oracle's model, the default, would take five: Asobiba's own output.)
import _thread
import threading
import time
from concurrent.futures import ThreadPoolExecutor

_thread._parallel_sleep(True)


def io_task(n):
    print("start", n, time.time())
    time.sleep(1)
    print("end", n, time.time())
    return n


with ThreadPoolExecutor(max_workers=5) as ex:
    print(list(ex.map(io_task, range(5))))
print("elapsed", time.time())
threads = [threading.Thread(target=time.sleep, args=(d,)) for d in (3, 1, 2)]
for t in threads:
    t.start()
threads[1].join()
print("shortest done at", time.time())
for t in threads:
    t.join()
print("all done at", time.time())
