from typing import Protocol, runtime_checkable, Iterable, Iterator, TypeVar, Generic, Callable, Optional
from typing import SupportsFloat, SupportsAbs, get_type_hints

@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...

@runtime_checkable
class Sized(Protocol):
    def __len__(self) -> int: ...

class Circle:
    def draw(self) -> str:
        return "()"

class Square:
    def draw(self) -> str:
        return "[]"
    def __len__(self):
        return 4

class Blob:
    pass

def render(items: Iterable[Drawable]) -> str:
    return " ".join(i.draw() for i in items if isinstance(i, Drawable))

shapes = [Circle(), Square(), Blob()]
print(render(shapes), [isinstance(s, Sized) for s in shapes], issubclass(Square, Drawable))
print(isinstance(3.5, SupportsFloat), isinstance("x", SupportsFloat), isinstance(-2, SupportsAbs))

class Comparable(Protocol):
    def __lt__(self, other) -> bool: ...

C = TypeVar("C", bound=Comparable)

def biggest(items: Iterable[C]) -> Optional[C]:
    best = None
    for item in items:
        if best is None or best < item:
            best = item
    return best
print(biggest([3, 9, 2]), biggest(["pear", "apple"]), biggest([]), C.__bound__ is Comparable)

T = TypeVar("T")
class Pipeline(Generic[T]):
    def __init__(self, steps: list[Callable[[T], T]]) -> None:
        self.steps = steps
    def __call__(self, value: T) -> T:
        for step in self.steps:
            value = step(value)
        return value
    def __iter__(self) -> Iterator[Callable[[T], T]]:
        return iter(self.steps)
p = Pipeline[int]([lambda x: x + 1, lambda x: x * 10])
print(p(4), len(list(p)), Pipeline.__parameters__, get_type_hints(Pipeline.__call__))

class HasName(Protocol):
    name: str
class Person:
    def __init__(self, name):
        self.name = name
print(HasName.__protocol_attrs__ if hasattr(HasName, "__protocol_attrs__") else {"name"})
try:
    @runtime_checkable
    class NotProto:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(Protocol, int):
        pass
except TypeError as e:
    print("TypeError:", e)
