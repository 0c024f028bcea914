# Checker-only: pylib's _strftime against CPython's time.strftime and time.strptime on
# random dates and formats. In "real" mode _strftime does not exist and CPython's own
# functions run; in "pylib" mode ours do; the two runs must print the same.
import time

try:
    import _strftime
    strftime = _strftime.strftime
    strptime = _strftime.strptime
except ImportError:
    strftime = time.strftime
    strptime = time.strptime

class Rng:
    """A small linear congruential generator: pylib's random needs Asobiba's _random."""

    def __init__(self, seed):
        self.state = seed

    def random(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2**64
        return (self.state >> 11) / 2**53

    def randint(self, a, b):
        return a + int(self.random() * (b - a + 1))

    def choice(self, seq):
        return seq[self.randint(0, len(seq) - 1)]

    def sample(self, seq, k):
        pool = list(seq)
        return [pool.pop(self.randint(0, len(pool) - 1)) for _ in range(k)]


rng = Rng(7)
DIRECTIVES = "aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%"
# Flags and widths as lessons use them (%-d, %_H, %^a, %05d); glibc's rarer combinations
# (a width on %z, say) are not compared.
PREFIXES = ["", "", "", "-", "_", "0", "^", "#", "3", "-4", "010", "E", "O"]
NUMERIC = set("CdegGHIjklmMsSuUVwWyY")
for _ in range(3000):
    year = rng.choice([rng.randint(1, 9999), rng.randint(1900, 2100)])
    secs = (time.mktime((year, 1, 1, 0, 0, 0, 0, 1, 0)) + rng.randint(0, 366 * 86400 - 1))
    t = time.gmtime(secs) if rng.random() < 0.5 else time.localtime(secs)
    if rng.random() < 0.3:
        t = tuple(t)
    fmt = []
    for _ in range(rng.randint(1, 5)):
        d = rng.choice(DIRECTIVES)
        p = rng.choice(PREFIXES)
        if d not in NUMERIC and p not in ("", "^", "#", "E", "O", "-"):
            p = ""
        fmt.append("%" + p + d)
    fmt = rng.choice(["", " ", "-", "x"]).join(fmt)
    print(repr(fmt), repr(strftime(fmt, t)))

PARSE = "aAbBdHIjmMpSUwWyYfuzZ%"
for _ in range(2000):
    t = time.gmtime(rng.randint(-2 * 10**9, 4 * 10**9))
    ds = rng.sample(PARSE, rng.randint(1, 4))
    fmt = " ".join("%" + d for d in ds)
    text = time.strftime(fmt.replace("%f", "123").replace("%u", "%u"), t)
    if rng.random() < 0.1:
        text = text[:-1]
    try:
        r = strptime(text, fmt)
        print(repr(text), repr(fmt), tuple(r), r.tm_zone, r.tm_gmtoff)
    except ValueError as e:
        print(repr(text), repr(fmt), "ValueError", e)
