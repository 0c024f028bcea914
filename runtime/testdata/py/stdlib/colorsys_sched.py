# colorsys conversions; sched on the virtual clock.
import colorsys
import sched
import time

for rgb in [(0.2, 0.4, 0.4), (1.0, 0.0, 0.0), (0.5, 0.5, 0.5), (0.1, 0.9, 0.3), (0.0, 0.0, 1.0)]:
    hls = colorsys.rgb_to_hls(*rgb)
    hsv = colorsys.rgb_to_hsv(*rgb)
    yiq = colorsys.rgb_to_yiq(*rgb)
    print(rgb, hls, hsv, yiq)
    print("  back:", colorsys.hls_to_rgb(*hls), colorsys.hsv_to_rgb(*hsv), colorsys.yiq_to_rgb(*yiq))
print([colorsys.hsv_to_rgb(h / 6, 1, 1) for h in range(7)])

s = sched.scheduler(time.monotonic, time.sleep)
start = time.monotonic()


def report(name):
    print(f"{time.monotonic() - start:.2f} {name}")


s.enter(2, 1, report, ("two",))
s.enter(1, 2, report, argument=("one, low priority",))
s.enter(1, 1, report, kwargs={"name": "one, high priority"})
e = s.enter(1.5, 1, report, ("cancelled",))
s.cancel(e)
print([ev.argument or ev.kwargs for ev in s.queue], s.empty())
s.run()
print(s.empty(), round(time.monotonic() - start, 2))
s.enter(5, 1, report, ("later",))
print(s.run(blocking=False))
try:
    s.cancel(e)
except ValueError:
    print("ValueError: not scheduled")
