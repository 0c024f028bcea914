# Condition, Event, Semaphore, BoundedSemaphore, Barrier, RLock and local.
import threading
import time

cond = threading.Condition()
items = []
got = []


def consumer(name):
    with cond:
        while not items:
            print(name, "waits")
            cond.wait()
        got.append((name, items.pop(0)))


cs = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(3)]
for t in cs:
    t.start()
with cond:
    items.extend([1, 2])
    cond.notify(2)
    print("notified 2")
with cond:
    items.append(3)
    cond.notify_all()
for t in cs:
    t.join()
print(sorted(v for _, v in got), sorted(n for n, _ in got))
print(repr(cond).startswith("<Condition(<unlocked _thread.RLock object owner=0 count=0"))

ev = threading.Event()
order = []


def waiter(i):
    order.append(f"wait{i}")
    ev.wait()
    order.append(f"woke{i}")


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in ws:
    t.start()
print(order, ev.is_set())
ev.set()
for t in ws:
    t.join()
print(order[:3], sorted(order[3:]), ev.is_set(), ev.wait(), ev.wait(0))
ev.clear()
print(ev.is_set(), ev.wait(0))

sem = threading.Semaphore(2)
active = []


def limited(i):
    with sem:
        active.append(i)
        print(i, "in, active", len(active))
        time.sleep(1)
        active.remove(i)
        print(i, "out")


ls = [threading.Thread(target=limited, args=(i,)) for i in range(4)]
for t in ls:
    t.start()
for t in ls:
    t.join()
print(sem.acquire(blocking=False), sem.acquire(blocking=False), sem.acquire(blocking=False))
bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)

barrier = threading.Barrier(3, action=lambda: print("all arrived"))


passed = []


def party(i):
    print("party", i, "arrives")
    idx = barrier.wait()
    passed.append((i, idx))


ps = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for t in ps:
    t.start()
for t in ps:
    t.join()
print(sorted(i for i, _ in passed), sorted(idx for _, idx in passed))
print(barrier.parties, barrier.n_waiting, barrier.broken)
barrier.abort()
try:
    barrier.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError")

rl = threading.RLock()
with rl:
    with rl:
        print("nested", rl._is_owned())
print(rl._is_owned())
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError:", e)

data = threading.local()
data.value = "main"


def show():
    print("thread sees value?", hasattr(data, "value"))
    data.value = "thread"
    print("thread value", data.value)


t = threading.Thread(target=show)
t.start()
t.join()
print("main value", data.value)


class MyLocal(threading.local):
    def __init__(self, start):
        self.n = start


ml = MyLocal(5)
ml.n += 1


def bump():
    ml.n += 100
    print("thread n", ml.n)


t = threading.Thread(target=bump)
t.start()
t.join()
print("main n", ml.n)
