# Assigning a class's __bases__ gives it and its subclasses a new MRO (typing.NamedTuple does
# it); what CPython refuses, Asobiba refuses with the same message.
class A: pass
class B: pass
class C(A): pass
class D(C): pass
def t(f):
    try:
        f(); print("ok")
    except Exception as e:
        print(type(e).__name__, e)
def s(cls, v):
    cls.__bases__ = v
t(lambda: s(C, (B,)))
print(C.__mro__, D.__mro__, issubclass(D, B), issubclass(D, A), A.__subclasses__(), B.__subclasses__())
t(lambda: s(C, (A, B)))
print(D.__mro__)
t(lambda: s(C, ()))
t(lambda: s(C, [A]))
t(lambda: s(C, (1,)))
t(lambda: s(C, (D,)))
t(lambda: s(int, (object,)))
t(lambda: delattr(C, "__bases__"))
t(lambda: s(C, (int,)))
class E(int): pass
t(lambda: s(E, (A,)))
t(lambda: s(C, (C,)))
t(lambda: s(A, (B,)))
print(A.__mro__, C.__mro__, D.__mro__)
x = C(); C.__bases__ = (B,); print(isinstance(x, A), isinstance(x, B))
class M(type): pass
class F(metaclass=M): pass
t(lambda: s(C, (F,)))
print(C.__bases__)
