print(list[int], dict[str, list[int]], tuple[int, ...], type[int], list[int]() , list[int].__origin__, list[int].__args__, isinstance([], list), int | str, int | None, (int | str).__args__)
try: isinstance([], list[int])
except TypeError as e: print(e)
print(isinstance(1, int | str), issubclass(bool, int | str))
class A: pass
class B: pass
class MA(type): pass
class MB(type): pass
class X(metaclass=MA): pass
class Y(metaclass=MB): pass
try:
    class Z(X, Y): pass
except TypeError as e: print(e)
try:
    class W(A, A): pass
except TypeError as e: print(e)
class O1(A, B): pass
try:
    class O2(B, O1): pass
except TypeError as e: print(e)
try:
    class Bad(1): pass
except TypeError as e: print(e)
try:
    class Bo(bool): pass
except TypeError as e: print(e)
print(O1.__mro__, O1.mro() == list(O1.__mro__), A.__bases__, object.__bases__, type.__mro__, O1.__base__)
class Slot:
    __slots__ = ("x", "__dict__")
s = Slot(); s.x = 1; s.y = 2; print(s.x, s.y, Slot.x)
class Prop:
    @property
    def p(self): return 1
try: Prop().p = 2
except AttributeError as e: print(e)
try: del Prop().p
except AttributeError as e: print(e)
class Cm:
    @classmethod
    def c(cls): return cls.__name__
    @staticmethod
    def s(): return "s"
print(Cm.c(), Cm().c(), Cm.s(), Cm().s(), type(Cm.__dict__["c"]).__name__, type(Cm.__dict__["s"]).__name__)
