import numbers
from fractions import Fraction

values = [1, True, 2.5, 1 + 2j, Fraction(1, 3), "1", None]
for cls in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    print(cls.__name__, [isinstance(v, cls) for v in values])
print(issubclass(numbers.Integral, numbers.Real), issubclass(float, numbers.Rational), numbers.Number.__hash__)

class MyInt(numbers.Integral):
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return self.v
    __index__ = __int__
    def __getattr__(self, name):
        raise AttributeError(name)
for name in sorted(numbers.Integral.__abstractmethods__ - set(vars(MyInt))):
    setattr(MyInt, name, lambda self, *a: NotImplemented)
MyInt.__abstractmethods__ = frozenset()
m = MyInt(5)
print(int(m), float(m), m.numerator, m.denominator, m.real is m or m.real, m.imag, isinstance(m, numbers.Rational))
print(sorted(numbers.Complex.__abstractmethods__))
print(sorted(numbers.Real.__abstractmethods__))
