# datetime.strptime shares time.strptime's parser: microseconds, offsets with their names,
# week numbers, ISO weeks, %c %x %X, and the errors of both.
from datetime import datetime

cases = [
    ("2024-03-05T10:11:12.5+01:30", "%Y-%m-%dT%H:%M:%S.%f%z"),
    ("2024-03-05 10:11:12.123456 -0800", "%Y-%m-%d %H:%M:%S.%f %z"),
    ("1 UTC +0000", "%d %Z %z"),
    ("1 GMT", "%d %Z"),
    ("2024 10 3", "%Y %U %w"),
    ("2024 10 Wed", "%Y %W %a"),
    ("2024 1 1", "%G %V %u"),
    ("2021 53 7", "%G %V %u"),
    ("Tue Mar  5 07:08:09 2024", "%c"),
    ("03/05/24 07:08:09", "%x %X"),
    ("+01:02:03.5 12", "%z %H"),
    ("Z", "%z"),
]
for s, f in cases:
    d = datetime.strptime(s, f)
    print(repr(d), d.tzname(), d.utcoffset())

for s, f in [("2024 1", "%G %V"), ("2024 1 1", "%Y %V %u"), ("2024 1 1 1", "%G %V %u %j"),
             ("+01:0203", "%z"), ("31 Feb 2024", "%d %b %Y"), ("0000", "%Y"), ("x", "%Y"),
             ("2024 ", "%Y"), ("1", "%q"), ("Feb 29", "%b %d")]:
    try:
        print(datetime.strptime(s, f))
    except ValueError as e:
        print("ValueError:", e)
for args in [(1, "%Y"), ("1", 2)]:
    try:
        datetime.strptime(*args)
    except TypeError as e:
        print("TypeError:", e)
