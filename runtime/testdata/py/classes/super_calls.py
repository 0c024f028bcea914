# super() in methods, classmethods, __new__, multiple inheritance and properties.
class Base:
    def __init__(self, x):
        self.x = x
        print('Base.__init__', x)
    def hello(self):
        return 'Base.hello'
    @classmethod
    def make(cls):
        return cls.__name__
class Left(Base):
    def hello(self):
        return 'Left>' + super().hello()
class Right(Base):
    def hello(self):
        return 'Right>' + super().hello()
class Both(Left, Right):
    def __init__(self):
        super().__init__(10)
    def hello(self):
        return 'Both>' + super().hello()
    @classmethod
    def make(cls):
        return 'Both+' + super().make()
b = Both()
print(b.hello(), Both.make(), [k.__name__ for k in Both.__mro__])
print(super(Left, b).hello(), super(Both, b).hello())
class N:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst
    def __init__(self, *args):
        pass
print(N(1, 2).args)
class P:
    @property
    def v(self):
        return 1
class Q(P):
    @property
    def v(self):
        return super().v + 1
print(Q().v)
s = super(Both, b)
print(type(s).__name__, s.__thisclass__.__name__)
try:
    super(int, 'x')
except TypeError as e:
    print(e)
class Str(str):
    def upper(self):
        return 'custom ' + super().upper()
print(Str('abc').upper())
