"""time.strftime, strptime, asctime and ctime, which the Go time module imports on first use.

The time module itself is Go (its clocks and sleep must be there at once); formatting and
parsing a date are rarer, so they live here and a program that never formats a time never
loads this file. Both follow CPython 3.11 on Linux in the C locale, on Asobiba's clock: the
local zone is UTC, with no daylight saving.

strftime behaves as glibc's: the directives read the fields of the tuple as given (a wrong
tm_wday prints a wrong day name, as in C), the flags - _ 0 ^ # and a width may come between
the % and the directive, E and O modifiers are ignored, and an unknown directive is copied
unchanged. strptime builds a regular expression from the format as CPython's _strptime does,
so its errors and the struct_time it returns are CPython's.
"""

import time as _time

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def _isleap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _ordinal(year, month, day):
    """Days since 0001-12-31 of a proleptic Gregorian date, as date.toordinal counts them."""
    y = year - 1
    days = y * 365 + y // 4 - y // 100 + y // 400
    for m in range(1, month):
        days += 29 if m == 2 and _isleap(year) else (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[m - 1]
    return days + day


def _from_ordinal(n):
    """The (year, month, day) of a date.toordinal count."""
    year = (n - 1) * 400 // 146097 + 1
    while _ordinal(year, 1, 1) > n:
        year -= 1
    while _ordinal(year + 1, 1, 1) <= n:
        year += 1
    month = 1
    while month < 12 and _ordinal(year, month + 1, 1) <= n:
        month += 1
    return year, month, n - _ordinal(year, month, 1) + 1


def _checked_date(year, month, day):
    """Raises datetime.date's errors for a date it would refuse."""
    if not 1 <= year <= 9999:
        raise ValueError("year %d is out of range" % year)
    length = 29 if month == 2 and _isleap(year) else (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]
    if not 1 <= day <= length:
        raise ValueError("day is out of range for month")
    return _ordinal(year, month, day)


# strftime

def _index(value):
    if isinstance(value, int):
        return value
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return index(value)


def _fields(t, name="strftime", zone=None, gmtoff=None):
    """The fields of a time tuple, checked and adjusted as CPython's time.strftime does.

    Returns year, month, mday, hour, minute, second, wday (Sunday 0, as C counts), yday
    (0-based), isdst, zone and gmtoff.
    """
    if type(t) is not tuple and isinstance(t, _time.struct_time):
        zone, gmtoff = t.tm_zone, t.tm_gmtoff
        t = tuple(t)[:9]
    elif not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % name)
    year, month, mday, hour, minute, second, wday, yday, isdst = [
        v if type(v) is int else _index(v) for v in t]
    if month == 0:
        month = 1
    elif not 1 <= month <= 12:
        raise ValueError("month out of range")
    if mday == 0:
        mday = 1
    elif not 1 <= mday <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= hour <= 23:
        raise ValueError("hour out of range")
    if not 0 <= minute <= 59:
        raise ValueError("minute out of range")
    if not 0 <= second <= 61:
        raise ValueError("seconds out of range")
    # C computes (tm_wday + 1) % 7 with a remainder that keeps the dividend's sign.
    wday = (wday + 1) % 7 if wday >= -1 else -((-wday - 1) % 7)
    if wday < 0:
        raise ValueError("day of week out of range")
    if yday == 0:
        yday = 1
    elif not 1 <= yday <= 366:
        raise ValueError("day of year out of range")
    isdst = max(-1, min(1, isdst))
    return year, month, mday, hour, minute, second, wday, yday - 1, isdst, zone, gmtoff


def _iso_week(year, yday, wday):
    """The ISO 8601 year and week of a 0-based day of the year and a C weekday."""
    def week1(yday):
        # The 0-based day of the year of the Monday that starts week 1 (the week with 4 January).
        jan1 = (wday - yday) % 7
        return 3 - (jan1 + 2) % 7

    start = week1(yday)
    if yday < start:
        year -= 1
        yday += 366 if _isleap(year) else 365
        start = week1(yday)
    else:
        length = 366 if _isleap(year) else 365
        if yday - length >= week1(yday - length):
            year += 1
            yday -= length
            start = week1(yday)
    return year, (yday - start) // 7 + 1


# The directives that accept glibc's E and O modifiers; with any other, glibc copies the
# whole directive unchanged.
_MODIFIED = {"E": "cnprstuxyzCPRTXYZ%", "O": "bdeghjklmnprstuwyzBCGHIMPRSTUVWZ%"}
_COMPOSITE = {"c": "%a %b %e %H:%M:%S %Y", "D": "%m/%d/%y", "x": "%m/%d/%y", "F": "%Y-%m-%d",
              "r": "%I:%M:%S %p", "R": "%H:%M", "T": "%H:%M:%S", "X": "%H:%M:%S"}


# The numeric directives: the key of the value they print in _format's table (or a function
# of the fields, for the costlier ones), the digits glibc pads it to, and whether it pads
# with spaces rather than zeros.
_NUMBERS = {
    "Y": ("Y", 1, False), "m": ("m", 2, False), "d": ("d", 2, False), "e": ("d", 2, True),
    "H": ("H", 2, False), "k": ("H", 2, True), "I": ("I", 2, False), "l": ("I", 2, True),
    "M": ("M", 2, False), "S": ("S", 2, False), "j": ("j", 3, False), "y": ("y", 2, False),
    "C": ("C", 1, False), "u": ("u", 1, False), "w": ("w", 1, False), "U": ("U", 2, False),
    "W": ("W", 2, False),
    "G": (lambda f: _iso_week(f[0], f[7], f[6])[0], 1, False),
    "g": (lambda f: _iso_week(f[0], f[7], f[6])[0] % 100, 2, False),
    "V": (lambda f: _iso_week(f[0], f[7], f[6])[1], 2, False),
    "s": (lambda f: ((((_ordinal(f[0], f[1], f[2]) - 719163) * 24 + f[3]) * 60 + f[4]) * 60 + f[5]), 1, False),
}
_ABDAYS = [d[:3] for d in _DAYS]
# The positions of the values in the table that _format computes for every call.
_TABLE = {key: i for i, key in enumerate("YmdHIMSjyCuwUWaAbBp")}
_ABMONTHS = [m[:3] for m in _MONTHS]


def _zone(f):
    zone = f[9]
    if not zone and f[8] >= 0:
        zone = _time.tzname[f[8]]
    return zone or ""


def _offset_text(f, pad):
    if f[8] < 0:
        return ""
    gmtoff = f[10] or 0
    off = abs(gmtoff) // 60
    hhmm = str(off // 60 * 100 + off % 60)
    return ("-" if gmtoff < 0 else "+") + (hhmm if pad == "-" else hhmm.rjust(4, "0"))


def _text(d, pad, upper, swap):
    """The key in _TABLE, or the function of the fields, that gives the text of directive d;
    None for an unknown directive."""
    if d in "aAbBh":
        key = "b" if d == "h" else d
        return (lambda f: _format("%" + key, f).upper()) if upper or swap else key
    if d == "p":
        return (lambda f: "am" if f[3] < 12 else "pm") if swap else "p"
    if d == "P":
        # glibc's lower-case am/pm ignores the ^ flag.
        return lambda f: "am" if f[3] < 12 else "pm"
    if d == "Z":
        if swap:
            return lambda f: _zone(f).lower()
        return (lambda f: _zone(f).upper()) if upper else _zone
    if d == "z":
        return lambda f: _offset_text(f, pad)
    if d in _COMPOSITE:
        sub = _COMPOSITE[d]
        return (lambda f: _format(sub, f).upper()) if upper else (lambda f: _format(sub, f))
    if d in "nt%":
        text = {"n": "\n", "t": "\t", "%": "%"}[d]
        return lambda f: text
    return None


def _compile(fmt):
    """A format as a %-template, the positions in _format's table of the values it prints in
    order, and the functions that add the values the table lacks (which go after its own)."""
    out = []
    order = []
    extras = []
    i, n = 0, len(fmt)
    while i < n:
        j = fmt.find("%", i)
        if j < 0:
            out.append(fmt[i:].replace("%", "%%"))
            break
        out.append(fmt[i:j])
        start, i = j, j + 1
        pad = ""
        upper = swap = False
        while i < n and fmt[i] in "_-0^#":
            if fmt[i] == "^":
                upper = True
            elif fmt[i] == "#":
                swap = True
            else:
                pad = fmt[i]
            i += 1
        width = 0
        while i < n and "0" <= fmt[i] <= "9":
            width = width * 10 + ord(fmt[i]) - 48
            i += 1
        modifier = ""
        if i < n and fmt[i] in "EO":
            modifier = fmt[i]
            i += 1
        if i >= n:
            out.append(fmt[start:].replace("%", "%%"))
            break
        d = fmt[i]
        i += 1
        if modifier and d not in _MODIFIED[modifier]:
            out.append(fmt[start:i].replace("%", "%%"))
            continue
        if not width and (d in "nt%" or d in _COMPOSITE and not upper):
            # Plain text, or a composite whose directives all read the table: inline.
            text = {"n": "\n", "t": "\t", "%": "%%"}.get(d)
            if text is None:
                text, more, _ = _compile(_COMPOSITE[d])
                order.extend(more)
            out.append(text)
            continue
        number = _NUMBERS.get(d)
        if number is not None:
            key, digits, spaces = number
            if isinstance(key, str):
                order.append(_TABLE[key])
            else:
                extras.append(key)
                order.append(len(_TABLE) + len(extras) - 1)
            if not width:
                width = 0 if pad == "-" else digits
            zeros = pad == "0" or not (spaces or pad == "_" or pad == "-")
            out.append("%" + ("0" if zeros else "") + (str(width) if width else "") + "d")
            continue
        key = _text(d, pad, upper, swap)
        if key is None:
            out.append(fmt[start:i].replace("%", "%%"))
            continue
        if pad == "0" and width:
            get = key if not isinstance(key, str) else (lambda f, key=key: _format("%" + key, f))
            key = lambda f, get=get, width=width: get(f).rjust(width, "0")
            width = 0
        if isinstance(key, str):
            order.append(_TABLE[key])
        else:
            extras.append(key)
            order.append(len(_TABLE) + len(extras) - 1)
        out.append("%" + (str(width) if width else "") + "s")
    return "".join(out), tuple(order), extras


_plans = {}


def _format(fmt, f):
    plan = _plans.get(fmt)
    if plan is None:
        if len(_plans) > 200:
            _plans.clear()
        plan = _plans[fmt] = _compile(fmt)
    template, order, extras = plan
    year, month, mday, hour, minute, second, wday, yday = f[:8]
    monday = (wday + 6) % 7
    # In _TABLE's order.
    table = (year, month, mday, hour, (hour + 11) % 12 + 1, minute, second, yday + 1,
             year % 100, year // 100, monday + 1, wday, (yday + 7 - wday) // 7,
             (yday + 7 - monday) // 7, _ABDAYS[monday], _DAYS[monday], _ABMONTHS[month - 1],
             _MONTHS[month - 1], "AM" if hour < 12 else "PM")
    if extras:
        table += tuple([get(f) for get in extras])
    return template % tuple(map(table.__getitem__, order))


def strftime(format, t, zone=None, gmtoff=None):
    """time.strftime(format, t): the Go module has checked format and supplies t's default.
    It passes a struct_time's nine items as a tuple, with its zone and offset, since reading
    them here would be slower."""
    return _format(format, _fields(t, "strftime", zone, gmtoff))


def asctime(t):
    """time.asctime(t), and time.ctime's text: "Thu Jan  1 00:00:00 1970", C's asctime."""
    return _format("%a %b %e %H:%M:%S %Y", _fields(t, "asctime"))


# strptime

def _alternatives(words):
    """A regular-expression alternation of words, longest first so that none hides another."""
    return "|".join(sorted((w.lower() for w in words), key=len, reverse=True))


_FULL_DAYS = [d.lower() for d in _DAYS]
_FULL_MONTHS = [m.lower() for m in _MONTHS]
_PATTERNS = {
    "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "A": "(?P<A>%s)" % _alternatives(_DAYS),
    "a": "(?P<a>%s)" % _alternatives(d[:3] for d in _DAYS),
    "B": "(?P<B>%s)" % _alternatives(_MONTHS),
    "b": "(?P<b>%s)" % _alternatives(m[:3] for m in _MONTHS),
    "p": "(?P<p>am|pm)",
    "%": "%",
}
_PATTERNS["W"] = _PATTERNS["U"].replace("U", "W")
# The C locale's date and time representations, as CPython's LocaleTime finds them.
_EXPANSIONS = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}
_SPECIAL = set("\\.^$*+?(){}[]|")
_cache = {}


def _zone_names():
    names = {"utc", "gmt", _time.tzname[0].lower()}
    return [names, {_time.tzname[1].lower()}]


def _pattern(format):
    """The regular expression's text for a strptime format."""
    out = []
    i, n = 0, len(format)
    while i < n:
        c = format[i]
        if c.isspace():
            while i < n and format[i].isspace():
                i += 1
            out.append(r"\s+")
            continue
        i += 1
        if c != "%":
            out.append("\\" + c if c in _SPECIAL else c)
            continue
        if i >= n:
            raise ValueError("stray %% in format '%s'" % format)
        d = format[i]
        i += 1
        if d in _EXPANSIONS:
            out.append(_pattern(_EXPANSIONS[d]))
        elif d == "Z":
            names = _zone_names()
            out.append("(?P<Z>%s)" % _alternatives(names[0] | names[1]))
        elif d in _PATTERNS:
            out.append(_PATTERNS[d])
        else:
            # CPython escapes the format before reading its directives, so a directive that
            # is a special character or white space is reported as '%'.
            bad = "%" if d in _SPECIAL or d.isspace() else d
            raise ValueError("'%s' is a bad directive in format '%s'" % (bad, format))
    return "".join(out)


def _julian_from_week(year, week, weekday, monday_first):
    first = (_ordinal(year, 1, 1) + 6) % 7
    if not monday_first:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + (7 - first) % 7 + 7 * (week - 1) + weekday


def _julian_from_iso(iso_year, iso_week, iso_weekday):
    correction = (_ordinal(iso_year, 1, 4) + 6) % 7 + 1 + 3
    ordinal = iso_week * 7 + iso_weekday - correction
    if ordinal < 1:
        ordinal += _ordinal(iso_year, 1, 1)
        iso_year -= 1
        ordinal -= _ordinal(iso_year, 1, 1)
    return iso_year, ordinal


def parse(string, format):
    """The 11 fields of the struct_time that string gives under format, the microseconds of
    %f and those of %z's offset; datetime.strptime uses all three."""
    for index, arg in enumerate([string, format]):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument {} must be str, not {}".format(index, type(arg)))
    regex = _cache.get(format)
    if regex is None:
        import re
        regex = re.compile(_pattern(format), re.IGNORECASE)
        if len(_cache) > 100:
            _cache.clear()
        _cache[format] = regex
    found = regex.match(string)
    if not found:
        raise ValueError("time data %r does not match format %r" % (string, format))
    if len(string) != found.end():
        raise ValueError("unconverted data remains: %s" % string[found.end():])
    g = found.groupdict()
    iso_year = year = iso_week = week = week_start = weekday = julian = gmtoff = None
    month = day = 1
    hour = minute = second = fraction = gmtoff_fraction = 0
    tz = -1
    for key in g:
        v = g[key]
        if key == "y":
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(v)
        elif key == "G":
            iso_year = int(v)
        elif key == "m":
            month = int(v)
        elif key == "B":
            month = _FULL_MONTHS.index(v.lower()) + 1
        elif key == "b":
            month = [m[:3] for m in _FULL_MONTHS].index(v.lower()) + 1
        elif key == "d":
            day = int(v)
        elif key == "H":
            hour = int(v)
        elif key == "I":
            hour = int(v)
            ampm = g.get("p", "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif hour != 12:
                hour += 12
        elif key == "M":
            minute = int(v)
        elif key == "S":
            second = int(v)
        elif key == "f":
            fraction = int(v.ljust(6, "0"))
        elif key == "A":
            weekday = _FULL_DAYS.index(v.lower())
        elif key == "a":
            weekday = [d[:3] for d in _FULL_DAYS].index(v.lower())
        elif key == "w":
            weekday = (int(v) + 6) % 7
        elif key == "u":
            weekday = int(v) - 1
        elif key == "j":
            julian = int(v)
        elif key in "UW":
            week = int(v)
            week_start = 6 if key == "U" else 0
        elif key == "V":
            iso_week = int(v)
        elif key == "z":
            gmtoff, gmtoff_fraction = _offset(v)
        elif key == "Z":
            found_zone = v.lower()
            for value, names in enumerate(_zone_names()):
                if found_zone in names:
                    if (_time.tzname[0] == _time.tzname[1] and _time.daylight
                            and found_zone not in ("utc", "gmt")):
                        break
                    tz = value
                    break
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif week is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")
    leap_year_fix = year is None and month == 2 and day == 29
    if year is None:
        year = 1904 if leap_year_fix else 1900
    if julian is None and weekday is not None:
        if week is not None:
            julian = _julian_from_week(year, week, weekday, week_start == 0)
        elif iso_year is not None and iso_week is not None:
            year, julian = _julian_from_iso(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _isleap(year) else 365
    if julian is None:
        julian = _checked_date(year, month, day) - _ordinal(year, 1, 1) + 1
    else:
        _checked_date(year, 1, 1)
        year, month, day = _from_ordinal(julian - 1 + _ordinal(year, 1, 1))
    if weekday is None:
        weekday = (_checked_date(year, month, day) + 6) % 7
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, tz, g.get("Z"), gmtoff),
            fraction, gmtoff_fraction)


def _offset(field):
    """The seconds east of UTC that a %z field names, and their microseconds."""
    z = field
    if z == "Z":
        return 0, 0
    if z[3] == ":":
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ":":
                raise ValueError("Inconsistent use of : in %s" % field)
            z = z[:5] + z[6:]
    seconds = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
    micro = int(z[8:].ljust(6, "0"))
    return (-seconds, -micro) if z[0] == "-" else (seconds, micro)


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime(string, format): a struct_time, as CPython's _strptime makes it."""
    return _time.struct_time(parse(string, format)[0])
