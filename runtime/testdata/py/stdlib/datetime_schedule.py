# A small scheduler over dates and times: recurring events, durations, formatting and parsing.
from datetime import date, datetime, time, timedelta, timezone

start = datetime(2024, 3, 1, 9, 0)
meetings = [start + timedelta(days=7 * i, minutes=15 * (i % 3)) for i in range(6)]
for m in meetings:
    print(f"{m:%a %d %b %H:%M}", m.isocalendar().week, (m - start).days)

log_lines = ["2024-03-01 09:00:05 start", "2024-03-01 09:42:17 pause", "2024-03-01 11:03:59 stop"]
stamps = [datetime.strptime(line[:19], "%Y-%m-%d %H:%M:%S") for line in log_lines]
for a, b in zip(stamps, stamps[1:]):
    gap = b - a
    print(gap, gap.total_seconds(), divmod(gap.seconds, 60))
print(sum((b - a for a, b in zip(stamps, stamps[1:])), timedelta()))

def month_range(year, month):
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return first, nxt - timedelta(days=1)

for y, mo in [(2023, 2), (2024, 2), (2024, 12)]:
    first, last = month_range(y, mo)
    print(first, last, last.day, first.strftime("%B"), last.weekday())

tokyo = timezone(timedelta(hours=9), "JST")
ny = timezone(timedelta(hours=-5))
call = datetime(2024, 3, 10, 22, 30, tzinfo=tokyo)
print(call, call.astimezone(ny), call.astimezone(timezone.utc).isoformat(), call.tzname(), ny.tzname(None))
print(call == call.astimezone(ny), (call.astimezone(ny) - call), sorted([call, call.astimezone(ny) + timedelta(seconds=1)])[0].tzname())
print(datetime.combine(date(2024, 1, 1), time(23, 59)) + timedelta(minutes=2))
print([d.strftime("%Y-%m-%d") for d in (date(2024, 1, 29) + timedelta(days=n) for n in range(0, 35, 7))])
print(time(9, 30) < time(10, 0), max(time(1), time(0, 59, 59)), timedelta(hours=1, minutes=30) * 1.5)
