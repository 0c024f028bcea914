# __getattr__, __getattribute__, __setattr__, __delattr__ and attribute errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith('x'):
            return 'computed ' + name
        raise AttributeError(f'no {name}')
l = Lazy()
print(l.real, l.xyz)
show(lambda: l.other)
class Logged:
    def __getattribute__(self, name):
        if name == 'secret':
            return 'intercepted'
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        print('del', name)
        object.__delattr__(self, name)
g = Logged()
g.a = 'hi'
print(g.a, g.secret)
del g.a
show(lambda: g.a)
class Plain:
    pass
show(lambda: Plain().missing)
show(lambda: Plain.missing)
show(lambda: object().x)
show(lambda: setattr(object(), 'x', 1))
show(lambda: setattr(1, 'x', 1))
show(lambda: setattr((1).__class__, 'x', 1))
show(lambda: setattr([], 'append', 1))
show(lambda: (1).real.__class__)
show(lambda: setattr(1, 'real', 2))
show(lambda: delattr(Plain(), 'nope'))
show(lambda: getattr(Plain(), 'a', 'default'))
show(lambda: getattr(Plain(), 5))
show(lambda: hasattr(Plain(), 'a'))
import math
show(lambda: math.nope)
p = Plain()
p.x = 1
print(vars(p), p.__dict__, getattr(p, 'x'), hasattr(p, 'x'))
p.__dict__['y'] = 2
print(p.y, sorted(vars(p)))
Plain.shared = 'class attr'
print(p.shared, Plain.shared)
del Plain.shared
show(lambda: p.shared)
p.__class__ = Lazy
print(type(p).__name__, p.xq)
