# time.strptime: directives, defaults, computed weekday and day of the year, %j, %p, %y's
# century, %f, whitespace and case, and the errors CPython raises.
import time

cases = [
    ("2024-03-05 14:07:09", "%Y-%m-%d %H:%M:%S"),
    ("5 Mar 24", "%d %b %y"),
    ("Tuesday, 5 MARCH 1968", "%A, %d %B %Y"),
    ("1 jan 69", "%d %b %y"),
    ("12:30 am", "%I:%M %p"),
    ("12:30 PM", "%I:%M %p"),
    ("7 pm", "%I %p"),
    ("2024 60", "%Y %j"),
    ("2023 365", "%Y %j"),
    ("14:07:09.5", "%H:%M:%S.%f"),
    ("2024    7", "%Y %m"),
    ("2024\t\n7", "%Y %m"),
    ("10%", "%d%%"),
    ("Thu Jan  1 00:00:00 1970", "%a %b %d %H:%M:%S %Y"),
    ("2020-02-29", "%Y-%m-%d"),
    ("61", "%S"),
    ("UTC 2020", "%Z %Y"),
    ("+0130 2020", "%z %Y"),
    ("2020", "%Y"),
    ("", ""),
    ("3", "%w"),
]
for s, f in cases:
    t = time.strptime(s, f)
    print(repr(s), repr(f), tuple(t), t.tm_zone, t.tm_gmtoff)

print(tuple(time.strptime("Thu Jan  1 00:00:00 1970")))
print(type(time.strptime("2020", "%Y")).__name__)

for s, f in [("2024-13-01", "%Y-%m-%d"), ("2024-03-05x", "%Y-%m-%d"), ("24:00", "%H:%M"),
             ("abc", "%Y"), ("   2024", "%Y"), ("2024", "%Y %m"), ("2024-1-1", "%Y-%m-%dT"),
             ("1", "%Q"), ("07/04/21", "%D"), ("1", "%"), ("it's", "%Y"),
             ("2023 366", "%Y %j"), ("0", "%j"), ("2021-02-29", "%Y-%m-%d")]:
    try:
        print(tuple(time.strptime(s, f)))
    except ValueError as e:
        print("ValueError:", e)
for args in [(1, "%Y"), ("1", 2)]:
    try:
        time.strptime(*args)
    except TypeError as e:
        print("TypeError:", e)
for s, f in [("2024 10 3", "%Y %U %w"), ("2024 10 3", "%Y %W %w"), ("2024 0 0", "%Y %U %w"),
             ("2021 1", "%Y %U"), ("2024 5", "%Y %u"), ("Z", "%z"), ("-05:30", "%z"),
             ("gmt", "%Z")]:
    try:
        t = time.strptime(s, f)
        print(repr(s), repr(f), tuple(t), t.tm_zone, t.tm_gmtoff)
    except ValueError as e:
        print("ValueError:", e)
