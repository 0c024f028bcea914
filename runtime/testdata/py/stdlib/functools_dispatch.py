from functools import singledispatch, singledispatchmethod, partialmethod, partial, update_wrapper, wraps
from collections.abc import Sequence, Mapping

@singledispatch
def describe(obj):
    return f"object {type(obj).__name__}"

@describe.register
def _(obj: int):
    return f"int {obj}"

@describe.register(str)
def _(obj):
    return f"str {obj!r}"

@describe.register(Sequence)
def _(obj):
    return f"sequence of {len(obj)}"

@describe.register(float | complex)
def _(obj):
    return f"number {obj}"

def describe_dict(obj):
    return f"mapping {sorted(obj)}"
describe.register(Mapping, describe_dict)

for value in (1, True, "hi", [1, 2], (3,), {"b": 1, "a": 2}, 2.5, 1j, None, b"x"):
    print(describe(value))
print(describe.dispatch(bool).__name__, describe.dispatch(list) is describe.dispatch(tuple), object in describe.registry)
try:
    describe()
except TypeError as e:
    print("TypeError:", e)

class Shape:
    @singledispatchmethod
    def area(self, arg):
        return "unknown"
    @area.register
    def _(self, arg: int):
        return arg * arg
    @area.register
    def _(self, arg: list):
        return [self.area(x) for x in arg]
print(Shape().area(3), Shape().area([1, 2]), Shape().area("x"))

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell()
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)

def base(a, b, c=0, *, d=1):
    return (a, b, c, d)
p = partial(base, 1, d=4)
print(p(2), p(2, 3, d=5), p.args, p.keywords)
class Sub(partial):
    pass
sp = Sub(base, 1)
print(type(sp).__name__, sp(2), repr(sp).startswith("Sub(<function base"))
print(repr(partial(base, 1, d=2)).startswith("functools.partial(<function base at"), repr(partial(base, 1, d=2)).endswith(", 1, d=2)"))
try:
    partial(5)
except TypeError as e:
    print("TypeError:", e)

def wrapper(*a):
    return "w"
def original(x):
    "orig doc"
original.extra = 42
update_wrapper(wrapper, original)
print(wrapper.__name__, wrapper.__doc__, wrapper.extra, wrapper.__wrapped__ is original, wrapper.__qualname__)
