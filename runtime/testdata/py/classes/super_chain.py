class A:
    def __init__(self, x):
        self.x = x
    def who(self):
        return "A"
class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def who(self):
        return "B>" + super().who()
class C(B):
    def who(self):
        return "C>" + super().who()
c = C(1, 2)
print(c.x, c.y, c.who(), C.__mro__)
print(C.__qualname__, C.__module__, C.__name__)
class D:
    def f(self):
        return __class__
print(D().f() is D)
