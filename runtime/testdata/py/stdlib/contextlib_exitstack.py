from contextlib import ExitStack, contextmanager

@contextmanager
def res(name, log):
    log.append("open " + name)
    try:
        yield name
    finally:
        log.append("close " + name)

log = []
with ExitStack() as stack:
    names = [stack.enter_context(res(n, log)) for n in "abc"]
    stack.callback(log.append, "callback")
    log.append("body " + ",".join(names))
print(log)

log = []
with ExitStack() as stack:
    stack.enter_context(res("x", log))
    later = stack.pop_all()
log.append("popped")
later.close()
print(log)

def suppressor(*exc):
    print("exit cb sees", exc[0].__name__ if exc[0] else None)
    return True

with ExitStack() as stack:
    stack.push(suppressor)
    raise ValueError("hidden")
print("suppressed by push")

def failing():
    raise KeyError("in callback")

try:
    with ExitStack() as stack:
        stack.callback(failing)
        raise ValueError("original")
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))

try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print("TypeError:", e)

class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, *exc):
        print("exit", self.n, exc[0].__name__ if exc[0] else None)
        return self.n == 2

with ExitStack() as stack:
    for i in range(1, 4):
        stack.enter_context(CM(i))
    raise RuntimeError("stop")
print("done")
