# The inspect module's predicates, members, source, documentation and frame helpers.
import abc
import functools
import inspect
import os
import sys
import types


def plain(a, b=1):
    """Add two numbers.

        Indented more.
    Back.
    """
    return a + b


async def coro():
    return 1


def gen():
    yield 1


async def agen():
    yield 1


@types.coroutine
def old_style():
    yield


class Base:
    """A class."""

    def method(self):
        return 1

    @staticmethod
    def static():
        pass

    @property
    def prop(self):
        return 2


class Awaitable:
    def __await__(self):
        yield


class Abstract(abc.ABC):
    @abc.abstractmethod
    def x(self):
        pass


c = coro()
g = gen()
ag = agen()
old = old_style()
try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__
objects = {
    "plain": plain, "coro_fn": coro, "gen_fn": gen, "agen_fn": agen, "coro": c, "gen": g,
    "agen": ag, "old": old, "method": Base().method, "unbound": Base.method, "class": Base,
    "module": os, "len": len, "join": str.join, "append": [].append, "frame": sys._getframe(),
    "code": plain.__code__, "tb": tb, "partial": functools.partial(coro), "awaitable": Awaitable(),
    "int": 3, "abstract": Abstract, "lambda": lambda: 0,
}
predicates = [name for name in dir(inspect) if name.startswith("is")]
print(predicates)
for name in predicates:
    pred = getattr(inspect, name)
    print(name, [k for k, v in objects.items() if pred(v)])
c.close()
old.close()

print(inspect.iscoroutinefunction(Base().method), inspect.isgeneratorfunction(functools.partial(gen)))
print([(n, type(v).__name__) for n, v in inspect.getmembers(Base()) if not n.startswith("__")])
print([n for n, v in inspect.getmembers(Base, inspect.isfunction)])
print([n for n, v in inspect.getmembers(Base, lambda v: isinstance(v, property))])

print(inspect.getsource(plain), end="")
lines, first = inspect.getsourcelines(Base.method)
print(lines, first)
print(repr(inspect.getdoc(plain)))
print(repr(inspect.getdoc(Base)), inspect.getdoc(3) == inspect.getdoc(int))
print(repr(inspect.cleandoc("  first\n      second\n    third\n\n")))
print(repr(inspect.cleandoc("\n\n  a\n\tb\n")))


def wrapper(f):
    @functools.wraps(f)
    def inner(*args):
        return f(*args)
    return inner


wrapped = wrapper(wrapper(plain))
print(inspect.unwrap(wrapped) is plain, inspect.unwrap(plain) is plain)
print(inspect.unwrap(wrapped, stop=lambda f: f.__wrapped__ is plain) is wrapped.__wrapped__)
loop = wrapper(plain)
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as err:
    print("ValueError", str(err).split(" at ")[0])


def where():
    frame = inspect.currentframe()
    return frame.f_code.co_name, frame.f_back.f_code.co_name


print(where())
print(os.path.basename(inspect.getfile(plain)), os.path.basename(inspect.getfile(Base().method)))
for bad in (sys, 3):
    try:
        inspect.getfile(bad)
    except TypeError as err:
        print("TypeError", err)
print(inspect.CO_COROUTINE, inspect.CO_GENERATOR, inspect.CO_ASYNC_GENERATOR,
      inspect.CO_ITERABLE_COROUTINE, inspect.CO_VARARGS, inspect.CO_VARKEYWORDS)
print(bool(plain.__code__.co_flags & inspect.CO_NEWLOCALS), bool(coro.__code__.co_flags & inspect.CO_COROUTINE))
print(str(inspect.signature(plain)), inspect.Parameter.empty is inspect.Signature.empty)
print(inspect.getmro(Base) == Base.__mro__, inspect.isdatadescriptor(Base.prop))


def outer_stack():
    return inner_stack()


def inner_stack():
    return inspect.stack()


frames = outer_stack()
print([(f.function, f.lineno, f.index, f.code_context) for f in frames])
print(frames[0].frame.f_code.co_name, frames[0][3], os.path.basename(frames[0].filename))
info = inspect.getframeinfo(sys._getframe(), context=3)
print(info.lineno, info.function, info.index, info.code_context)
print(inspect.getframeinfo(sys._getframe(), context=0)[3:])
print(inspect.getframeinfo(tb).lineno, inspect.getframeinfo(tb).code_context)
print([f.function for f in inspect.getouterframes(sys._getframe())])
