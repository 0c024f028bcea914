# The descriptor protocol: data vs non-data descriptors, property, classmethod, staticmethod.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Verbose:
    def __set_name__(self, owner, name):
        self.name = name
        print('set_name', owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get('_' + self.name, 'unset')
    def __set__(self, obj, value):
        obj.__dict__['_' + self.name] = value * 2
class NonData:
    def __get__(self, obj, objtype=None):
        return 'from-descriptor'
class C:
    v = Verbose()
    n = NonData()
    @property
    def p(self):
        return 'prop'
    @p.setter
    def p(self, value):
        self._p = value
    @classmethod
    def cm(cls, x):
        return (cls.__name__, x)
    @staticmethod
    def sm(x):
        return x * 10
c = C()
print(c.v, C.v.__class__.__name__)
c.v = 21
print(c.v, c.__dict__)
print(c.n)
c.__dict__['n'] = 'instance wins'
print(c.n)
c.__dict__['v'] = 'ignored'
print(c.v)
print(c.p, C.p.__class__.__name__, C.p.fget.__name__)
c.p = 5
print(c._p)
show(lambda: delattr(c, 'p'))
print(C.cm(1), c.cm(2), C.sm(3), c.sm(4), type(C.__dict__['cm']).__name__, type(C.__dict__['sm']).__name__)
class RO:
    @property
    def x(self):
        return 1
    y = property()
show(lambda: setattr(RO(), 'x', 2))
show(lambda: RO().y)
show(lambda: delattr(RO(), 'x'))
class D(C):
    @C.p.getter
    def p(self):
        return 'overridden'
print(D().p, C().p)
print(property(lambda s: 1).__doc__, property(fget=None, doc='doc').__doc__)
sm = staticmethod(len)
print(sm('abc'), sm.__func__ is len, classmethod(len).__func__ is len)
class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
Counter(); Counter()
print(Counter.count)
