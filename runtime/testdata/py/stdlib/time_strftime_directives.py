# time.strftime in the C locale: every directive, padding, week numbers near the year's
# ends, literal text, unknown directives and a trailing percent sign.
import time

directives = "aAbBcCdDeFgGhHIjklmMnprRsStTuUVwWxXyYzZ%"
stamps = [0, 86399, 951782400, 1009756800, 1104451200, 1230681600, 1609372800,
          1700000000, 1735603200, 4102444799, -86400 * 365 * 60]
for s in stamps:
    t = time.gmtime(s)
    print(s, time.strftime(" ".join("%" + d for d in directives), t).replace("\n", "\\n").replace("\t", "\\t"))

print(time.strftime("plain text, no directives", time.gmtime(0)))
print(time.strftime("100%% sure at %H%M", time.gmtime(3600 * 13 + 60 * 7)))
print(repr(time.strftime("trailing %", time.gmtime(0))))
print(repr(time.strftime("%Q %! %1 %", time.gmtime(0))))
print(repr(time.strftime("", time.gmtime(0))))
print(time.strftime("%Y-%m-%d", (2024, 2, 29, 0, 0, 0, 3, 60, 0)))
print(time.strftime("%d/%m/%Y %j", (1999, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime("%Y|%C|%y|%G|%g", (5, 6, 7, 8, 9, 10, 0, 158, 0)))
print(time.strftime("%Y|%C|%y", (12345, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime("%I %l %p %r", (2020, 1, 1, 0, 5, 0, 2, 1, 0)), time.strftime("%I %l %p", (2020, 1, 1, 12, 0, 0, 2, 1, 0)))
print(time.strftime("%H:%M:%S", (2020, 1, 1, 23, 59, 61, 2, 1, 0)))
print(time.strftime("%a %A %u %w", (2020, 1, 1, 0, 0, 0, 6, 1, 0)))
print(time.strftime("%U %W %V %G", (2021, 1, 3, 0, 0, 0, 6, 3, 0)))
print(time.strftime("%c", time.localtime(1e9)) == time.asctime(time.localtime(1e9)))
print(time.strftime("%Y") == time.strftime("%Y", time.localtime()))
print(time.strftime("é %d ü", time.gmtime(0)))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0),
            (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 60, 0, 0, 1, 0),
            (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 367, 0),
            (2020, 1, 1), "2020", (2020, 1, 1, 0, 0, 0, 0, 1, 0, 0)]:
    try:
        print(time.strftime("%Y", bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    time.strftime(42)
except TypeError as e:
    print("TypeError", e)
print(time.strftime("%Z %z", time.gmtime(0)), time.strftime("%Z %z", time.localtime(0)), time.gmtime(0).tm_zone, time.localtime(0).tm_zone)
print(repr(time.strftime("%Z|%z", (2020, 1, 1, 0, 0, 0, 2, 1, 0))), repr(time.strftime("%Z|%z", (2020, 1, 1, 0, 0, 0, 2, 1, -1))))
