# timeit on the virtual clock: only sleeping takes time.
import time
import timeit

print(timeit.default_timer is time.perf_counter)
print(timeit.timeit("x = sum(range(10))", number=1000))
print(timeit.timeit("time.sleep(0.01)", setup="import time", number=50))
print(timeit.repeat("time.sleep(0.5)", "import time", repeat=3, number=2))
calls = []
t = timeit.Timer(lambda: calls.append(1), setup=lambda: calls.append("setup"))
print(t.timeit(number=5), calls)
counter = {"n": 0}


def bump():
    counter["n"] += 1
    time.sleep(0.001)


print(round(timeit.timeit(bump, number=100), 6), counter)
print(timeit.timeit("y * 2", globals={"y": 21}, number=3))
print(timeit.Timer("time.sleep(0.05)", "import time").autorange())
steps = []
print(timeit.Timer("time.sleep(0.04)", "import time").autorange(lambda n, t: steps.append((n, round(t, 3)))), steps)
for bad in [dict(stmt=5), dict(setup=None), dict(stmt="return")]:
    try:
        timeit.Timer(**bad)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, e if isinstance(e, ValueError) else "")


def fake_timer():
    fake_timer.t += 1.5
    return fake_timer.t


fake_timer.t = 0.0
print(timeit.timeit("pass", timer=fake_timer, number=10))
t = timeit.Timer("1/0")
try:
    t.timeit(1)
except ZeroDivisionError:
    print("ZeroDivisionError from the statement")
