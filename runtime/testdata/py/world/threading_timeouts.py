# Timeouts take virtual time: when every thread waits, the clock jumps to the earliest
# timeout. (Under the CPython oracle threading keeps real clocks, so there these waits take
# no virtual time: this file's expected output is Asobiba's own.)
import queue
import threading
import time

ev = threading.Event()
print("wait 2 ->", ev.wait(2), time.time())


def fire():
    print("timer fired at", time.time())


t = threading.Timer(1.5, fire)
t.start()
t.join()
print("after timer", time.time())

t = threading.Timer(10, fire)
t.start()
t.cancel()
t.join()
print("cancelled timer, time", time.time())


never = threading.Event()


def slow():
    never.wait(5)


w = threading.Thread(target=slow)
w.start()
w.join(timeout=1)
print("join(timeout=1) ->", w.is_alive(), time.time())

q = queue.Queue()
try:
    q.get(timeout=0.25)
except queue.Empty:
    print("Empty after", time.time())

lock = threading.Lock()
lock.acquire()
print("acquire(timeout=0.5) ->", lock.acquire(timeout=0.5), time.time())
cond = threading.Condition()
with cond:
    print("wait_for ->", cond.wait_for(lambda: False, timeout=1), time.time())


def setter():
    time.sleep(0.0)
    ev2.wait(3)
    print("setter woke at", time.time())
    ev.set()


ev2 = threading.Event()
s = threading.Thread(target=setter)
s.start()
print("main waits for ev:", ev.wait(10), time.time())
s.join()

polls = 0
flag = threading.Event()
threading.Timer(2, flag.set).start()
while not flag.is_set():
    time.sleep(0.5)
    polls += 1
print("polled", polls, "times until", time.time())
