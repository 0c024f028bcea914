class Meta(type):
    def __call__(cls, *a, **k):
        print("meta call", a, k)
        return super().__call__(*a, **k)
class A(metaclass=Meta):
    def __init__(self, x=0):
        self.x = x
a = A(5, )
print(a.x)
class P:
    @property
    def v(self):
        return 1
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls):
        return cls.__name__
print(P().v, P.s(2), P().s(3), P.c(), P().c())
class Q(P):
    def c2(self):
        return super().c()
print(Q().c2())
class Slots:
    __slots__ = ("a",)
s = Slots()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print(e)
class WithCall:
    def method(self, *args, key=None):
        return args, key
w = WithCall()
print(w.method(1, 2, key=3), WithCall.method(w, 4))
m = w.method
print(m(5), m.__name__)
