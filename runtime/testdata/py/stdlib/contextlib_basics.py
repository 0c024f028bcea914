from contextlib import contextmanager, suppress, closing, nullcontext, redirect_stdout, ContextDecorator, ExitStack
import sys

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("p") as t:
    print("inside", t)

try:
    with tag("div"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))

with swallow():
    raise KeyError("k")
print("after swallow")

@contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def two_yields():
    yield 1
    yield 2

try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print("IndexError passes through")

class Thing:
    def close(self):
        print("closed")

with closing(Thing()) as th:
    print(type(th).__name__)
with nullcontext(5) as five:
    print(five)

class Buffer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass

buf = Buffer()
with redirect_stdout(buf):
    print("hidden", 1)
print("captured:", "".join(buf.parts).strip())

class track(ContextDecorator):
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False

@track()
def work(x):
    print("working", x)
    return x * 2
print(work(21))

@tag("deco")
def decorated():
    print("body")
decorated()
decorated()
print(tag.__name__, tag("x").__doc__ is None)
