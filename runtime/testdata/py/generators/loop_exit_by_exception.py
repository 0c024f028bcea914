# A generator a for loop created is closed when an exception leaves the loop, before any
# handler runs, as when the loop is left by break or return.
def numbers(tag):
    try:
        yield from range(10)
    finally:
        print(tag, "closed")


def raising():
    for n in numbers("raising"):
        if n == 1:
            raise ValueError(n)


def handled_inside():
    try:
        for n in numbers("inner"):
            if n == 2:
                raise KeyError(n)
    except KeyError as e:
        print("handler sees", repr(e))
    return "ok"


def nested():
    for a in numbers("outer"):
        for b in numbers("inner2"):
            if b == 1:
                raise RuntimeError("deep")


try:
    raising()
except ValueError as e:
    print("caught", repr(e))
print(handled_inside())
try:
    nested()
except RuntimeError as e:
    print("caught", e)
kept = numbers("kept")
print(next(kept))
try:
    for n in kept:
        raise StopIteration
except StopIteration:
    print("kept still open:", kept.gi_frame is not None)
kept.close()
