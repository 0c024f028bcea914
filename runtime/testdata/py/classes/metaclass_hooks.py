class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)
class X(metaclass=Meta, flag=True):
    a = 1
print(X.injected, type(X).__name__)
class Base:
    subs = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.subs.append((cls.__name__, tag))
class S1(Base, tag="one"): pass
class S2(Base): pass
print(Base.subs)
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class H:
    d = Desc()
class Gen:
    def __class_getitem__(cls, item):
        return ("alias", cls.__name__, item)
print(Gen[int])
class Entry:
    def __mro_entries__(self, bases):
        return (dict,)
class M(Entry()):
    pass
print(M.__bases__, M.__orig_bases__[0].__class__.__name__)
try:
    class Bad(metaclass=Meta, **{"x": 1}): pass
except TypeError as e:
    print("err", e)
