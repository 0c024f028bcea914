"""threading.local: objects whose attributes each thread sees separately (Asobiba).

A local keeps one attribute dictionary per thread, keyed by the thread's identifier. A thread
that touches the object for the first time gets a fresh dictionary, and a subclass's
__init__ runs again for it with the constructor's arguments, as in CPython.
"""
from _thread import get_ident as _get_ident

__all__ = ["local"]

_MISSING = object()


def _class_attr(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return _MISSING


def _is_data_descriptor(attr):
    return attr is not _MISSING and (hasattr(type(attr), '__set__')
                                     or hasattr(type(attr), '__delete__'))


def _local_dict(self):
    dicts = object.__getattribute__(self, '_local__dicts')
    ident = _get_ident()
    d = dicts.get(ident)
    if d is None:
        d = dicts[ident] = {}
        args, kw = object.__getattribute__(self, '_local__args')
        init = type(self).__init__
        if init is not object.__init__:
            init(self, *args, **kw)
    return d


class local:
    """Thread-local data: attributes set by one thread are invisible to the others."""

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__dicts', {_get_ident(): {}})
        object.__setattr__(self, '_local__args', (args, kw))
        return self

    def __getattribute__(self, name):
        if name in ('_local__dicts', '_local__args', '__class__'):
            return object.__getattribute__(self, name)
        d = _local_dict(self)
        if name == '__dict__':
            return d
        if _is_data_descriptor(_class_attr(type(self), name)):
            return object.__getattribute__(self, name)
        if name in d:
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        d = _local_dict(self)
        attr = _class_attr(type(self), name)
        if _is_data_descriptor(attr):
            type(attr).__set__(attr, self, value)
            return
        d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        d = _local_dict(self)
        attr = _class_attr(type(self), name)
        if _is_data_descriptor(attr):
            type(attr).__delete__(attr, self)
            return
        try:
            del d[name]
        except KeyError:
            raise AttributeError(name) from None
