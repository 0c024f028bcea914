# atexit handlers run last-registered first after the program ends (even by sys.exit);
# a failing handler is reported and the rest still run.
import atexit, sys

def goodbye(name, punct="!"):
    print("goodbye", name + punct)

@atexit.register
def first():
    print("registered first, runs last")

atexit.register(goodbye, "world", punct="?")
atexit.register(goodbye, "never")
atexit.unregister(goodbye)
atexit.register(goodbye, "again")

class Broken:
    def __call__(self):
        raise ValueError("in exit handler")

    def __repr__(self):
        return "<Broken handler>"


broken = Broken()

atexit.register(broken)
try:
    atexit.register(5)
except TypeError as e:
    print(e)
print("main done")
sys.exit(3)
