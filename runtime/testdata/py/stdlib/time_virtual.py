# Time is virtual: it starts at the epoch and time.sleep advances it exactly.
import time

start = time.time()
print(start, time.monotonic(), time.perf_counter())
time.sleep(2.5)
print(time.time() - start, time.monotonic_ns())
print(time.gmtime(0))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", time.gmtime(86400 * 365.25 * 30)))
print(time.asctime(time.gmtime(1e9)), time.ctime(0) == time.asctime(time.gmtime(0)))
t = time.gmtime(1234567890)
print(t.tm_year, t.tm_mon, t.tm_mday, t[0:3], len(t))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
