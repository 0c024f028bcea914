"""Shallow and deep copy operations: copy(x) and deepcopy(x, memo=None).

Classes control copying with __copy__ and __deepcopy__(memo). A class that defines its own
__reduce_ex__ or __reduce__ is copied through that protocol. Other instances are copied by
creating a new object with cls.__new__(cls) and copying the instance __dict__ and __slots__
values, which is what CPython's default reduce protocol amounts to. Subclasses of list,
dict and set also get their items copied.
"""

import types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range, types.BuiltinFunctionType,
           type(Ellipsis), type(NotImplemented), types.FunctionType, property, types.CodeType)


def copy(x):
    """Returns a shallow copy of x."""
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if cls in (tuple, frozenset, slice):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    reductor = _own_reductor(cls)
    if reductor is not None:
        return _reconstruct(x, None, reductor(x))
    return _copy_instance(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """Returns a deep copy of x; memo maps id(original) to copies already made."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls in (set, frozenset):
        y = cls(deepcopy(item, memo) for item in x)
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is types.MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    elif getattr(cls, "__deepcopy__", None) is not None:
        y = x.__deepcopy__(memo)
    else:
        reductor = _own_reductor(cls)
        if reductor is not None:
            y = _reconstruct(x, memo, reductor(x))
        else:
            y = _copy_instance(x, memo)
    if y is not x:
        memo[d] = y
        memo.setdefault(id(memo), []).append(x)  # keep x alive, as CPython does
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _own_reductor(cls):
    # Returns a function computing the reduce tuple when cls (not object) defines the
    # reduce protocol, else None.
    for name, arg in (("__reduce_ex__", (4,)), ("__reduce__", ())):
        method = getattr(cls, name, None)
        if method is not None and method is not getattr(object, name, None):
            for klass in cls.__mro__:
                if name in klass.__dict__:
                    if klass is object:
                        break
                    return lambda obj, name=name, arg=arg: getattr(obj, name)(*arg)
    return None


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = f"_{klass.__name__.lstrip('_')}{name}"
            names.append(name)
    return names


def _copy_instance(x, memo):
    cls = type(x)
    deep = memo is not None
    getnewargs = getattr(x, "__getnewargs__", None)
    args = getnewargs() if getnewargs is not None else ()
    if isinstance(x, frozenset):
        args = (frozenset(x),)
    y = cls.__new__(cls, *(deepcopy(args, memo) if deep else args))
    if deep:
        memo[id(x)] = y
    if isinstance(x, list):
        list.extend(y, [deepcopy(v, memo) for v in x] if deep else x)
    elif isinstance(x, dict):
        for key, value in dict.items(x):
            dict.__setitem__(y, deepcopy(key, memo) if deep else key, deepcopy(value, memo) if deep else value)
    elif isinstance(x, set):
        set.update(y, (deepcopy(v, memo) for v in x) if deep else x)
    state = getattr(x, "__dict__", None)
    if state:
        state = deepcopy(state, memo) if deep else state
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None and getattr(cls, "__setstate__", None) is not getattr(object, "__setstate__", None):
            setstate(dict(state))
        else:
            y.__dict__.update(state)
    for name in _slot_names(cls):
        if hasattr(x, name):
            value = getattr(x, name)
            object.__setattr__(y, name, deepcopy(value, memo) if deep else value)
    return y


def _reconstruct(x, memo, rv):
    if isinstance(rv, str):
        return x
    deep = memo is not None
    func, args, *rest = rv
    state, listiter, dictiter = (list(rest) + [None, None, None])[:3]
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__") and getattr(type(y), "__setstate__", None) is not getattr(object, "__setstate__", None):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y
