import typing
from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, List, Literal, Optional, Set, Tuple, Type,
                    Union, Annotated, Iterable, Iterator, Generator, AsyncGenerator, Coroutine, Awaitable,
                    AsyncIterator, AsyncIterable, Deque, DefaultDict, Sequence, Mapping, TypeVar, ParamSpec,
                    Concatenate)

print(Any, Optional, Union, List, Dict, Tuple, Callable, Type)
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Tuple[int, str])
print(Optional[int], Union[int, str], Union[int, None], Union[None, int], Union[int, str, None])
print(Union[int], Union[int, int], Union[int, Union[str, float]], Optional[Optional[int]])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Set[int], FrozenSet[str], Type[int], Deque[int], DefaultDict[str, int])
print(Iterable[int], Iterator[str], Generator[int, None, None], AsyncGenerator[int, None])
print(Coroutine[Any, Any, int], Awaitable[int], AsyncIterator[int], AsyncIterable[bytes])
print(Sequence[int], Mapping[str, Any], ClassVar[int], Final[str])
print(Literal["a", 1, None], Literal[True], Annotated[int, "meta", 3])
print(List["Foo"], Optional["int"])
T = TypeVar("T")
K = TypeVar("K", bound=str)
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
print(T, K, Co, Contra, T.__name__, K.__bound__, List[T], Dict[K, T])
print(Dict[str, T][int], List[T][str])
P = ParamSpec("P")
print(P, P.args, P.kwargs, Callable[P, int], Callable[Concatenate[int, P], int])
print(List[int] == List[int], Optional[int] == Union[int, None], Union[int, str] == Union[str, int])
print(hash(List[int]) == hash(List[int]), List[int].__origin__, List[int].__args__, Dict[str, int].__args__)
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_args(Callable[[int], str]))
print(typing.get_origin(Annotated[int, "x"]), typing.get_args(Annotated[int, "x"]), typing.get_origin(int))
print(typing.get_args(Optional[int]), typing.get_origin(Union[int, str]) is Union)
print(List[int] | None, Optional[int] | str, T | None)
print(int | List[str])
print(isinstance([], List), issubclass(dict, Mapping), isinstance({}, typing.Dict))
for bad in (lambda: isinstance([], List[int]), lambda: List[int, str], lambda: Dict[int],
            lambda: isinstance(1, Any), lambda: List(), lambda: Union[()], lambda: TypeVar("X", int)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(typing.TYPE_CHECKING, typing.cast(int, "x"), typing.Text)
print(typing.NoReturn, typing.Never, typing.Self, typing.LiteralString, typing.TypeAlias)
print(list[int], dict[str, list[int]], tuple[int, ...])
