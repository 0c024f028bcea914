# object's own methods: __eq__/__ne__ defaults, __hash__, __init__/__new__ argument rules, dir().
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class A:
    pass
a, b = A(), A()
print(a == a, a == b, a != b, a.__eq__(b), a.__ne__(a), hash(a) == hash(a), a.__lt__(b))
show(lambda: a < b)
show(lambda: A(1))
class I:
    def __init__(self, x):
        self.x = x
show(lambda: I())
show(lambda: I(1, 2))
class N:
    def __new__(cls, x):
        return super().__new__(cls)
show(lambda: type(N(1)).__name__)
show(lambda: object.__new__(N, 1))
show(lambda: object(1))
show(lambda: object.__init__(A(), 1))
class R:
    def __init__(self):
        return 5
show(lambda: R())
class NewOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print('not called')
print(NewOther())
print(str(A.__doc__), A.__name__, type(A()).__name__, A.__class__.__name__, A().__class__ is A)
print([x for x in dir(A()) if not x.startswith('__')], '__init__' in dir(A), '__class__' in dir(a))
a.z = 1
print('z' in dir(a), a.__dict__, A.__dict__['__module__'], type(A.__dict__).__name__)
print(format(a, '') == str(a), a.__sizeof__() > 0, A.__bases__, object.__bases__, A.__base__, type.__base__)
show(lambda: format(a, 'x'))
show(lambda: object.__format__(a, 'x'))
print(issubclass(A, object), type(object) is type, isinstance(type, object), object.__subclasshook__() is NotImplemented)
print(A.__mro__, A.mro(), int.__mro__, bool.__mro__)
print(len(int.__subclasses__()) > 0, A.__subclasses__(), type(None).__name__, type(NotImplemented).__name__, type(...).__name__)
print(repr(None), repr(NotImplemented), repr(...), repr(Ellipsis), bool(None), None.__class__)
