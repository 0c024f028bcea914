from typing import Generic, TypeVar, Protocol, runtime_checkable, NamedTuple, TypedDict, List, Optional
from typing import get_type_hints, overload, NewType, Iterator, SupportsInt, SupportsIndex, final

T = TypeVar("T")
U = TypeVar("U")

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), Stack[int], Stack.__parameters__, Stack[str].__origin__ is Stack)
print(Stack.__mro__[1:], Stack[int].__args__)

class Pair(Generic[T, U]):
    def __init__(self, a: T, b: U):
        self.a, self.b = a, b
print(Pair[int, str], Pair(1, "x").b)
try:
    Pair[int]
except TypeError as e:
    print("TypeError:", e)

class IntStack(Stack[int]):
    pass
print(IntStack.__parameters__, IntStack.__orig_bases__)

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

class Resource:
    def close(self):
        pass

class Plain(Protocol):
    def run(self) -> None: ...

print(isinstance(Resource(), Closable), isinstance(1, Closable), issubclass(Resource, Closable))
try:
    isinstance(Resource(), Plain)
except TypeError as e:
    print("TypeError:", e)
try:
    Closable()
except TypeError as e:
    print("TypeError:", e)
print(isinstance(3, SupportsInt), isinstance("x", SupportsInt), isinstance(3, SupportsIndex))

class Employee(NamedTuple):
    name: str
    id: int = 3
    def describe(self) -> str:
        return f"{self.name}#{self.id}"

e = Employee("ann")
print(e, e.describe(), Employee._fields, Employee._field_defaults, Employee.__annotations__)
print(isinstance(e, tuple), e._replace(id=7), e._asdict())
Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2), Point.__annotations__)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: str
except TypeError as e:
    print("TypeError:", e)

class Movie(TypedDict):
    title: str
    year: int

class Partial(TypedDict, total=False):
    rating: float

m = Movie(title="Blade Runner", year=1982)
print(m, type(m), Movie.__required_keys__ == {"title", "year"}, Partial.__optional_keys__)
print(Movie.__annotations__, Movie.__total__, Partial.__total__)
try:
    isinstance(m, Movie)
except TypeError as e:
    print("TypeError:", e)

def greet(name: str, times: "int" = 1) -> Optional[str]:
    return name * times
print(get_type_hints(greet))

class Node:
    value: int
    next: "Optional[Node]"
print(get_type_hints(Node))

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2
print(double(2), double("ab"))

UserId = NewType("UserId", int)
print(UserId(5), UserId.__name__, UserId.__supertype__)

def count_up(n: int) -> Iterator[int]:
    yield from range(n)
print(list(count_up(3)), count_up.__annotations__)

@final
class Leaf:
    pass
print(Leaf.__final__)
