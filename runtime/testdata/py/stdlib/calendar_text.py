# calendar: leap years, weekdays, month ranges, month and year text, iterators, errors.
import calendar
import time

print([y for y in range(1896, 1910) if calendar.isleap(y)], calendar.isleap(2000), calendar.isleap(1900))
print(calendar.leapdays(1900, 2024), calendar.weekday(2024, 2, 29), calendar.weekday(1970, 1, 1))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(1999, 12))
print(calendar.monthcalendar(2024, 3))
print(calendar.month(2024, 2), end="")
print(calendar.month(2021, 8, w=3, l=2), end="")
print(calendar.calendar(2024), end="")
print(calendar.calendar(1999, w=3, l=1, c=2, m=4), end="")
calendar.prmonth(2000, 1)
cal = calendar.TextCalendar(calendar.SUNDAY)
print(cal.formatmonth(2024, 9), end="")
print(cal.formatweekheader(3), "|", cal.formatweekheader(9), "|", calendar.weekheader(1))
print(list(cal.iterweekdays()), cal.getfirstweekday(), calendar.firstweekday())
print(list(calendar.Calendar().itermonthdays2(2024, 2))[:8])
print(list(calendar.Calendar(6).itermonthdays3(2024, 3))[:3], list(calendar.Calendar().itermonthdays4(2024, 3))[-2:])
print(len(calendar.Calendar().yeardayscalendar(2024)), calendar.Calendar().yeardays2calendar(2023, 4)[0][0][0])
print(list(calendar.day_name), list(calendar.month_abbr), calendar.day_abbr[-1], calendar.month_name[1:3])
print(calendar.timegm((2024, 1, 2, 3, 4, 5)), calendar.timegm(time.gmtime(86400 * 400 + 5)))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.month(2024, 6).splitlines()[1])
calendar.setfirstweekday(0)
for bad in [lambda: calendar.monthrange(2024, 13), lambda: calendar.setfirstweekday(9),
            lambda: calendar.month(2024, 0)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
