# Threads run one at a time: a started thread runs until it blocks, time.sleep advances the
# one global clock (the oracle's model), join waits, names and idents are as in CPython.
import threading
import time


def worker(name, n):
    print(f"{name} start at {time.time()}")
    for i in range(n):
        time.sleep(0.5)
        print(f"{name} step {i}")
    print(f"{name} done at {time.time()}")
    return name


threads = [threading.Thread(target=worker, args=(f"w{i}", 2)) for i in range(3)]
print([t.name for t in threads])
print(threads[0].is_alive(), threads[0].ident is None)
for t in threads:
    t.start()
print("started:", threading.active_count() >= 1, time.time())
for t in threads:
    t.join()
print([t.is_alive() for t in threads], time.time())


class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"counter-{n}")
        self.n = n
        self.total = 0

    def run(self):
        for i in range(self.n):
            self.total += i
        print(self.name, "ran in", threading.current_thread().name)


c = Counter(10)
c.start()
c.join()
print(c.total, repr(c).startswith("<Counter(counter-10, stopped"))
print(threading.current_thread() is threading.main_thread(), threading.main_thread().name)
print(threading.get_ident() == threading.main_thread().ident)

lock = threading.Lock()
counter = 0


def increment(k):
    global counter
    for _ in range(k):
        with lock:
            counter += 1


ts = [threading.Thread(target=increment, args=(1000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counter", counter, lock.locked())
print(lock.acquire(), lock.acquire(False), lock.acquire(timeout=0))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon, threading.Thread(target=worker).name)
try:
    d.join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
d.start()
try:
    d.start()
except RuntimeError as e:
    print("RuntimeError:", e)
d.join()
print(sorted(t.name for t in threading.enumerate()))
