import calendar
print(calendar.month(2024, 2))
calendar.prmonth(2023, 12, w=3, l=1)
print(calendar.calendar(2024))
print(calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2025), calendar.weekday(2024, 7, 4), calendar.monthrange(2024, 2))
print(calendar.monthcalendar(2024, 9), list(calendar.month_name), list(calendar.day_abbr), calendar.month_abbr[3], len(calendar.day_name))
cal = calendar.TextCalendar(calendar.SUNDAY)
print(cal.formatmonth(2025, 1))
print(cal.formatweekheader(3), list(cal.iterweekdays()), cal.monthdatescalendar(2024, 2)[0])
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.weekheader(2), calendar.firstweekday())
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(e)
try:
    calendar.setfirstweekday(9)
except ValueError as e:
    print(e)
print(calendar.TextCalendar().formatyear(2021, w=2, l=1, c=4, m=4))
print([list(calendar.Calendar().itermonthdays2(2024, 3))[:8]])
