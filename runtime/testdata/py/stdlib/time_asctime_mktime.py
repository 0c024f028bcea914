# asctime and ctime print the tuple's own fields as C's asctime does; gmtime, localtime and
# mktime convert between seconds and dates across the calendar's edges.
import time

for t in [(2024, 3, 5, 0, 0, 0, 0, 65, 0), (2024, 0, 5, 0, 0, 0, 0, 65, 0), (2024, 3, 0, 0, 0, 0, 0, 65, 0),
          (2024, 3, 5, 0, 0, 0, -1, 0, 0), (2024, 2, 31, 0, 0, 0, 7, 65, 0), (5, 2, 3, 4, 5, 6, 2, 65, 0),
          (12345, 12, 31, 23, 59, 61, 6, 366, 1), (2024, 3, 5, 0, 0, 0, 0, 367, 0), (2024, 13, 5, 0, 0, 0, 0, 1, 0),
          (2024, 3, 5), [2024, 3, 5, 0, 0, 0, 0, 65, 0]]:
    try:
        print(time.asctime(t))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for s in [0, -1, -1.5, 59.9, 86400 * 366, 951782400, 951868800, -2208988800, -62135596800,
          253402300799, 1e12, -1e11, 4102444800]:
    g = time.gmtime(s)
    print(s, time.ctime(s), tuple(g), g.tm_zone, time.localtime(s).tm_zone, time.mktime(g) == (s // 1))
print(time.mktime((2024, 14, 35, 25, 61, 61, 0, 0, 0)), time.mktime((1960, 1, 1, 0, 0, 0, 0, 0, 0)),
      time.mktime((2000, 0, 0, 0, 0, 0, 0, 0, 0)), time.mktime((2000, -13, 1, 0, -5, 0, 0, 0, 0)))
time.sleep(86400 * 400 + 3.7)
print(time.ctime(time.time()), time.asctime(time.localtime(time.time())), time.gmtime(time.time())[:6])
for bad in [float("nan"), 1e20, "x"]:
    try:
        time.ctime(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    time.mktime((2024, 1, 1))
except TypeError as e:
    print("TypeError", e)
