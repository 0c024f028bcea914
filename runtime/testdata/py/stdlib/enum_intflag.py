from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto

class Num(IntEnum):
    ONE = 1
    TWO = 2

print(Num.ONE, repr(Num.TWO), str(Num.ONE), f"{Num.TWO}", Num.ONE + 1, Num.TWO == 2)
print(sorted([Num.TWO, Num.ONE]), Num(2), isinstance(Num.ONE, int), int(Num.TWO))
print(format(Num.TWO, "03d"), Num.ONE < Num.TWO, Num.ONE < 5)

class Mode(StrEnum):
    READ = auto()
    WRITE = "w"

print(Mode.READ, repr(Mode.READ), Mode.WRITE.upper(), Mode("w"), Mode.READ == "read")
try:
    class BadStr(StrEnum):
        X = 1
except TypeError as e:
    print("TypeError:", e)

class Perm(Flag):
    R = 4
    W = 2
    X = 1

rw = Perm.R | Perm.W
print(rw, repr(rw), rw.value, Perm.R in rw, Perm.X in rw, len(rw))
print(list(rw), ~Perm.R, repr(~rw), Perm(0), repr(Perm(0)), bool(Perm(0)))
print(Perm(7), Perm.R & Perm.W, Perm.R ^ rw, rw & Perm.R)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE

print(list(Color), Color.WHITE, repr(Color.RED | Color.GREEN), [c.value for c in Color])
print(list(Color.WHITE), Color(6))

class IP(IntFlag):
    R = 4
    W = 2
    X = 1

print(IP.R | IP.W, repr(IP.R | IP.W), IP.R | 8, repr(IP.R | 8), IP(0), repr(~IP.R))
print(IP.R + 1, IP.R == 4, isinstance(IP.W, int), list(IP(7)))
print(Perm, IP, Num, Mode)

class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    def __str__(self):
        return self.value.title()

print(Status.ACTIVE, repr(Status.INACTIVE), f"{Status.ACTIVE}")

class Weekday(Enum):
    _ignore_ = ["helper"]
    MONDAY = 1
    TUESDAY = 2
    helper = 99

print(list(Weekday), hasattr(Weekday, "helper"))
