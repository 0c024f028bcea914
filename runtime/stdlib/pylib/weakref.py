"""Weak reference support for Python.

In Asobiba nothing is ever garbage-collected, so weak references hold strong
references: they never die, weak containers keep their entries until removed, and
callbacks and finalizers run only when called explicitly.
"""

# The type that needs the interpreter (ref) and the counting functions are in Go (_weakref),
# proxy and its classes in _weakproxy; this module adds CPython's Python-level parts over
# them, in Asobiba's terms:
#
#   - No referent ever dies, so WeakValueDictionary and WeakKeyDictionary keep their entries
#     in a plain dict (values, or keys, held directly) instead of behind weak references. They
#     still refuse, with CPython's TypeError, what could not have a weak reference (_check),
#     and show weak references where CPython's do (valuerefs, keyrefs, a KeyError).
#   - Their keys(), values() and items() are generators over the dict, as CPython's are:
#     changing the dict while iterating raises RuntimeError.
#   - A finalize object runs its function only when it is called, never at exit.

from _weakref import ref, ReferenceType
from _weakproxy import proxy, ProxyType, CallableProxyType, ProxyTypes, getweakrefcount, \
    getweakrefs
try:
    from _weakref import _check
except ImportError:  # CPython's _weakref, under pylib's checker: making a reference checks
    def _check(obj):
        ref(obj)
        return obj
from _weakrefset import WeakSet
from collections.abc import Mapping as _Mapping, MutableMapping as _MutableMapping, \
    MutableSet as _MutableSet

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]

_MutableSet.register(WeakSet)


class WeakMethod(ref):
    """A weak reference to a bound method: calling it gives the method, bound again."""

    __slots__ = ("_func", "_meth_type", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        self = ref.__new__(cls, obj, callback)
        self._func = func
        self._meth_type = type(meth)
        return self

    def __call__(self):
        return self._meth_type(self._func, super().__call__())

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        return ref.__eq__(self, other) and self._func == other._func

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        return ref.__ne__(self, other) or self._func != other._func

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference with a key attribute, as WeakValueDictionary's valuerefs are."""

    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


def _pairs(other):
    """The (key, value) pairs of a mapping, or of an iterable of pairs."""
    if not hasattr(other, "items"):
        other = dict(other)
    return other.items()


def _with_union_operators(cls):
    """Gives a weak dictionary class |, |= and the reflected |, as dict has them."""

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, _Mapping):
            new = self.copy()
            new.update(other)
            return new
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _Mapping):
            new = self.__class__()
            new.update(other)
            new.update(self)
            return new
        return NotImplemented

    for method in (__ior__, __or__, __ror__):
        method.__qualname__ = cls.__qualname__ + "." + method.__name__
        setattr(cls, method.__name__, method)
    return cls


@_with_union_operators
class WeakValueDictionary(_MutableMapping):
    """A mapping whose values are weakly referenced (which never die in Asobiba)."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        self.data[key] = _check(value)

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def copy(self):
        new = WeakValueDictionary()
        new.data = self.data.copy()
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in self.data.items():
            new[deepcopy(key, memo)] = value
        return new

    def get(self, key, default=None):
        return self.data.get(key, default)

    def items(self):
        for item in self.data.items():
            yield item

    def keys(self):
        for key in self.data:
            yield key

    __iter__ = keys

    def itervaluerefs(self):
        """Yield the weak references to the values (KeyedRef objects, keyed)."""
        for key, value in self.data.items():
            yield KeyedRef(value, None, key)

    def values(self):
        for value in self.data.values():
            yield value

    def popitem(self):
        return self.data.popitem()

    def pop(self, key, *args):
        try:
            return self.data.pop(key)
        except KeyError:
            if args:
                return args[0]
        raise KeyError(key)

    def setdefault(self, key, default=None):
        try:
            return self.data[key]
        except KeyError:
            pass
        self.data[key] = _check(default)
        return default

    def update(self, other=None, /, **kwargs):
        data = self.data
        if other is not None:
            for key, value in _pairs(other):
                data[key] = _check(value)
        for key, value in kwargs.items():
            data[key] = _check(value)

    def valuerefs(self):
        """Return a list of weak references to the values (KeyedRef objects, keyed)."""
        return list(self.itervaluerefs())


@_with_union_operators
class WeakKeyDictionary(_MutableMapping):
    """A mapping whose keys are weakly referenced (which never die in Asobiba)."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    # CPython's dict is keyed by weak references: looking up a key that cannot have one is a
    # TypeError, and a missing key is reported as a weak reference to it.

    def __getitem__(self, key):
        try:
            return self.data[_check(key)]
        except KeyError:
            pass
        raise KeyError(ref(key))

    def __setitem__(self, key, value):
        self.data[_check(key)] = value

    def __delitem__(self, key):
        try:
            del self.data[_check(key)]
            return
        except KeyError:
            pass
        raise KeyError(ref(key))

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        try:
            _check(key)
        except TypeError:
            return False
        return key in self.data

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def copy(self):
        new = WeakKeyDictionary()
        new.data = self.data.copy()
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in self.data.items():
            new[key] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        return self.data.get(_check(key), default)

    def items(self):
        for item in self.data.items():
            yield item

    def keys(self):
        for key in self.data:
            yield key

    __iter__ = keys

    def values(self):
        for value in self.data.values():
            yield value

    def keyrefs(self):
        """Return a list of weak references to the keys."""
        return [ref(key) for key in self.data]

    def popitem(self):
        return self.data.popitem()

    def pop(self, key, *args):
        try:
            return self.data.pop(_check(key))
        except KeyError:
            if args:
                return args[0]
        raise KeyError(ref(key))

    def setdefault(self, key, default=None):
        return self.data.setdefault(_check(key), default)

    def update(self, dict=None, /, **kwargs):
        data = self.data
        if dict is not None:
            for key, value in _pairs(dict):
                data[_check(key)] = value
        if kwargs:
            self.update(kwargs)


class finalize:
    """Class for finalization of weakrefable objects.

    finalize(obj, func, *args, **kwargs) returns a callable finalizer object which will be
    called when obj is garbage collected. In Asobiba no object is collected, so it runs
    only when called, and not at exit either. The first call (if any) returns
    func(*arg, **kwargs); later calls return None.
    """

    __slots__ = ("_ref", "_func", "_args", "_kwargs", "_alive", "_atexit")

    def __init__(self, obj, func, /, *args, **kwargs):
        self._ref = ref(obj, self)
        self._func = func
        self._args = args
        self._kwargs = kwargs or None
        self._alive = True
        self._atexit = True

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs); otherwise return None."""
        if self._alive:
            self._alive = False
            return self._func(*self._args, **(self._kwargs or {}))

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs); otherwise return None."""
        if self._alive:
            self._alive = False
            return self._state()

    def peek(self):
        """If alive then return (obj, func, args, kwargs); otherwise return None."""
        if self._alive:
            return self._state()

    def _state(self):
        return self._ref(), self._func, self._args, self._kwargs or {}

    @property
    def alive(self):
        """Whether the finalizer is alive."""
        return self._alive

    @property
    def atexit(self):
        """Whether the finalizer should be called at exit (it never is in Asobiba)."""
        return self._alive and self._atexit

    @atexit.setter
    def atexit(self, value):
        if self._alive:
            self._atexit = bool(value)

    def __repr__(self):
        name = type(self).__name__
        if not self._alive:
            return "<%s object at %#x; dead>" % (name, id(self))
        obj = self._ref()
        return "<%s object at %#x; for %r at %#x>" % (name, id(self), type(obj).__name__, id(obj))
