# Two threads each hold a lock the other wants: every thread waits forever. CPython would
# hang; Asobiba stops the program cleanly (exit status 0), as the oracle does for an event
# loop that waits forever. (Asobiba's own expected output.)
import threading
import time

a = threading.Lock()
b = threading.Lock()
ready = threading.Barrier(2)


def one():
    with a:
        ready.wait()
        print("one wants b")
        with b:
            print("never")


def two():
    with b:
        ready.wait()
        print("two wants a")
        with a:
            print("never")


t1 = threading.Thread(target=one)
t2 = threading.Thread(target=two)
t1.start()
t2.start()
print("main joins")
t1.join()
print("never reached")
