from datetime import date, datetime, time, timedelta, timezone
import datetime as dtmod
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 12, 25), d.weekday(), d.isoweekday())
print(d.isocalendar(), d.isocalendar().week, d.toordinal(), date.fromordinal(738000), d.replace(day=1), d.ctime())
print(d.strftime("%A %d %B %Y, day %j, week %U"), f"{d:%Y/%m/%d}", format(d, ""), date.fromisoformat("2021-07-04"))
td = timedelta(days=1, hours=2, minutes=3, seconds=4.5)
print(td, repr(td), td.total_seconds(), -td, repr(-td), abs(-td), td * 2, td / 2, td // timedelta(hours=1), td % timedelta(hours=1))
print(timedelta(0), repr(timedelta(0)), timedelta(weeks=1, milliseconds=1), timedelta(seconds=-1), timedelta(microseconds=1.5), timedelta(microseconds=2.5))
print(timedelta(hours=25) > timedelta(days=1), timedelta(1) == timedelta(hours=24), bool(timedelta()), timedelta(days=2) / timedelta(hours=12))
print(timedelta.max, timedelta.min, timedelta.resolution, str(timedelta(days=-1, seconds=5)))
dt = datetime(2023, 12, 31, 23, 59, 30, 250000)
print(dt, repr(dt), dt + timedelta(seconds=45), dt.date(), dt.time(), dt.isoformat(), dt.isoformat(" ", "seconds"), dt.isoformat(timespec="milliseconds"))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %p %I"), dt.timetuple()[:6], dt.replace(year=2020), dt - datetime(2023, 1, 1))
print(datetime.strptime("2024-03-05 14:07:09", "%Y-%m-%d %H:%M:%S"), datetime.strptime("05/Mar/24 2:07 PM", "%d/%b/%y %I:%M %p"))
print(datetime.fromisoformat("2024-03-05T14:07:09.123"), datetime.fromisoformat("2024-03-05 14:07"), datetime.fromisoformat("2024-03-05"))
print(datetime.fromisoformat("2024-03-05T14:07:09+05:30"), repr(datetime.fromisoformat("2024-03-05T14:07:09Z")))
utc = timezone.utc
aware = datetime(2024, 1, 1, 12, tzinfo=utc)
ist = timezone(timedelta(hours=5, minutes=30))
print(aware, repr(aware), aware.astimezone(ist), aware.tzname(), aware.utcoffset(), ist, repr(ist), timezone(timedelta(hours=-3), "BRT"))
print(aware.timestamp(), datetime.fromtimestamp(0, utc), datetime.utcfromtimestamp(86400 * 365), datetime.combine(d, time(8, 30)))
t = time(14, 5, 9, 500)
print(t, repr(t), t.isoformat("minutes"), time(1, 2), repr(time(1, 2)), t.strftime("%H:%M"), time.fromisoformat("10:11:12"))
print(sorted([date(2020, 5, 1), date(2019, 1, 1), date(2020, 1, 31)]), max(datetime(2020, 1, 1), datetime(2020, 1, 1, 0, 0, 1)))
print(date(2020, 1, 1) == datetime(2020, 1, 1), {date(2020, 1, 1): "x"}[date(2020, 1, 1)], hash(timedelta(1)) == hash(timedelta(hours=24)))
for bad in [lambda: date(2023, 2, 29), lambda: date(2023, 13, 1), lambda: datetime(2020, 1, 1, 24), lambda: time(0, 60),
            lambda: datetime.strptime("2020-01-01", "%d/%m/%Y"), lambda: datetime.strptime("2020-01-01x", "%Y-%m-%d"),
            lambda: date.fromisoformat("2020-1-1"), lambda: aware - datetime(2020, 1, 1), lambda: aware < datetime(2020, 1, 1),
            lambda: timedelta(days=10**10), lambda: datetime(2020, 1, 1) < date(2020, 1, 1)]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(dtmod.MINYEAR, dtmod.MAXYEAR, date.min, date.max, datetime.min, time.max, dtmod.UTC)
age = date(2024, 6, 1).year - date(1990, 7, 15).year - ((6, 1) < (7, 15))
print(age, (date(2024, 12, 25) - date(2024, 6, 1)).days, [date(2024, 1, 31) + timedelta(weeks=w) for w in range(3)])
