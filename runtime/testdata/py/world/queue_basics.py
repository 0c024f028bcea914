# queue.Queue between threads: producer/consumer with task_done/join, maxsize, and the
# other queue kinds.
import queue
import threading

q = queue.Queue(maxsize=2)


def producer():
    for i in range(5):
        q.put(i)
        print("put", i, "size", q.qsize())
    q.put(None)


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        print("got", item)
        q.task_done()


tc = threading.Thread(target=consumer)
tp = threading.Thread(target=producer)
tc.start()
tp.start()
tp.join()
q.join()
print("all done", q.empty(), q.full())
tc.join()

try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
full = queue.Queue(1)
full.put("x")
try:
    full.put_nowait("y")
except queue.Full:
    print("Full")
try:
    full.task_done()
    full.task_done()
except ValueError as e:
    print("ValueError:", e)

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
sq = queue.SimpleQueue()
for x in [3, 1, 2]:
    lq.put(x)
    pq.put((x, f"p{x}"))
    sq.put(x)
print([lq.get() for _ in range(3)], [pq.get()[1] for _ in range(3)], [sq.get() for _ in range(3)])
print(sq.empty(), sq.qsize())
try:
    sq.get(block=False)
except queue.Empty:
    print("SimpleQueue Empty")

results = queue.Queue()
workers = [threading.Thread(target=lambda n=n: results.put(n * n)) for n in range(5)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(sorted(results.get() for _ in range(5)))
