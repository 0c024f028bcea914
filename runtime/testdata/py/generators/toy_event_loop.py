# A generator-based scheduler, in the style of the earliest coroutine tutorials.
from collections import deque

def task(name, steps):
    for i in range(steps):
        print(f"{name}: step {i}")
        yield
    return f"{name} done"

def run(tasks):
    ready = deque(tasks)
    results = []
    while ready:
        t = ready.popleft()
        try:
            next(t)
            ready.append(t)
        except StopIteration as stop:
            results.append(stop.value)
    return results

print(run([task("A", 2), task("B", 3), task("C", 1)]))
