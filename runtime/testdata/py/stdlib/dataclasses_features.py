from dataclasses import dataclass, field, fields, asdict, replace
from typing import Optional
from collections import namedtuple

@dataclass
class Item:
    name: str
    price: float
    quantity: int = 1
    tags: list = field(default_factory=list, compare=False)

    @property
    def total(self) -> float:
        return self.price * self.quantity

    def __post_init__(self):
        if self.price < 0:
            raise ValueError(f"negative price for {self.name}")

cart = [Item("apple", 0.5, 6), Item("bread", 2.25), Item("milk", 1.1, 2, ["cold"])]
for it in cart:
    print(it, round(it.total, 2))
print(sum(i.total for i in cart), sorted(cart, key=lambda i: i.total)[0].name)
try:
    Item("bad", -1)
except ValueError as e:
    print("ValueError:", e)
print(Item("a", 1) == Item("a", 1, 1, ["x"]), Item("a", 1) == Item("a", 2))

@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float
    def moved(self, dlat, dlon):
        return replace(self, lat=self.lat + dlat, lon=self.lon + dlon)
home = Coord(51.5, -0.1)
print(home.moved(1, 1), {home: "home"}[Coord(51.5, -0.1)], hash(home) == hash(Coord(51.5, -0.1)))

@dataclass
class Employee:
    name: str
    manager: Optional["Employee"] = None
    reports: list = field(default_factory=list, repr=False)
boss = Employee("boss")
worker = Employee("worker", boss)
boss.reports.append(worker)
print(worker, [e.name for e in boss.reports])

Pair = namedtuple("Pair", "left right")
@dataclass
class Holder:
    pair: Pair
    mapping: dict
    items: tuple
h = Holder(Pair(1, [2]), {"k": Item("x", 1)}, (Item("y", 2),))
print(asdict(h))
print([(f.name, f.type.__name__) for f in fields(Holder)])

@dataclass(repr=False, eq=False)
class Bare:
    x: int
b = Bare(1)
print(hasattr(Bare, "__repr__") and Bare.__repr__ is object.__repr__, b == Bare(1), b.x)

@dataclass
class Counter:
    count: int = 0
    def increment(self, by=1):
        self.count += by
        return self
print(Counter().increment().increment(5))

@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
print(sorted([Task(3, "low"), Task(1, "urgent"), Task(2, "normal")]))
print(Task(1, "a") == Task(1, "b"), Task(1, "a") < Task(2, "a"))
