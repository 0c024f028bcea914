from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError
from dataclasses import InitVar, KW_ONLY, make_dataclass, MISSING
from typing import ClassVar, List

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 1), p == (1, 2))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__doc__)
print([f.name for f in fields(Point)], asdict(p), astuple(p), replace(p, y=5))
print(is_dataclass(p), is_dataclass(Point), is_dataclass(1), Point.__match_args__)
print(Point.__hash__, Point.__dataclass_fields__["y"].default)
for args, kwargs in (((), {}), ((1, 2, 3), {}), ((1,), {"z": 2}), ((1,), {"x": 2})):
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()

v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, sorted([v2, v1]), max(v1, v2), hash(v1) == hash(Version(1, 2)))
try:
    v1.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del v1.minor
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    v1 < (1, 2)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", compare=False)
    total: ClassVar[int] = 0

a, b = Inventory(), Inventory()
a.items.append("apple")
print(a, b, a == Inventory(["apple"], 0, "other"), Inventory.total, len(fields(Inventory)))

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale

print(WithPost(3), WithPost(3, 10), [f.name for f in fields(WithPost)])

@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int

print(KW(1, c=3), KW(1, b=2, c=4))
try:
    KW(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    KW(1)
except TypeError as e:
    print("TypeError:", e)

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int
print(Opts(level=3))

@dataclass
class Base:
    x: int
    y: int = 1

@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10
print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])

for bad in ("mutable", "order", "nondefault"):
    try:
        if bad == "mutable":
            @dataclass
            class M:
                xs: list = []
        elif bad == "order":
            @dataclass(order=True, eq=False)
            class O:
                x: int
        else:
            @dataclass
            class N:
                x: int = 0
                y: int
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

@dataclass
class Tree:
    value: int
    children: list = field(default_factory=list)
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t)
print(asdict(t))
print(astuple(t))

@dataclass
class Loop:
    other: object = None
loop = Loop()
loop.other = loop
print(loop)
C = make_dataclass("C", [("a", int), ("b", str, field(default="x"))])
print(C(1), C.__name__, [f.name for f in fields(C)])
print(repr(MISSING)[:30].startswith("<dataclasses._MISSING_TYPE"))

@dataclass(eq=False)
class Ident:
    x: int
print(Ident(1) == Ident(1), Ident.__hash__ is object.__hash__)

@dataclass(unsafe_hash=True)
class H:
    x: int
    y: list = field(default_factory=list, hash=False)
print(hash(H(1)) == hash(H(1, [2])))
