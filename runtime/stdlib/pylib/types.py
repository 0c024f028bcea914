"""Names for the interpreter's built-in types, plus a few helpers for creating classes.

Each type is taken from a real object (FunctionType is type(lambda: 0)), so these are the
interpreter's own types. Where an interpreter cannot produce such an object (an exotic
descriptor, a frame), _type_of gives a placeholder class of the right name instead, so that
importing types never fails. SimpleNamespace, and MappingProxyType when the interpreter has
no native mapping proxy, are written here in Python.
"""

import sys


def _type_of(name, make):
    """Returns type(make()), or a placeholder class called name if make() fails."""
    try:
        return type(make())
    except Exception:
        return type(name, (), {"__module__": "builtins"})


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = _type_of("code", lambda: _f.__code__)
MappingProxyType = type(type.__dict__)


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = _type_of("cell", _cell_factory)


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()


async def _ag():
    yield


_ag = _ag()
AsyncGeneratorType = type(_ag)


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = _type_of("wrapper_descriptor", lambda: object.__init__)
MethodWrapperType = _type_of("method-wrapper", lambda: object().__str__)
MethodDescriptorType = _type_of("method_descriptor", lambda: str.join)
ClassMethodDescriptorType = _type_of("classmethod_descriptor", lambda: dict.__dict__["fromkeys"])
ModuleType = type(sys)
GetSetDescriptorType = _type_of("getset_descriptor", lambda: FunctionType.__code__)
MemberDescriptorType = _type_of("member_descriptor", lambda: FunctionType.__globals__)


def _traceback():
    try:
        raise TypeError
    except TypeError as exc:
        return exc.__traceback__


TracebackType = _type_of("traceback", _traceback)
FrameType = _type_of("frame", lambda: _traceback().tb_frame)

NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)
GenericAlias = type(list[int])
UnionType = type(int | str)

del sys, _f, _g, _c, _ag, _C, _cell_factory, _traceback


class SimpleNamespace:
    """A simple attribute-based namespace: SimpleNamespace(**kwargs)."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return f"{name}(...)"
        _repr_running.add(key)
        try:
            items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        finally:
            _repr_running.discard(key)
        return f"{name}({items})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


_repr_running = set()


if MappingProxyType is dict:
    class MappingProxyType:
        """A read-only view of a mapping."""

        __slots__ = ("_mapping",)

        def __new__(cls, mapping):
            if not hasattr(mapping, "keys") or not hasattr(mapping, "__getitem__") or isinstance(mapping, (list, tuple)):
                raise TypeError(f"mappingproxy() argument must be a mapping, not {type(mapping).__name__}")
            self = object.__new__(cls)
            object.__setattr__(self, "_mapping", mapping)
            return self

        def __getitem__(self, key):
            return self._mapping[key]

        def get(self, key, default=None):
            return self._mapping.get(key, default)

        def __iter__(self):
            return iter(self._mapping)

        def __len__(self):
            return len(self._mapping)

        def __contains__(self, key):
            return key in self._mapping

        def keys(self):
            return self._mapping.keys()

        def values(self):
            return self._mapping.values()

        def items(self):
            return self._mapping.items()

        def copy(self):
            return self._mapping.copy()

        def __reversed__(self):
            return reversed(self._mapping)

        def __eq__(self, other):
            return self._mapping == other

        def __or__(self, other):
            return dict(self._mapping) | other

        def __ror__(self, other):
            return other | dict(self._mapping)

        def __repr__(self):
            return f"mappingproxy({self._mapping!r})"

        def __str__(self):
            return str(self._mapping)

    MappingProxyType.__module__ = "builtins"
    MappingProxyType.__qualname__ = MappingProxyType.__name__ = "mappingproxy"


def resolve_bases(bases):
    """Resolves MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    return tuple(new_bases) if updated else bases


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Calls the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds), where kwds no longer holds "metaclass".
    """
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved_bases, ns, **kwds)


def get_original_bases(cls, /):
    """Returns the class's "original" bases prior to modification by __mro_entries__."""
    try:
        return cls.__dict__.get("__orig_bases__", cls.__bases__)
    except AttributeError:
        raise TypeError(f"Expected an instance of type, not {type(cls).__name__!r}") from None


class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__.

    A descriptor that behaves like a property on instances but raises AttributeError when
    looked up on the class, so that a metaclass's __getattr__ can supply a class-level
    attribute of the same name (Enum uses this for its name and value properties).
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, "__doc__", None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


class _GeneratorWrapper:
    """Makes a generator awaitable while still behaving like a generator."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped

    __await__ = __iter__


def coroutine(func):
    """Turns a generator function into one whose generators can be awaited."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    if type(func) is FunctionType and getattr(func.__code__, "co_flags", 0) & 0x180:
        return func  # already a coroutine function or an iterable coroutine
    if type(func) is FunctionType and getattr(func.__code__, "co_flags", 0) & 0x20:
        # A generator function: its generators become iterable coroutines (the code gets
        # CO_ITERABLE_COROUTINE), which may be awaited and may 'yield from' coroutines.
        code = func.__code__
        func.__code__ = code.replace(co_flags=code.co_flags | 0x100)
        return func

    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if type(coro) is CoroutineType or (type(coro) is GeneratorType and getattr(coro.gi_code, "co_flags", 0) & 0x100):
            return coro
        if type(coro) is GeneratorType or (hasattr(coro, "__next__") and hasattr(coro, "send")
                                           and not hasattr(coro, "__await__")):
            return _GeneratorWrapper(coro)
        return coro

    for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
        setattr(wrapped, attr, getattr(func, attr, None))
    wrapped.__wrapped__ = func
    return wrapped


__all__ = [name for name in globals() if name[:1] != "_"]
