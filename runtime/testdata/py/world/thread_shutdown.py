# The program ends when the main thread and every non-daemon thread are done; daemon threads
# still waiting are abandoned.
import queue
import threading

q = queue.Queue()


def late_worker():
    item = q.get()
    print("worker got", item, "after main ended")


def daemon_waiter():
    threading.Event().wait()
    print("never printed")


threading.Thread(target=daemon_waiter, daemon=True).start()
threading.Thread(target=late_worker).start()
q.put("job")
print("main ends", threading.active_count())
