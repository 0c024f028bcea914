from typing import (Callable, Dict, Iterable, Iterator, List, Optional, Tuple, TypeVar, Union, Any, Sequence,
                    Mapping, Generic, cast, get_type_hints, Literal, Final, ClassVar, TypedDict, NamedTuple)

T = TypeVar("T")
Number = Union[int, float]
Matrix = List[List[float]]

def first(items: Sequence[T], default: Optional[T] = None) -> Optional[T]:
    return items[0] if items else default

def apply(func: Callable[[int], int], values: Iterable[int]) -> List[int]:
    return [func(v) for v in values]

def pairs(d: Mapping[str, Number]) -> Iterator[Tuple[str, Number]]:
    yield from sorted(d.items())

print(first([3, 4]), first([], "none"), apply(lambda x: x * x, range(4)), list(pairs({"b": 2, "a": 1.5})))
print(get_type_hints(first))
print(get_type_hints(apply))
print(Number, Matrix, Optional[Number])

class Config:
    MAX: Final = 10
    registry: ClassVar[Dict[str, int]] = {}
    mode: Literal["fast", "slow"] = "fast"
print(get_type_hints(Config))

class Point(TypedDict):
    x: int
    y: int
def norm(p: Point) -> float:
    return (p["x"] ** 2 + p["y"] ** 2) ** 0.5
print(norm({"x": 3, "y": 4}), norm(Point(x=6, y=8)))

class Pixel(NamedTuple):
    x: int
    y: int
    color: str = "black"
px = Pixel(1, 2)
print(px, px._asdict(), Pixel._field_defaults, Pixel.__annotations__)

class Box(Generic[T]):
    def __init__(self, content: T) -> None:
        self.content = content
    def map(self, f: Callable[[T], Any]) -> "Box[Any]":
        return Box(f(self.content))
    def __repr__(self) -> str:
        return f"Box({self.content!r})"
print(Box(2).map(str).map(lambda s: s * 3), Box[int], Box[int](5).__orig_class__)
value: Any = cast(List[int], [1, 2])
print(value, cast("str", 5))
