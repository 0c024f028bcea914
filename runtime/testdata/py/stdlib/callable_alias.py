# collections.abc.Callable[[args], result] is an instance of a subclass of types.GenericAlias,
# with its own repr; such aliases work wherever plain ones do.
import collections.abc as c
from typing import Callable
a = c.Callable[[int, str], bool]
print(a, c.Callable[..., int], a == c.Callable[[int, str], bool], hash(a) == hash(c.Callable[[int, str], bool]))
print(a.__origin__, a.__args__, a.__class__.__name__, type(a).__mro__[1])
print(int | a)
print(Callable[[int], str], a | None)
def f(x: c.Callable[[int], int]) -> None: pass
print(f.__annotations__)
class G(type(list[int])): pass
g = G(dict, (str, int))
print(g, g[str] if False else g.__args__, isinstance(g, type(list[int])), g.keys)

# A class whose metaclass has a __module__ of its own (ABCMeta's is "abc") keeps the module
# it is given in reprs.
import abc
class Base(metaclass=abc.ABCMeta): pass
Base.__module__ = "shapes"
print(list[Base], c.Mapping[str, int], Base)
