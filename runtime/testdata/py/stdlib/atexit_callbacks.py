# atexit callbacks run last-registered first when the program ends, after a failure too.
import atexit


def bye(who, punct="!"):
    print(f"bye {who}{punct}")


class Broken:
    def __call__(self):
        raise ValueError("broken callback")

    def __repr__(self):  # the default repr shows an address, which differs between runs
        return "<Broken callback>"


broken = Broken()


atexit.register(bye, "first")
atexit.register(broken)
atexit.register(bye, "second", punct="?")


def unwanted():
    print("never printed")


atexit.register(unwanted)
atexit.register(unwanted)
atexit.unregister(unwanted)


@atexit.register
def decorated():
    print("decorated")


try:
    atexit.register(5)
except TypeError as e:
    print("TypeError:", e)
raise SystemExit(3)
