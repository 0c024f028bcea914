# __slots__: member descriptors, no __dict__, inheritance.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, type(P.x).__name__, hasattr(p, '__dict__'), P.__slots__)
show(lambda: p.y)
show(lambda: setattr(p, 'z', 1))
p.y = 2
print(p.y)
del p.y
show(lambda: p.y)
class Q(P):
    __slots__ = ('z',)
q = Q(5)
q.z = 6
print(q.x, q.z, hasattr(q, '__dict__'))
class R(P):
    pass
r = R(1)
r.anything = 2
print(r.anything, r.__dict__)
class S:
    __slots__ = ('a', '__dict__')
s = S()
s.a = 1
s.b = 2
print(s.a, s.__dict__)
class Single:
    __slots__ = 'only'
print(Single.only.__name__)
def bad1():
    class B:
        __slots__ = ('x',)
        x = 1
show(bad1)
def bad2():
    class B(int):
        __slots__ = ('x',)
show(bad2)
def bad3():
    class B:
        __slots__ = ('1x',)
show(bad3)
class Priv:
    __slots__ = ('__secret',)
    def __init__(self):
        self.__secret = 42
    def get(self):
        return self.__secret
print(Priv().get(), '_Priv__secret' in Priv.__dict__)
