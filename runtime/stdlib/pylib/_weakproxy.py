"""weakref.proxy and its two classes, ProxyType and CallableProxyType.

In Asobiba a referent never dies, so a proxy is a plain forwarding object: every attribute
access, call and operator goes to the object it was made for, as CPython's proxies do while
their referent lives.
"""

# What CPython shows, kept here:
#
#   - ProxyType and CallableProxyType (for callables) are two unrelated final classes of
#     module weakref; neither can be instantiated directly or subclassed.
#   - Attributes, including __class__ and __dict__, are read, set and deleted on the referent,
#     so isinstance(proxy, type(referent)) is true; type(proxy) stays the proxy class.
#   - Operators unwrap every operand that is a proxy and apply the operator again, so that
#     1 + proxy is 1 + referent; in-place operators return the referent's result.
#   - A proxy is unhashable and cannot be weakly referenced, and proxy(obj) without a
#     callback returns the same proxy each time. Proxies count in getweakrefcount and
#     getweakrefs: Asobiba's _weakref._register adds them to the interpreter's list of weak
#     references.
#
# A proxy's referent and callback live in _state, by the proxy's id, not in attributes that
# the proxy would have to hide; the entry holds the proxy too, so its id is never reused.

import operator as _operator

try:
    from _weakref import _check, _register, getweakrefcount, getweakrefs
except ImportError:  # CPython, under pylib's checker: its _weakref cannot see our proxies.
    import _weakref

    def _check(obj):
        _weakref.ref(obj)
        return obj

    _made = {}

    def _register(obj, proxy):
        _made.setdefault(id(obj), (obj, []))[1].append(proxy)

    def getweakrefs(obj):
        entry = _made.get(id(obj))
        ours = entry[1] if entry is not None and entry[0] is obj else []
        return _weakref.getweakrefs(obj) + ours

    def getweakrefcount(obj):
        return len(getweakrefs(obj))

_state = {}


def _obj(proxy):
    """Returns the referent of a proxy."""
    return _state[id(proxy)][1]


def _unwrap(value):
    """Returns the referent of a proxy, or value itself."""
    if type(value) in ProxyTypes:
        return _state[id(value)][1]
    return value


def proxy(object, callback=None, /):
    """Create a proxy object that weakly references 'object'.

'callback', if given, is called with a reference to the
proxy when 'object' is about to be finalized."""
    if type(object) in ProxyTypes:
        raise TypeError("cannot create weak reference to 'weakref.%s' object" % type(object).__name__)
    _check(object)
    if callback is None:
        for w in getweakrefs(object):
            if type(w) in ProxyTypes and _state[id(w)][2] is None:
                return w
    cls = CallableProxyType if callable(object) else ProxyType
    p = _new(cls)
    _state[id(p)] = (p, object, callback)
    _register(object, p)
    return p


def _binary(op):
    def method(self, other):
        return op(_state[id(self)][1], _unwrap(other))
    return method


def _reflected(op):
    def method(self, other):
        return op(_unwrap(other), _state[id(self)][1])
    return method


def _namespace():
    """Returns the methods both proxy classes have."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'weakref.%s' instances" % cls.__name__)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'weakref.%s' is not an acceptable base type" % cls.__bases__[0].__name__)

    def __getattribute__(self, name):  # _obj inlined in the two most frequent methods
        return getattr(_state[id(self)][1], name)

    def __setattr__(self, name, value):
        setattr(_state[id(self)][1], name, value)

    def __delattr__(self, name):
        delattr(_obj(self), name)

    def __repr__(self):
        obj = _obj(self)
        return "<weakproxy at %#x to %s at %#x>" % (id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(_obj(self))

    def __dir__(self):
        return object.__dir__(_obj(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __bool__(self):
        return bool(_obj(self))

    def __len__(self):
        return len(_obj(self))

    def __iter__(self):
        return iter(_obj(self))

    def __next__(self):
        obj = _obj(self)
        if not hasattr(type(obj), "__next__"):
            raise TypeError("Weakref proxy referenced a non-iterator '%s' object" % type(obj).__name__)
        return next(obj)

    def __contains__(self, item):
        return _unwrap(item) in _obj(self)

    def __getitem__(self, key):
        return _obj(self)[_unwrap(key)]

    def __setitem__(self, key, value):
        _obj(self)[_unwrap(key)] = _unwrap(value)

    def __delitem__(self, key):
        del _obj(self)[_unwrap(key)]

    def __index__(self):
        return _operator.index(_obj(self))

    def __int__(self):
        return int(_obj(self))

    def __float__(self):
        return float(_obj(self))

    def __abs__(self):
        return abs(_obj(self))

    def __neg__(self):
        return -_obj(self)

    def __pos__(self):
        return +_obj(self)

    def __invert__(self):
        return ~_obj(self)

    def __pow__(self, other, modulo=None):
        return pow(_obj(self), _unwrap(other), _unwrap(modulo))

    def __rpow__(self, other, modulo=None):
        return pow(_unwrap(other), _obj(self), _unwrap(modulo))

    ns = dict(locals())
    for name in ("lt", "le", "eq", "ne", "gt", "ge"):
        ns["__%s__" % name] = _binary(getattr(_operator, name))
    for name in ("add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod",
                 "lshift", "rshift", "and", "xor", "or"):
        # operator spells and_ and or_ with an underscore, and has no divmod.
        op = getattr(_operator, name + "_" if name in ("and", "or") else name, divmod)
        ns["__%s__" % name] = _binary(op)
        ns["__r%s__" % name] = _reflected(op)
        if name != "divmod":
            ns["__i%s__" % name] = _binary(getattr(_operator, "i" + name))
    ns["__ipow__"] = _binary(_operator.ipow)
    ns["__module__"] = "weakref"
    ns["__slots__"] = ()
    return ns


def _make_classes():
    base = _namespace()
    plain = dict(base, __qualname__="ProxyType")

    def __reversed__(self):
        return reversed(_obj(self))

    def __bytes__(self):
        return bytes(_obj(self))

    plain["__reversed__"] = __reversed__
    plain["__bytes__"] = __bytes__
    callable_ = dict(base, __qualname__="CallableProxyType")

    def __call__(self, /, *args, **kwargs):
        return _obj(self)(*args, **kwargs)

    callable_["__call__"] = __call__
    classes = type("ProxyType", (), plain), type("CallableProxyType", (), callable_)
    for cls in classes:
        del cls.__slots__  # empty slots keep proxies without a __dict__ or __weakref__
    return classes


ProxyType, CallableProxyType = _make_classes()
ProxyTypes = (ProxyType, CallableProxyType)
_new = object.__new__
