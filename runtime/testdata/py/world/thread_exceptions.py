# An exception escaping a thread is reported by threading.excepthook; the program goes on.
import threading


def boom():
    raise ValueError("boom in thread")


t = threading.Thread(target=boom, name="Worker")
t.start()
t.join()
print("main continues", t.is_alive())

seen = []
threading.excepthook = lambda args: seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
t = threading.Thread(target=boom, name="Hooked")
t.start()
t.join()
print(seen)
threading.excepthook = threading.__excepthook__


def quits():
    raise SystemExit(3)


t = threading.Thread(target=quits)
t.start()
t.join()
print("SystemExit in a thread is silent")
