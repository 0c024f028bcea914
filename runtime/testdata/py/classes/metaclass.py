# Metaclasses: __new__, __init__, __call__, __prepare__, attributes on classes.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get('tag', 'none')
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print('Meta.__call__', cls.__name__, args)
        return super().__call__(*args, **kwargs)
    def describe(cls):
        return 'class ' + cls.__name__
class A(metaclass=Meta, tag='t1'):
    def method(self):
        return 1
class B(A):
    pass
a = A()
print(type(A).__name__, A.tag, B.tag, A.describe(), isinstance(A, Meta), type(a).__name__)
b = B()
print(type(B) is Meta, B.__mro__)
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print('prepare', name)
        return {'injected': 1}
class O(metaclass=Ordered):
    x = 1
print(O.injected, O.x)
X = type('X', (object,), {'a': 1, 'f': lambda self: self.a + 1})
print(X.__name__, X.a, X().f(), X.__module__, X.__qualname__, X.__bases__)
Y = type('Y', (X,), {})
print(Y().f(), Y.__mro__, type(Y) is type, type(type) is type)
try:
    type('Z', (1,), {})
except TypeError as e:
    print(e)
try:
    class Bad(bool):
        pass
except TypeError as e:
    print(e)
class M1(type): pass
class M2(type): pass
class C1(metaclass=M1): pass
class C2(metaclass=M2): pass
try:
    class C3(C1, C2): pass
except TypeError as e:
    print(e)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class One(metaclass=Singleton):
    pass
print(One() is One())
