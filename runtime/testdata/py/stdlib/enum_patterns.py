from enum import Enum, IntEnum, auto, unique

@unique
class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]

    @classmethod
    def parse(cls, text):
        return cls[text.upper()]

s = State.IDLE
for _ in range(4):
    print(s, s.value, s.name.lower())
    s = s.next()
print(State.parse("running"), State.RUNNING in State, [m.name for m in State])
print({State.IDLE: "waiting", State.DONE: "finished"}.get(State.DONE))

class HttpStatus(IntEnum):
    OK = 200
    NOT_FOUND = 404
    SERVER_ERROR = 500

    @property
    def is_error(self):
        return self >= 400

for code in (200, 404, 500):
    st = HttpStatus(code)
    print(code, st.name, st.is_error, st == code, f"{st}", f"{st!r}")
print(HttpStatus.OK < HttpStatus.NOT_FOUND, max(HttpStatus), sum(HttpStatus), HttpStatus.OK + 1)

class Currency(Enum):
    USD = ("$", 2)
    JPY = ("¥", 0)
    def __init__(self, symbol, decimals):
        self.symbol = symbol
        self.decimals = decimals
    def format(self, amount):
        return f"{self.symbol}{amount:.{self.decimals}f}"
print(Currency.USD.format(3.14159), Currency.JPY.format(1234.5), Currency(("$", 2)))

class Color(Enum):
    RED = "r"
    GREEN = "g"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None
print(Color("R"), Color("g"))
try:
    Color("x")
except ValueError as e:
    print("ValueError:", e)

class Ordered(Enum):
    _order_ = "A B C"
    A = 1
    B = 2
    C = 3
print(list(Ordered))
try:
    class Wrong(Enum):
        _order_ = "B A"
        A = 1
        B = 2
except TypeError as e:
    print("TypeError:", str(e).splitlines()[0])

class Empty(Enum):
    pass
print(list(Empty), len(Empty), bool(Empty))
class Extended(Empty):
    X = 1
print(Extended.X, isinstance(Extended.X, Empty))
